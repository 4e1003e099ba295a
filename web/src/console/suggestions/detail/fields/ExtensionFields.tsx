import { Alert, Form, InputNumber, Radio } from 'antd'
import type { SuggestionDetail } from '../../../../shared/api/types'
import { useLang } from '../../../../shared/i18n'

// The fields of a deadline extension: the unit asks for working days, the county decides.

/** 延期工作日数. */
export function DaysField() {
  const { t } = useLang()
  return (
    <Form.Item
      name="days"
      label={t('延期工作日数', 'Working days')}
      rules={[{ required: true, message: t('请填写', 'Required') }]}
    >
      <InputNumber min={1} max={60} precision={0} style={{ width: 160 }} />
    </Form.Item>
  )
}

/** 审批意见, under the pending request (days and reason). */
export function ApproveField({ request }: { request: SuggestionDetail['extensionRequest'] }) {
  const { t } = useLang()
  return (
    <>
      {request ? (
        <Alert
          className="lx-gap"
          type="warning"
          title={t(`申请延期 ${request.days} 个工作日`, `${request.days} working days requested`)}
          description={<span className="lx-content-text">{request.reason}</span>}
        />
      ) : (
        <Alert
          className="lx-gap"
          type="info"
          title={t('当前没有待审批的延期申请。', 'No extension request is pending.')}
        />
      )}
      <Form.Item
        name="approve"
        label={t('审批意见', 'Decision')}
        rules={[{ required: true, message: t('请选择', 'Choose one') }]}
      >
        <Radio.Group
          options={[
            { value: true, label: t('批准延期', 'Approve') },
            { value: false, label: t('不予批准', 'Deny') },
          ]}
        />
      </Form.Item>
    </>
  )
}
