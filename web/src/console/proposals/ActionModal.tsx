import { App, DatePicker, Form, Input, Modal, Segmented, Select } from 'antd'
import type dayjs from 'dayjs'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { Outcome, Proposal, ProposalAction, Rating } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import {
  contactMethodLabels,
  proposalActionLabels,
  proposalOutcomeLabels,
  ratingLabels,
} from '../../shared/labels'
import { countyDay } from '../../shared/time'
import { applyProblemToForm } from '../components/list'
import { useDeputies } from '../deputies/queries'
import { useUnits } from '../units/queries'
import { type ProposalActionBody, useProposalAction } from './queries'

interface Values {
  note?: string
  deputyIds?: string[]
  leadUnitId?: string
  coUnitIds?: string[]
  dueOn?: dayjs.Dayjs
  method?: ProposalActionBody['method']
  contactWith?: string
  answer?: string
  outcome?: Outcome
  rating?: Rating
}

/** Actions that need no more than a confirmation (and an optional note). */
const CONFIRM_ONLY: readonly ProposalAction[] = ['cosign', 'decline', 'unsign', 'submit', 'withdraw']

/** One action on a proposal, with the fields it needs; the server checks them and answers the proposal. */
export function ActionModal({
  proposal,
  action,
  onClose,
}: {
  proposal: Proposal
  action: ProposalAction
  onClose: () => void
}) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const run = useProposalAction(proposal.id)
  const [deputyQuery, setDeputyQuery] = useState('')
  const deputies = useDeputies({ q: deputyQuery || undefined, level: 'county', limit: 50, offset: 0 })
  const units = useUnits({ limit: 500, offset: 0 })
  const unitOptions = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))

  const submit = async (v: Values) => {
    const body: ProposalActionBody = {
      version: proposal.version,
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      ...(v.deputyIds?.length ? { deputyIds: v.deputyIds } : {}),
      ...(v.leadUnitId ? { leadUnitId: v.leadUnitId } : {}),
      ...(v.coUnitIds?.length ? { coUnitIds: v.coUnitIds } : {}),
      ...(v.dueOn ? { dueOn: v.dueOn.format('YYYY-MM-DD') } : {}),
      ...(v.method ? { method: v.method } : {}),
      ...(v.contactWith ? { contactWith: v.contactWith } : {}),
      ...(v.answer ? { answer: v.answer } : {}),
      ...(v.outcome ? { outcome: v.outcome } : {}),
      ...(v.rating ? { rating: v.rating } : {}),
    }
    try {
      await run.mutateAsync({ action, body })
      message.success(t(`已${proposalActionLabels[action].zh}`, 'Done'))
      onClose()
    } catch (e) {
      if (!applyProblemToForm(form, e, lang))
        message.error(e instanceof ApiProblem ? t(e.problem.message) : t('操作失败', 'Failed'))
    }
  }

  const required = (zh: string, en: string) => [{ required: true, message: t(zh, en) }]
  return (
    <Modal
      open
      title={t(proposalActionLabels[action])}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('确定', 'Confirm')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={run.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'action-confirm' } as Record<`data-${string}`, string>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid={`action-form-${action}`}
        initialValues={{
          contactWith: action === 'contact' ? proposal.leadDeputy.name : undefined,
          method: action === 'contact' ? 'in_person' : undefined,
        }}
      >
        {action === 'submit' && (
          <p>
            {t(
              `提交后不能再修改，将送县人大常委会办公室立案。已联名 ${proposal.cosigners.filter((c) => c.status === 'signed').length} 人。`,
              `Once submitted it cannot be changed; it goes to the county congress office. ${proposal.cosigners.filter((c) => c.status === 'signed').length} co-signed.`,
            )}
          </p>
        )}
        {action === 'cosign' && <p>{t(`同意联名《${proposal.title}》？`, `Co-sign “${proposal.title}”?`)}</p>}
        {action === 'invite' && (
          <Form.Item
            name="deputyIds"
            label={t('再邀请代表（可选）', 'Invite more deputies (optional)')}
            extra={t('已列入的代表将一并收到邀请', 'The deputies already listed are invited too')}
          >
            <Select
              mode="multiple"
              showSearch
              filterOption={false}
              onSearch={setDeputyQuery}
              options={(deputies.data?.items ?? [])
                .filter((d) => d.id !== proposal.leadDeputy.id)
                .map((d) => ({ value: d.id, label: `${d.name} · ${d.regionName}` }))}
            />
          </Form.Item>
        )}
        {action === 'register' && (
          <>
            <Form.Item
              name="leadUnitId"
              label={t('主办单位', 'Lead unit')}
              rules={required('请选择主办单位', 'Choose the lead unit')}
            >
              <Select showSearch optionFilterProp="label" options={unitOptions} data-testid="lead-unit" />
            </Form.Item>
            <Form.Item name="coUnitIds" label={t('协办单位', 'Co-units')}>
              <Select mode="multiple" showSearch optionFilterProp="label" options={unitOptions} />
            </Form.Item>
            <Form.Item
              name="dueOn"
              label={t('办理期限', 'Due date')}
              extra={t(
                '不填则按规定期限（默认三个月）',
                'Empty: the set time limit (three months by default)',
              )}
            >
              <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') <= countyDay()} />
            </Form.Item>
          </>
        )}
        {action === 'contact' && (
          <>
            <Form.Item
              name="method"
              label={t('面商方式', 'How')}
              rules={required('请选择方式', 'Choose how')}
            >
              <Segmented
                options={Object.entries(contactMethodLabels).map(([value, l]) => ({ value, label: t(l) }))}
              />
            </Form.Item>
            <Form.Item
              name="contactWith"
              label={t('面商对象', 'With whom')}
              rules={required('请填写面商对象', 'Say whom you met')}
            >
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
        {action === 'answer' && (
          <>
            <Form.Item
              name="outcome"
              label={t('答复类别', 'Outcome class')}
              rules={required('请选择答复类别', 'Choose the outcome class')}
            >
              <Select
                data-testid="outcome"
                options={Object.entries(proposalOutcomeLabels).map(([value, l]) => ({ value, label: t(l) }))}
              />
            </Form.Item>
            <Form.Item
              name="answer"
              label={t('答复内容', 'The answer')}
              rules={required('请填写答复内容', 'Write the answer')}
            >
              <Input.TextArea rows={6} maxLength={10000} />
            </Form.Item>
          </>
        )}
        {action === 'rate' && (
          <Form.Item
            name="rating"
            label={t('您对答复是否满意', 'Are you satisfied with the answer?')}
            extra={
              proposal.rehandled
                ? t('这是重新办理后的评价，评价后即办结', 'This rating after handling again closes it')
                : t('不满意将退回承办单位重新办理一次', 'Unsatisfied sends it back to the unit once')
            }
            rules={required('请选择满意度', 'Choose a rating')}
          >
            <Segmented options={Object.entries(ratingLabels).map(([value, l]) => ({ value, label: t(l) }))} />
          </Form.Item>
        )}
        {(action === 'not_register' ||
          action === 'contact' ||
          CONFIRM_ONLY.includes(action) ||
          action === 'invite') && (
          <Form.Item
            name="note"
            label={
              action === 'not_register'
                ? t('不予立案的理由', 'Why it is not registered')
                : action === 'contact'
                  ? t('面商情况', 'What was discussed')
                  : t('备注（可选）', 'Note (optional)')
            }
            rules={action === 'not_register' ? required('请写明理由', 'Give the reason') : []}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
