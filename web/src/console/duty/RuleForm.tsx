import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select, TimePicker } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { DutyRule } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDay } from '../../shared/time'
import { applyProblemToForm } from '../components/list'
import { useDeputies } from '../deputies/queries'
import { useSaveRule } from './queries'

interface Values {
  kind: 'monthly' | 'weekly'
  dayOfMonth?: number
  weekday?: number
  time: [Dayjs, Dayjs]
  validFrom: Dayjs
  validUntil?: Dayjs | null
  onDayOff: 'next_workday' | 'previous_workday' | 'cancel'
  deputyIds: string[]
  note?: string
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** Adds or changes a venue's recurring duty rule. */
export function RuleForm({
  venueId,
  townCode,
  rule,
  onClose,
}: {
  venueId: string
  townCode?: string | null
  rule?: DutyRule
  onClose: () => void
}) {
  const { t, lang } = useLang()
  const [form] = Form.useForm<Values>()
  const save = useSaveRule()
  const [q, setQ] = useState('')
  const deputies = useDeputies({
    ...(townCode && !q ? { regionCode: townCode } : {}),
    ...(q ? { q } : {}),
    limit: 100,
  })
  const kind = Form.useWatch('kind', form) ?? rule?.kind ?? 'monthly'
  const known = new Map((rule?.deputies ?? []).map((d) => [d.id, d.name]))
  for (const d of deputies.data?.items ?? []) known.set(d.id, d.name)
  const initial: Partial<Values> = rule
    ? {
        kind: rule.kind,
        dayOfMonth: rule.dayOfMonth ?? undefined,
        weekday: rule.weekday ?? undefined,
        time: [dayjs(`2000-01-01T${rule.startsAt}`), dayjs(`2000-01-01T${rule.endsAt}`)],
        validFrom: dayjs(rule.validFrom),
        validUntil: rule.validUntil ? dayjs(rule.validUntil) : null,
        onDayOff: rule.onDayOff,
        deputyIds: rule.deputies.map((d) => d.id),
        note: rule.note,
      }
    : {
        kind: 'monthly',
        dayOfMonth: 15,
        onDayOff: 'next_workday',
        validFrom: dayjs(countyDay()),
        deputyIds: [],
      }
  const submit = (v: Values) =>
    save.mutate(
      {
        id: rule?.id,
        version: rule?.version,
        body: {
          venueId,
          kind: v.kind,
          dayOfMonth: v.kind === 'monthly' ? (v.dayOfMonth ?? null) : null,
          weekday: v.kind === 'weekly' ? (v.weekday ?? null) : null,
          startsAt: v.time[0].format('HH:mm'),
          endsAt: v.time[1].format('HH:mm'),
          validFrom: v.validFrom.format('YYYY-MM-DD'),
          validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : null,
          onDayOff: v.onDayOff,
          deputyIds: v.deputyIds,
          note: v.note ?? '',
        },
      },
      { onSuccess: onClose, onError: (e) => applyProblemToForm(form, e, lang) },
    )
  return (
    <Modal
      open
      title={rule ? t('修改排班规则', 'Change the duty rule') : t('新增排班规则', 'New duty rule')}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="kind" label={t('重复方式', 'Repeats')}>
          <Radio.Group
            options={[
              { value: 'monthly', label: t('每月', 'Monthly') },
              { value: 'weekly', label: t('每周', 'Weekly') },
            ]}
          />
        </Form.Item>
        {kind === 'monthly' ? (
          <Form.Item
            name="dayOfMonth"
            label={t('每月几日', 'Day of the month')}
            rules={[{ required: true, message: t('请填写日期', 'Enter the day') }]}
          >
            <InputNumber min={1} max={31} addonAfter={t('日', 'th')} />
          </Form.Item>
        ) : (
          <Form.Item
            name="weekday"
            label={t('星期', 'Weekday')}
            rules={[{ required: true, message: t('请选择星期', 'Choose the weekday') }]}
          >
            <Select
              options={WEEKDAYS.map((w, i) => ({
                value: i + 1,
                label: lang === 'zh' ? `周${w}` : WEEKDAYS_EN[i],
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="time"
          label={t('接待时间', 'Hours')}
          rules={[{ required: true, message: t('请选择时间', 'Choose the hours') }]}
        >
          <TimePicker.RangePicker format="HH:mm" minuteStep={5} inputReadOnly />
        </Form.Item>
        <Form.Item name="onDayOff" label={t('遇节假日或周末', 'On a day off')}>
          <Radio.Group
            options={[
              { value: 'next_workday', label: t('顺延至下一个工作日', 'Next working day') },
              { value: 'previous_workday', label: t('提前至上一个工作日', 'Working day before') },
              { value: 'cancel', label: t('取消', 'Cancel') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="deputyIds"
          label={t('接待代表', 'Deputies')}
          rules={[{ required: true, message: t('请选择至少一位代表', 'Choose at least one deputy') }]}
        >
          <Select
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: (v) => setQ(v.trim()) }}
            loading={deputies.isFetching}
            placeholder={t('输入姓名查找', 'Type a name')}
            options={[...known].map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="validFrom" label={t('起始日期', 'From')} rules={[{ required: true }]}>
          <DatePicker inputReadOnly />
        </Form.Item>
        <Form.Item name="validUntil" label={t('截止日期（可不填）', 'Until (optional)')}>
          <DatePicker inputReadOnly />
        </Form.Item>
        <Form.Item name="note" label={t('备注', 'Note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
