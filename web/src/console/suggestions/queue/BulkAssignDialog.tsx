import { Alert, App, Form, Input, Modal } from 'antd'
import { useMemo, useState } from 'react'
import { ApiProblem } from '../../../shared/api/problem'
import type { SuggestionListItem } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { UnitSelect } from '../../units/UnitSelect'
import { countyOf } from '../common'
import { useBulkAssign } from '../queries'

interface Values {
  leadUnitId: string
  coUnitIds?: string[]
  note?: string
}

/** 批量交办: the selected routed items to one lead unit; the items that could not be assigned are listed. */
export function BulkAssignDialog({
  items,
  onClose,
}: {
  items: SuggestionListItem[]
  /** `done` when some items were assigned, so the selection is cleared. */
  onClose: (done: boolean) => void
}) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [failures, setFailures] = useState<{ code: string; message: string }[] | null>(null)
  // Town-tier items go to their town's units, county-tier items to the county's; offer what the selection needs.
  const regionCodes = useMemo(() => {
    const codes = new Set<string>()
    for (const i of items) {
      if (i.tier === 'town' && i.townCode) codes.add(i.townCode)
      else codes.add(countyOf(i.regionCode))
    }
    return [...codes]
  }, [items])
  const assign = useBulkAssign()
  const submit = (v: Values) =>
    assign.mutate(
      { ids: items.map((i) => i.id), ...v },
      {
        onSuccess: (r) => {
          const failed = r.results.filter((x) => !x.ok)
          const ok = r.results.length - failed.length
          if (failed.length === 0) {
            message.success(t(`已交办 ${ok} 条`, `${ok} assigned`))
            onClose(true)
          } else {
            setFailures(
              failed.map((x) => ({
                code: items.find((i) => i.id === x.id)?.trackingCode ?? x.id,
                message: x.message ? x.message[lang] : (x.code ?? ''),
              })),
            )
          }
        },
      },
    )
  return (
    <Modal
      open
      title={t(`批量交办（${items.length} 条）`, `Assign ${items.length} items`)}
      okText={t('交办', 'Assign')}
      onOk={() => form.submit()}
      confirmLoading={assign.isPending}
      onCancel={() => onClose(failures !== null)}
      destroyOnHidden
    >
      {failures && (
        <Alert
          className="lx-gap"
          type="warning"
          showIcon
          title={t(`${failures.length} 条未能交办`, `${failures.length} could not be assigned`)}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {failures.map((x) => (
                <li key={x.code}>
                  <span className="lx-mono">{x.code}</span>：{x.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {assign.error && (
        <Alert
          className="lx-gap"
          type="error"
          title={
            assign.error instanceof ApiProblem ? t(assign.error.problem.message) : t('交办失败', 'Failed')
          }
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="leadUnitId"
          label={t('主办单位', 'Lead unit')}
          rules={[{ required: true, message: t('请选择主办单位', 'Choose the lead unit') }]}
        >
          <UnitSelect regionCodes={regionCodes} />
        </Form.Item>
        <Form.Item name="coUnitIds" label={t('协办单位（选填）', 'Co-handling units (optional)')}>
          <UnitSelect regionCodes={regionCodes} multiple />
        </Form.Item>
        <Form.Item name="note" label={t('交办意见（选填）', 'Note (optional)')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
