import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { RecordEntry, RecordEntryKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, recordEntryKindLabels } from '../../shared/labels'
import { countyDay } from '../../shared/time'
import { applyProblemToForm } from '../components/list'
import { useSaveEntry } from './queries'

interface Values {
  kind: RecordEntryKind
  day: Dayjs
  title: string
  quantity: number
  hours?: number | null
  note?: string
}

/** Adds an entry to a deputy's record, or changes one: a training (with hours), proposals, another activity. */
export function EntryForm({
  deputyId,
  year,
  kinds,
  entry,
  onClose,
}: {
  deputyId: string
  year: number
  kinds: RecordEntryKind[]
  entry?: RecordEntry
  onClose: () => void
}) {
  const { t, lang } = useLang()
  const [form] = Form.useForm<Values>()
  const save = useSaveEntry()
  const kind = Form.useWatch('kind', form) ?? entry?.kind ?? kinds[0]
  const today = countyDay()
  const initial: Partial<Values> = entry
    ? {
        kind: entry.kind,
        day: dayjs(entry.day),
        title: entry.title,
        quantity: entry.quantity,
        hours: entry.hours,
        note: entry.note,
      }
    : { kind: kinds[0], day: dayjs(today.startsWith(String(year)) ? today : `${year}-12-31`), quantity: 1 }
  const submit = (v: Values) =>
    save.mutate(
      {
        deputyId,
        id: entry?.id,
        version: entry?.version,
        body: {
          kind: v.kind,
          day: v.day.format('YYYY-MM-DD'),
          title: v.title,
          quantity: v.quantity,
          hours: v.kind === 'training' ? (v.hours ?? null) : null,
          note: v.note ?? '',
        },
      },
      { onSuccess: onClose, onError: (e) => applyProblemToForm(form, e, lang) },
    )
  return (
    <Modal
      open
      title={entry ? t('修改登记', 'Change the entry') : t('登记履职事项', 'New entry')}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="kind" label={t('类别', 'Kind')}>
          <Select
            options={kinds.map((k) => ({ value: k, label: label(recordEntryKindLabels, k, lang) }))}
            aria-label={t('类别', 'Kind')}
          />
        </Form.Item>
        <Form.Item
          name="day"
          label={t('日期', 'Day')}
          rules={[{ required: true, message: t('请选择日期', 'Choose the day') }]}
        >
          <DatePicker inputReadOnly disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
        </Form.Item>
        <Form.Item
          name="title"
          label={
            kind === 'proposal'
              ? t('会议名称', 'Session')
              : kind === 'training'
                ? t('培训名称', 'Training')
                : t('活动名称', 'Activity')
          }
          rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Enter the title') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={kind === 'proposal' ? t('议案建议件数', 'Proposals made') : t('次数', 'Times')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={100} precision={0} />
        </Form.Item>
        {kind === 'training' && (
          <Form.Item name="hours" label={t('学时', 'Hours')}>
            <InputNumber min={0.5} max={1000} step={0.5} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('备注', 'Note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
