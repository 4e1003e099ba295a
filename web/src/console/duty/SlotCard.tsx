import { App, Button, Form, Input, Modal, Select, Space, Tag } from 'antd'
import { useState } from 'react'
import type { DutySlot } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { applyProblemToForm } from '../components/list'
import { useDeputies } from '../deputies/queries'
import { clock } from './days'
import { useSlotAction } from './queries'

/** One duty slot: when, where, who; why it moved; and the changes by hand the caller may make. */
export function SlotCard({ slot, townCode }: { slot: DutySlot; townCode?: string | null }) {
  const { t } = useLang()
  const { message } = App.useApp()
  const action = useSlotAction()
  const [open, setOpen] = useState<'cancel' | 'swap' | null>(null)
  const cancelled = slot.status === 'cancelled'
  const restore = () =>
    action.mutate(
      { id: slot.id, action: 'restore', body: { version: slot.version } },
      { onSuccess: () => message.success(t('已恢复', 'Restored')) },
    )
  return (
    <li className={`lx-duty-slot${cancelled ? ' lx-duty-cancelled' : ''}`} data-testid="duty-slot">
      <div className="lx-duty-slot-head">
        <strong className="lx-duty-time">
          {clock(slot.startsAt)}–{clock(slot.endsAt)}
        </strong>
        <Tag color={cancelled ? 'default' : slot.status === 'held' ? 'green' : 'blue'}>
          {t(slot.statusLabel)}
        </Tag>
        {slot.moved && !cancelled && <Tag color="orange">{t('已调整', 'Moved')}</Tag>}
        {slot.manual && <Tag>{t('人工调整', 'Changed by hand')}</Tag>}
      </div>
      <div className="lx-duty-venue">{slot.venue.name}</div>
      <div className="lx-duty-deputies">
        {slot.deputies.map((d) => (
          <span key={d.id} className="lx-duty-deputy">
            {d.name}
            {d.swappedFor && <small> {t(`（替 ${d.swappedFor}）`, ` (for ${d.swappedFor})`)}</small>}
          </span>
        ))}
      </div>
      {slot.changeReason && <div className="lx-duty-reason">{t(slot.changeReason)}</div>}
      {slot.allowedActions.length > 0 && (
        <Space wrap className="lx-duty-actions">
          {slot.allowedActions.includes('swap') && (
            <Button size="small" onClick={() => setOpen('swap')}>
              {t('换班', 'Swap')}
            </Button>
          )}
          {slot.allowedActions.includes('cancel') && (
            <Button size="small" danger onClick={() => setOpen('cancel')}>
              {t('取消本次', 'Cancel')}
            </Button>
          )}
          {slot.allowedActions.includes('restore') && (
            <Button size="small" loading={action.isPending} onClick={restore}>
              {t('恢复', 'Restore')}
            </Button>
          )}
        </Space>
      )}
      {open === 'cancel' && <CancelModal slot={slot} onClose={() => setOpen(null)} />}
      {open === 'swap' && <SwapModal slot={slot} townCode={townCode} onClose={() => setOpen(null)} />}
    </li>
  )
}

function CancelModal({ slot, onClose }: { slot: DutySlot; onClose: () => void }) {
  const { t, lang } = useLang()
  const [form] = Form.useForm<{ note: string }>()
  const action = useSlotAction()
  const submit = (values: { note: string }) =>
    action.mutate(
      { id: slot.id, action: 'cancel', body: { version: slot.version, note: values.note } },
      { onSuccess: onClose, onError: (e) => applyProblemToForm(form, e, lang) },
    )
  return (
    <Modal
      open
      title={t(`取消 ${slot.day} 的接待`, `Cancel the session of ${slot.day}`)}
      okText={t('取消本次接待', 'Cancel the session')}
      cancelText={t('返回', 'Back')}
      okButtonProps={{ danger: true, loading: action.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="note"
          label={t('取消原因（公开显示）', 'Why (shown to the public)')}
          rules={[{ required: true, message: t('请说明原因', 'Say why') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

function SwapModal({
  slot,
  townCode,
  onClose,
}: {
  slot: DutySlot
  townCode?: string | null
  onClose: () => void
}) {
  const { t, lang } = useLang()
  const [form] = Form.useForm<{ outDeputyId: string; inDeputyId: string }>()
  const [q, setQ] = useState('')
  const deputies = useDeputies({
    ...(townCode && !q ? { regionCode: townCode } : {}),
    ...(q ? { q } : {}),
    limit: 100,
  })
  const action = useSlotAction()
  const onSlot = new Set(slot.deputies.map((d) => d.id))
  const submit = (values: { outDeputyId: string; inDeputyId: string }) =>
    action.mutate(
      { id: slot.id, action: 'swap', body: { version: slot.version, ...values } },
      { onSuccess: onClose, onError: (e) => applyProblemToForm(form, e, lang) },
    )
  return (
    <Modal
      open
      title={t(`${slot.day} 换班`, `Swap on ${slot.day}`)}
      okText={t('确认换班', 'Swap')}
      cancelText={t('返回', 'Back')}
      okButtonProps={{ loading: action.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="outDeputyId"
          label={t('换下', 'Replace')}
          rules={[{ required: true, message: t('请选择换下的代表', 'Choose who is replaced') }]}
        >
          <Select options={slot.deputies.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item
          name="inDeputyId"
          label={t('换上', 'With')}
          rules={[{ required: true, message: t('请选择换上的代表', 'Choose who takes over') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: (v) => setQ(v.trim()) }}
            loading={deputies.isFetching}
            placeholder={t('输入姓名查找', 'Type a name')}
            options={(deputies.data?.items ?? [])
              .filter((d) => !onSlot.has(d.id))
              .map((d) => ({ value: d.id, label: `${d.name}${d.townName ? ` · ${d.townName}` : ''}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
