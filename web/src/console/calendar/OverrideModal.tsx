import { Alert, App, Button, Descriptions, Form, Input, Modal, Radio, Tag } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { CalendarDay, OverrideKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import {
  calendarDayKindLabels,
  calendarDaySourceLabels,
  codesOf,
  label,
  overrideKindLabels,
} from '../../shared/labels'
import { applyProblemToForm } from '../components/list'
import { dayTitle } from './format'
import { useDeleteOverride, useSetOverride } from './queries'

interface OverrideValues {
  kind: OverrideKind
  note: string
}

/**
 * A county admin's correction of one day (a typhoon day off, a working Saturday): set it, or remove it so the day
 * follows the statutory calendar again. Open items' deadlines through the day are recomputed by the server.
 */
export function OverrideModal({ day, onClose }: { day: CalendarDay; onClose: () => void }) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<OverrideValues>()
  const [error, setError] = useState<string | null>(null)
  const save = useSetOverride()
  const remove = useDeleteOverride()
  const isOverride = day.source === 'override'
  const name = lang === 'en' ? (day.nameEn ?? day.name) : day.name
  const fail = (e: unknown) => {
    if (!applyProblemToForm(form, e, lang))
      setError(e instanceof ApiProblem ? t(e.problem.message) : String(e))
  }
  const submit = (values: OverrideValues) => {
    setError(null)
    save.mutate(
      { day: day.day, kind: values.kind, note: values.note?.trim() ?? '' },
      {
        onSuccess: () => {
          message.success(t('已保存本县调整', "The county's correction is saved"))
          onClose()
        },
        onError: fail,
      },
    )
  }
  const onRemove = () => {
    setError(null)
    remove.mutate(day.day, {
      onSuccess: () => {
        message.success(
          t(
            '已删除本县调整，该日按法定安排执行',
            'Correction removed: the day follows the statutory calendar',
          ),
        )
        onClose()
      },
      onError: fail,
    })
  }
  return (
    <Modal
      open
      title={t('调整这一天', 'Correct this day')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        isOverride && (
          <Button key="remove" danger loading={remove.isPending} onClick={onRemove}>
            {t('删除本县调整', 'Remove the correction')}
          </Button>
        ),
        <Button key="cancel" onClick={onClose}>
          {t('取消', 'Cancel')}
        </Button>,
        <Button key="save" type="primary" loading={save.isPending} onClick={() => form.submit()}>
          {t('保存', 'Save')}
        </Button>,
      ]}
    >
      <Descriptions column={1} size="small" className="lx-gap">
        <Descriptions.Item label={t('日期', 'Day')}>{dayTitle(day.day, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('当前', 'Now')}>
          {label(calendarDayKindLabels, day.kind, lang)}
          {name ? ` · ${name}` : ''}
          <Tag
            style={{ marginLeft: 8 }}
            color={isOverride ? 'purple' : day.provisional ? 'orange' : undefined}
          >
            {label(calendarDaySourceLabels, day.source, lang)}
          </Tag>
        </Descriptions.Item>
      </Descriptions>
      {error && <Alert className="lx-gap" type="error" showIcon title={error} />}
      <Form<OverrideValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          kind: day.workday ? 'holiday' : 'workday',
          note: isOverride ? (day.name ?? '') : '',
        }}
      >
        <Form.Item name="kind" label={t('这一天', 'This day is')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={codesOf(overrideKindLabels).map((k) => ({
              value: k,
              label: label(overrideKindLabels, k, lang),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('说明', 'Note')}
          extra={t(
            '例如：台风停工、县委统一安排。保存后，经过这一天的办理期限会重新计算。',
            'For example: typhoon closure. Deadlines running through the day are recomputed on saving.',
          )}
        >
          <Input maxLength={100} showCount placeholder={t('调整原因', 'Why the day changes')} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
