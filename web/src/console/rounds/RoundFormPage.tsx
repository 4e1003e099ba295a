import { App, Button, DatePicker, Form, Input, Select, Spin, TimePicker } from 'antd'
import dayjs from 'dayjs'
import { useEffect } from 'react'
import { useNavigate, useParams } from 'react-router'
import type { RoundBody } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDateTime, countyDay } from '../../shared/time'
import { useMe } from '../auth'
import { applyProblemToForm, PageHead } from '../components/list'
import { useDeputies } from '../deputies/queries'
import { useTowns, useVillages } from '../regions/queries'
import '../recording/recording.css'
import { stopKindLabels } from './labels'
import { useRound, useSaveRound } from './queries'

interface Values {
  townCode: string
  title: string
  day: dayjs.Dayjs
  deputyIds: string[]
  note?: string
  stops: RoundBody['stops']
}

/** A stop's time is kept as "HH:MM" (the API's form) and shown in a time picker. */
const clockProps = {
  getValueProps: (v: string | undefined) => ({ value: v ? dayjs(`2000-01-01T${v}`) : undefined }),
  normalize: (v: dayjs.Dayjs | null) => v?.format('HH:mm'),
}

const blankStop = { kind: 'village' as const, name: '', regionCode: '', startsAt: '09:00', endsAt: '10:00' }

/** Planning a round (or changing a planned one): its town, day, deputies and stops in order. */
export function RoundFormPage() {
  const { id } = useParams<{ id: string }>()
  const { t, lang } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const existing = useRound(id)
  const save = useSaveRound()
  const ownTown = me.roles.find((r) => r.role === 'town_staff' && r.regionCode)?.regionCode ?? undefined
  const townCode = Form.useWatch('townCode', form) ?? existing.data?.townCode ?? ownTown
  const towns = useTowns()
  const villages = useVillages(townCode)
  const deputies = useDeputies({ limit: 500, offset: 0, ...(townCode ? { regionCode: townCode } : {}) })

  useEffect(() => {
    const r = existing.data
    if (!r) return
    form.setFieldsValue({
      townCode: r.townCode,
      title: r.title,
      day: dayjs(r.day),
      deputyIds: r.deputies.map((d) => d.id),
      note: r.note,
      stops: r.stops.map((s) => ({
        kind: s.kind,
        name: s.name,
        regionCode: s.regionCode,
        address: s.address,
        startsAt: countyDateTime(s.startsAt).slice(11),
        endsAt: countyDateTime(s.endsAt).slice(11),
      })),
    })
  }, [existing.data, form])

  if (id && existing.isLoading) return <Spin className="lx-gap" />

  const submit = async (v: Values) => {
    const body: RoundBody = {
      townCode: v.townCode,
      title: v.title,
      day: v.day.format('YYYY-MM-DD'),
      deputyIds: v.deputyIds,
      stops: v.stops.map((s) => ({ ...s, address: s.address ?? '' })),
      ...(v.note ? { note: v.note } : {}),
    }
    try {
      const saved = await save.mutateAsync({ id, version: existing.data?.version, body })
      message.success(t('已保存', 'Saved'))
      navigate(`/rounds/${saved.id}`, { replace: true })
    } catch (e) {
      if (!applyProblemToForm(form, e, lang)) message.error(t('保存失败', 'Could not save'))
    }
  }

  return (
    <div className="lx-rec">
      <PageHead title={id ? t('修改巡诊安排', 'Edit the round') : t('安排流动巡诊', 'Plan a mobile round')} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ townCode: ownTown, day: dayjs(countyDay()), stops: [blankStop], deputyIds: [] }}
      >
        <Form.Item name="townCode" label={t('镇（街道）', 'Town')} rules={[{ required: true }]}>
          <Select
            disabled={Boolean(id)}
            showSearch
            optionFilterProp="label"
            options={(towns.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('主题', 'Title')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="day" label={t('日期', 'Day')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deputyIds" label={t('巡诊代表', 'Deputies')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(deputies.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.List name="stops">
          {(fields, { add, remove, move }) => (
            <>
              {fields.map((field, n) => (
                <div key={field.key} className="lx-issue lx-gap">
                  <div className="lx-issue-head">
                    <span>{t(`第 ${n + 1} 站`, `Stop ${n + 1}`)}</span>
                    <span>
                      {n > 0 && (
                        <Button size="small" type="link" onClick={() => move(n, n - 1)}>
                          {t('上移', 'Up')}
                        </Button>
                      )}
                      {fields.length > 1 && (
                        <Button size="small" type="link" danger onClick={() => remove(field.name)}>
                          {t('删除', 'Remove')}
                        </Button>
                      )}
                    </span>
                  </div>
                  <div className="lx-rec-pair">
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={t('类型', 'Kind')}
                      rules={[{ required: true }]}
                    >
                      <Select
                        options={Object.entries(stopKindLabels).map(([value, l]) => ({
                          value,
                          label: t(l.zh, l.en),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'regionCode']}
                      label={t('村（社区）', 'Village')}
                      rules={[{ required: true }]}
                    >
                      <Select
                        showSearch
                        optionFilterProp="label"
                        options={(villages.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
                      />
                    </Form.Item>
                  </div>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('站点名称', 'Stop name')}
                    rules={[{ required: true, max: 100 }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'address']} label={t('地址（选填）', 'Address (optional)')}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <div className="lx-rec-pair">
                    <Form.Item
                      name={[field.name, 'startsAt']}
                      {...clockProps}
                      label={t('开始', 'Starts')}
                      rules={[{ required: true }]}
                    >
                      <TimePicker
                        format="HH:mm"
                        minuteStep={5}
                        needConfirm={false}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'endsAt']}
                      {...clockProps}
                      label={t('结束', 'Ends')}
                      rules={[{ required: true }]}
                    >
                      <TimePicker
                        format="HH:mm"
                        minuteStep={5}
                        needConfirm={false}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </div>
                </div>
              ))}
              {fields.length < 20 && (
                <Button block className="lx-gap" onClick={() => add(blankStop)}>
                  {t('＋ 添加站点', '+ Add a stop')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('备注（选填）', 'Note (optional)')} className="lx-gap">
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={save.isPending}>
          {t('保存', 'Save')}
        </Button>
      </Form>
    </div>
  )
}
