import { EditOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Space, Switch } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { OfficeHours } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { applyProblemToForm, ListError } from '../components/list'
import { useOfficeHours, useSaveOfficeHours } from './queries'

/** "08:30-12:00,13:30-17:30" → "08:30–12:00、13:30–17:30". */
const hoursText = (text: string, lang: 'zh' | 'en') =>
  text
    .split(',')
    .map((p) => p.replace('-', '–'))
    .join(lang === 'zh' ? '、' : ', ')

/** The county's office hours, summer hours and same-day cut-off; county admins edit them. */
export function OfficeHoursCard({ editable }: { editable: boolean }) {
  const { t, lang } = useLang()
  const hours = useOfficeHours()
  const [editing, setEditing] = useState(false)
  const h = hours.data
  return (
    <Card
      size="small"
      title={t('办公时间', 'Office hours')}
      data-testid="office-hours"
      extra={
        editable &&
        h && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('修改', 'Edit')}
          </Button>
        )
      }
    >
      <ListError error={hours.error} />
      {h && (
        <Descriptions column={1} size="small" styles={{ label: { width: 132 } }}>
          <Descriptions.Item label={t('工作时间', 'Hours')}>{hoursText(h.regular, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('夏季作息', 'Summer hours')}>
            {h.summer
              ? t(
                  `${h.summer.from} 至 ${h.summer.to}：${hoursText(h.summer.hours, lang)}`,
                  `${h.summer.from} to ${h.summer.to}: ${hoursText(h.summer.hours, lang)}`,
                )
              : t('无', 'None')}
          </Descriptions.Item>
          <Descriptions.Item label={t('当日受理截止', 'Same-day cut-off')}>
            {h.sameDayCutoff ?? t('下班时间', 'Closing time')}
          </Descriptions.Item>
        </Descriptions>
      )}
      <p className="lx-timeline-meta" style={{ margin: '8px 0 0' }}>
        {t(
          '截止时间后或非工作日收到的事项，从下一个工作日上班时起算办理期限。修改只影响此后开始计时的事项。',
          'Items arriving after the cut-off or on a day off count from the next working day’s opening. A change applies to clocks started afterwards.',
        )}
      </p>
      {editing && h && <OfficeHoursForm hours={h} onClose={() => setEditing(false)} />}
    </Card>
  )
}

interface HoursValues {
  regular: string
  summerOn: boolean
  summer?: { from?: string; to?: string; hours?: string }
  sameDayCutoff?: string
}

function OfficeHoursForm({ hours, onClose }: { hours: OfficeHours; onClose: () => void }) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<HoursValues>()
  const summerOn = Form.useWatch('summerOn', form)
  const [error, setError] = useState<string | null>(null)
  const save = useSaveOfficeHours()
  const submit = (v: HoursValues) => {
    setError(null)
    const body = {
      regular: v.regular.trim(),
      summer: v.summerOn
        ? {
            from: v.summer?.from?.trim() ?? '',
            to: v.summer?.to?.trim() ?? '',
            hours: v.summer?.hours?.trim() ?? '',
          }
        : null,
      sameDayCutoff: v.sameDayCutoff?.trim() || null,
    }
    save.mutate(body, {
      onSuccess: () => {
        message.success(t('办公时间已保存', 'Office hours saved'))
        onClose()
      },
      onError: (e) => {
        if (!applyProblemToForm(form, e, lang))
          setError(e instanceof ApiProblem ? t(e.problem.message) : String(e))
      },
    })
  }
  const required = { required: true, whitespace: true, message: t('必填', 'Required') }
  return (
    <Modal
      open
      title={t('修改办公时间', 'Edit office hours')}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {error && <Alert className="lx-gap" type="error" showIcon title={error} />}
      <Form<HoursValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          regular: hours.regular,
          summerOn: Boolean(hours.summer),
          summer: hours.summer ?? { from: '07-01', to: '09-30', hours: '' },
          sameDayCutoff: hours.sameDayCutoff ?? '',
        }}
      >
        <Form.Item
          name="regular"
          label={t('工作时间', 'Hours')}
          rules={[required]}
          extra={t(
            '一至三个时段，用逗号分隔，如 08:30-12:00,13:30-17:30',
            'One to three periods, e.g. 08:30-12:00,13:30-17:30',
          )}
        >
          <Input maxLength={40} placeholder="08:30-12:00,13:30-17:30" />
        </Form.Item>
        <Form.Item name="summerOn" label={t('夏季作息', 'Summer hours')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {summerOn && (
          <>
            <Space wrap size={8}>
              <Form.Item
                name={['summer', 'from']}
                label={t('开始（月-日）', 'From (MM-DD)')}
                rules={[required]}
              >
                <Input maxLength={5} placeholder="07-01" style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={['summer', 'to']} label={t('结束（月-日）', 'To (MM-DD)')} rules={[required]}>
                <Input maxLength={5} placeholder="09-30" style={{ width: 110 }} />
              </Form.Item>
            </Space>
            <Form.Item
              name={['summer', 'hours']}
              label={t('夏季工作时间', 'Summer hours')}
              rules={[required]}
            >
              <Input maxLength={40} placeholder="08:00-12:00,14:30-18:00" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="sameDayCutoff"
          label={t('当日受理截止时间', 'Same-day cut-off')}
          extra={t('留空则以下班时间为准，如 16:30', 'Leave empty for closing time, e.g. 16:30')}
        >
          <Input maxLength={5} placeholder="16:30" style={{ width: 110 }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
