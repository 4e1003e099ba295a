import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, DatePicker, Drawer, Form, Grid, Input, Radio, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { CalendarYear } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, noticeDayKindLabels } from '../../shared/labels'
import { useSaveNotice } from './queries'
import {
  expandRanges,
  groupIntoRanges,
  type NoticeKind,
  type NoticeRange,
  rangeProblems,
  rowOfProblem,
} from './ranges'

interface RowValues {
  name?: string
  kind: NoticeKind
  from?: Dayjs | null
  to?: Dayjs | null
}

interface NoticeValues {
  title: string
  rows: RowValues[]
}

const DAY = 'YYYY-MM-DD'

/** The year's current holidays and make-up days (not the county's own corrections) as the form's rows. */
function initialRows(view: CalendarYear): RowValues[] {
  const days = view.days.flatMap((d) =>
    d.source !== 'override' && (d.kind === 'holiday' || d.kind === 'makeup')
      ? [{ day: d.day, kind: d.kind as NoticeKind, name: d.name }]
      : [],
  )
  return groupIntoRanges(days).map((r) => ({
    name: r.name,
    kind: r.kind,
    from: dayjs(r.from),
    to: dayjs(r.to),
  }))
}

/**
 * The county admin enters the State Council's notice for a year: a row per festival's days off or per make-up
 * working day, pre-filled with what the calendar holds now. Saving replaces the year's holidays; the server
 * recomputes open items' deadlines and says how many.
 */
