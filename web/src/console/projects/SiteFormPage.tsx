import { App, Button, DatePicker, Form, Input, InputNumber, Select, Spin, Switch } from 'antd'
import dayjs from 'dayjs'
import { useEffect } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { useMe } from '../auth'
import { applyProblemToForm, PageHead } from '../components/list'
import { useDeputies } from '../deputies/queries'
import { useTowns, useVillages } from '../regions/queries'
import { UnitSelect } from '../units/UnitSelect'
import { useProjects, useSaveSite, useSite } from './queries'
import { countyOf, type SiteValues, siteBody, villagePoint } from './site-form'
import './projects.css'

const dayProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (v: dayjs.Dayjs | null) => (v ? v.format('YYYY-MM-DD') : null),
}

/** Placing a site (or changing one): its project, village and map point, responsible unit, lead deputies, plan. */
export function SiteFormPage() {
  const { id } = useParams<{ id: string }>()
  const [params] = useSearchParams()
  const { t, lang } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<SiteValues>()
  const existing = useSite(id)
  const save = useSaveSite()
  const ownTown = me.roles.find((r) => r.role === 'town_staff' && r.regionCode)?.regionCode ?? undefined
  const townCode = Form.useWatch('townCode', form) ?? existing.data?.townCode ?? ownTown
  const projects = useProjects(existing.data?.year)
  const towns = useTowns()
  const villages = useVillages(townCode)
  const deputies = useDeputies({ limit: 500, offset: 0, ...(townCode ? { regionCode: townCode } : {}) })

  useEffect(() => {
    const s = existing.data
    if (!s) return
    form.setFieldsValue({
      projectId: s.projectId,
      townCode: s.townCode,
      regionCode: s.regionCode,
      name: s.name,
      address: s.address,
      lat: s.location.lat,
      lng: s.location.lng,
      unitId: s.unit?.id,
      deputyIds: s.leadDeputies.map((d) => d.id),
      planStart: s.plan.start,
      planEnd: s.plan.end,
      investment: s.plan.investment,
      milestones: s.plan.milestones,
    })
  }, [existing.data, form])

  if (id && existing.isPending) return <Spin className="lx-gap" />

  // A village chosen places the point at the village, until the point is moved by hand.
  const onVillage = (code: string) => {
    const point = villagePoint(villages.data?.items ?? [], code)
    if (point) form.setFieldsValue(point)
  }

  const submit = async (v: SiteValues) => {
    try {
      const saved = await save.mutateAsync({ id, version: existing.data?.version, body: siteBody(v) })
      message.success(t('已保存', 'Saved'))
      navigate(`/sites/${saved.id}`, { replace: true })
    } catch (e) {
      if (!applyProblemToForm(form, e, lang)) message.error(t('保存失败', 'Could not save'))
    }
  }

  return (
    <div className="lx-report-form">
      <PageHead title={id ? t('修改点位', 'Edit the site') : t('新增项目点位', 'Add a project site')} />
      <Form<SiteValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          projectId: params.get('projectId') ?? undefined,
          townCode: ownTown,
          deputyIds: [],
          milestones: [],
        }}
        scrollToFirstError
      >
        <Form.Item name="projectId" label={t('项目', 'Project')} rules={[{ required: true }]}>
          <Select
            disabled={Boolean(id)}
            options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.seq}. ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('点位名称', 'Site name')}
          rules={[{ required: true, whitespace: true }, { max: 100 }]}
        >
          <Input />
        </Form.Item>
        <div className="lx-site-pair">
          <Form.Item name="townCode" label={t('镇（街道）', 'Town')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              onChange={() => form.setFieldsValue({ regionCode: undefined, deputyIds: [] })}
              options={(towns.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
            />
          </Form.Item>
          <Form.Item name="regionCode" label={t('村（社区）', 'Village')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              onChange={onVillage}
              options={(villages.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="address" label={t('地址（选填）', 'Address (optional)')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <div className="lx-site-pair">
          <Form.Item
            name="lat"
            label={t('纬度', 'Latitude')}
            rules={[{ required: true }]}
            extra={t('默认为所选村（社区）的位置', 'The village’s position by default')}
          >
            <InputNumber min={-90} max={90} step={0.0001} precision={6} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="lng" label={t('经度', 'Longitude')} rules={[{ required: true }]}>
            <InputNumber min={-180} max={180} step={0.0001} precision={6} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="unitId" label={t('责任单位', 'Responsible unit')}>
          <UnitSelect
            regionCodes={townCode ? [countyOf(townCode), townCode] : []}
            placeholder={t('选择责任单位', 'Choose a unit')}
          />
        </Form.Item>
        <Form.Item
          name="deputyIds"
          label={t('领办代表', 'Lead deputies')}
          rules={[{ required: true, message: t('请选择领办代表', 'Choose the lead deputies') }]}
        >
          <Select
            mode="multiple"
            maxCount={10}
            optionFilterProp="label"
            loading={deputies.isPending}
            options={(deputies.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <div className="lx-site-pair">
          <Form.Item name="planStart" label={t('计划开工', 'Planned start')} {...dayProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="planEnd" label={t('计划完成', 'Planned end')} {...dayProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="investment" label={t('投资（万元，选填）', 'Investment (10k yuan, optional)')}>
          <InputNumber min={0} max={1e9} style={{ width: '100%' }} />
        </Form.Item>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, n) => (
                <div key={field.key} className="lx-check-block">
                  <div className="lx-site-card-head">
                    <span>{t(`节点 ${n + 1}`, `Milestone ${n + 1}`)}</span>
                    <Button size="small" type="link" danger onClick={() => remove(field.name)}>
                      {t('删除', 'Remove')}
                    </Button>
                  </div>
                  <div className="lx-site-pair">
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('名称', 'Name')}
                      rules={[{ required: true, whitespace: true }, { max: 100 }]}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'due']}
                      label={t('时间', 'Due')}
                      rules={[{ required: true }]}
                      {...dayProps}
                    >
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </div>
                  <Form.Item name={[field.name, 'done']} label={t('已完成', 'Done')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </div>
              ))}
              {fields.length < 20 && (
                <Button block className="lx-gap" onClick={() => add({ name: '', due: null, done: false })}>
                  {t('＋ 添加节点', '+ Add a milestone')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={save.isPending}
          className="lx-gap"
        >
          {t('保存', 'Save')}
        </Button>
      </Form>
    </div>
  )
}
