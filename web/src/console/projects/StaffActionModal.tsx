import { App, Form, Input, InputNumber, Modal, Segmented } from 'antd'
import { ApiProblem } from '../../shared/api/problem'
import type { ReportedSiteStatus, Site } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { applyProblemToForm } from '../components/list'
import { REPORTED_STATUSES, siteStatusLabels } from './labels'
import { useSiteAction } from './queries'
import { progressFor } from './report'

export type StaffAction = 'cross_off' | 'reopen' | 'correct'

const TITLES: Record<StaffAction, { zh: string; en: string }> = {
  cross_off: { zh: '核验销号', en: 'Verify and cross off' },
  reopen: { zh: '退回进行中', en: 'Reopen' },
  correct: { zh: '更正状态', en: 'Correct the state' },
}
const NOTES: Record<StaffAction, { zh: string; en: string }> = {
  cross_off: { zh: '核验情况和依据', en: 'How the completion was verified' },
  reopen: { zh: '退回的原因', en: 'Why the site is reopened' },
  correct: { zh: '更正的原因', en: 'Why the state is corrected' },
}

interface Values {
  note: string
  status?: ReportedSiteStatus
  progress?: number
}

/** Congress staff's actions on a site, each with its required note (and the state and progress to correct to). */
export function StaffActionModal({
  site,
  action,
  onClose,
}: {
  site: Site
  action: StaffAction
  onClose: () => void
}) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const run = useSiteAction()
  const status = Form.useWatch('status', form)
  const current: ReportedSiteStatus = site.status === 'crossed_off' ? 'completed' : site.status
  const submit = async (v: Values) => {
    try {
      await run.mutateAsync({
        id: site.id,
        action,
        body: {
          version: site.version,
          note: v.note.trim(),
          ...(action === 'correct' ? { status: v.status, progress: v.progress } : {}),
        },
      })
      message.success(t(`已${TITLES[action].zh}`, 'Done'))
      onClose()
    } catch (e) {
      if (!applyProblemToForm(form, e, lang))
        message.error(e instanceof ApiProblem ? t(e.problem.message) : t('操作失败', 'Failed'))
    }
  }
  return (
    <Modal
      open
      title={t(TITLES[action])}
      okText={t('确定', 'OK')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ note: '', status: current, progress: site.progress }}
        onFinish={(v) => void submit(v)}
      >
        {action === 'correct' && (
          <>
            <Form.Item name="status" label={t('状态', 'State')} rules={[{ required: true }]}>
              <Segmented
                options={REPORTED_STATUSES.map((s) => ({ value: s, label: t(siteStatusLabels[s]) }))}
                onChange={(s) =>
                  form.setFieldValue(
                    'progress',
                    progressFor(s as ReportedSiteStatus, form.getFieldValue('progress')),
                  )
                }
              />
            </Form.Item>
            <Form.Item name="progress" label={t('进度（%）', 'Progress (%)')} rules={[{ required: true }]}>
              <InputNumber
                min={0}
                max={100}
                precision={0}
                disabled={status === 'not_started' || status === 'completed'}
                style={{ width: 120 }}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="note"
          label={t(NOTES[action])}
          rules={[
            { required: true, whitespace: true, message: t(`请填写${NOTES[action].zh}`, 'Required') },
            { max: 1000 },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