export function NoticeDrawer({ view, onClose }: { view: CalendarYear; onClose: () => void }) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const screens = Grid.useBreakpoint()
  const { year } = view
  const [form] = Form.useForm<NoticeValues>()
  const [rowErrors, setRowErrors] = useState<Map<number, string[]>>(new Map())
  const [formError, setFormError] = useState<string | null>(null)
  const save = useSaveNotice(year)

  const showRowErrors = (entries: { row: number; text: string }[]) => {
    const next = new Map<number, string[]>()
    for (const e of entries) next.set(e.row, [...(next.get(e.row) ?? []), e.text])
    setRowErrors(next)
  }

  const onError = (error: unknown, days: { day: string }[], rowOf: number[]) => {
    if (!(error instanceof ApiProblem)) {
      setFormError(String(error))
      return
    }
    const p = error.problem
    const entries = p.errors?.length ? p.errors : [{ field: p.field ?? '', message: p.message }]
    const rows: { row: number; text: string }[] = []
    const other: string[] = []
    for (const e of entries) {
      const at = rowOfProblem(e.field, rowOf)
      if (at) rows.push({ row: at.row, text: `${days[at.index]?.day}：${t(e.message)}` })
      else if (e.field === 'body.title') form.setFields([{ name: 'title', errors: [t(e.message)] }])
      else other.push(t(e.message))
    }
    showRowErrors(rows)
    setFormError(other.length ? other.join('；') : null)
  }

  const submit = (values: NoticeValues) => {
    setFormError(null)
    const ranges: NoticeRange[] = (values.rows ?? []).map((r) => ({
      name: r.name ?? '',
      kind: r.kind,
      from: r.from?.format(DAY) ?? '',
      to: (r.to ?? r.from)?.format(DAY) ?? '',
    }))
    if (ranges.length === 0) {
      setFormError(t('请至少录入一个放假日', 'Enter at least one holiday'))
      return
    }
    const problems = rangeProblems(ranges, year)
    showRowErrors(problems.map((p) => ({ row: p.row, text: t(p.message) })))
    if (problems.length > 0) return
    const { days, rowOf } = expandRanges(ranges)
    save.mutate(
      { title: values.title.trim(), days },
      {
        onSuccess: (result) => {
          const n = result.recomputed ?? 0
          message.success({
            content: t(
              `已保存，重算了 ${n} 件事项的办理期限`,
              `Saved; deadlines of ${n} open items recomputed`,
            ),
            duration: 6,
          })
          onClose()
        },
        onError: (e) => onError(e, days, rowOf),
      },
    )
  }

  // A new start day moves an empty or earlier end day along with it.
  const onValuesChange = (changed: Partial<NoticeValues>) => {
    setRowErrors(new Map())
    changed.rows?.forEach((r, i) => {
      if (!r?.from) return
      const to = form.getFieldValue(['rows', i, 'to']) as Dayjs | null | undefined
      if (!to || to.isBefore(r.from, 'day')) form.setFieldValue(['rows', i, 'to'], r.from)
    })
  }

  const kindOptions = codesOf(noticeDayKindLabels).map((k) => ({
    value: k,
    label: label(noticeDayKindLabels, k, lang),
  }))
  const inYear = (d: Dayjs) => d.year() !== year
  const opensAt = dayjs(`${year}-01-01`)
  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md ? 760 : '100%'}
      title={t(`录入${year}年放假通知`, `Enter the ${year} holiday notice`)}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('保存通知', 'Save the notice')}
          </Button>
        </Space>
      }
    >
      <Alert
        className="lx-gap"
        type="info"
        showIcon
        title={t(
          '按国务院办公厅通知逐项录入：每行为一个节日的放假日期，或一个调休上班日（周六、周日）。保存后替换本年度的全部放假安排，并重新计算未办结事项的办理期限。',
          "Enter the State Council's notice line by line: a festival's days off, or a make-up working day (a Saturday or Sunday). Saving replaces the year's holidays and recomputes the deadlines of open items.",
        )}
      />
      {formError && <Alert className="lx-gap" type="error" showIcon title={formError} />}
      <Form<NoticeValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={onValuesChange}
        initialValues={{
          title: view.notice?.title || `国务院办公厅关于${year}年部分节假日安排的通知`,
          rows: initialRows(view),
        }}
      >
        <Form.Item
          name="title"
          label={t('通知标题', 'Title of the notice')}
          rules={[{ required: true, whitespace: true, message: t('请填写通知标题', 'Enter the title') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => {
                const errors = rowErrors.get(field.name)
                const status = errors ? 'error' : undefined
                const n = i + 1
                return (
                  <div key={field.key} className="lx-notice-row" data-testid="notice-row">
                    <div className="lx-notice-row-fields">
                      <Form.Item
                        name={[field.name, 'name']}
                        rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Name it') }]}
                      >
                        <Input
                          style={{ width: 130 }}
                          maxLength={20}
                          placeholder={t('节日名称', 'Holiday')}
                          aria-label={t(`第 ${n} 行 节日名称`, `Row ${n}: holiday`)}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'kind']}>
                        <Radio.Group
                          optionType="button"
                          buttonStyle="solid"
                          options={kindOptions}
                          aria-label={t(`第 ${n} 行 类型`, `Row ${n}: kind`)}
                        />
                      </Form.Item>
                      <Space.Compact>
                        <Form.Item
                          name={[field.name, 'from']}
                          rules={[{ required: true, message: t('请选择日期', 'Pick a day') }]}
                        >
                          <DatePicker
                            style={{ width: 132 }}
                            status={status}
                            format={DAY}
                            disabledDate={inYear}
                            defaultPickerValue={opensAt}
                            placeholder={t('开始日期', 'From')}
                            aria-label={t(`第 ${n} 行 开始日期`, `Row ${n}: from`)}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'to']}>
                          <DatePicker
                            style={{ width: 132 }}
                            status={status}
                            format={DAY}
                            disabledDate={inYear}
                            defaultPickerValue={opensAt}
                            placeholder={t('结束日期', 'To')}
                            aria-label={t(`第 ${n} 行 结束日期`, `Row ${n}: to`)}
                          />
                        </Form.Item>
                      </Space.Compact>
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t(`删除第 ${n} 行`, `Remove row ${n}`)}
                        onClick={() => {
                          setRowErrors(new Map())
                          remove(field.name)
                        }}
                      />
                    </div>
                    {errors && (
                      <div className="lx-notice-row-error" role="alert">
                        <Form.ErrorList errors={errors} />
                      </div>
                    )}
                  </div>
                )
              })}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', kind: 'holiday' } satisfies RowValues)}
              >
                {t('添加一行', 'Add a row')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  )
}
