import {
  Alert,
  App,
  Button,
  Empty,
  Form,
  Input,
  InputNumber,
  Radio,
  Segmented,
  Slider,
  Spin,
  Switch,
} from 'antd'
import { useEffect, useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import type { ReportedSiteStatus, Site } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDay } from '../../shared/time'
import { applyProblemToForm, ListError, PageHead } from '../components/list'
import { StatusChip } from './Chips'
import { CHECKS, checkLabels, FINDINGS, findingLabels, REPORTED_STATUSES, siteStatusLabels } from './labels'
import { PhotoStrip, type ReportPhoto } from './PhotoStrip'
import { useSite, useSiteAction } from './queries'
import { hasProblem, progressFor, type ReportValues, reportBody, reportErrors, reportMonths } from './report'
import { WhereAmI } from './WhereAmI'
import './projects.css'

/** 填报本月督查: the lead deputy's monthly report, made for a phone at the site. */
export function ReportPage() {
  const { id } = useParams<{ id: string }>()
  const { t } = useLang()
  const site = useSite(id)
  if (site.isPending) return <Spin className="lx-gap" />
  if (!site.data) return site.error ? <ListError error={site.error} /> : <Empty />
  if (!site.data.allowedActions.includes('report'))
    return (
      <>
        <PageHead title={site.data.name} />
        <Alert
          type="info"
          showIcon
          title={t(
            '您不能为该点位填报督查报告（仅领办代表可填报，已销号的点位不再填报）',
            'Only the site’s lead deputies report on it, and not once it is crossed off',
          )}
        />
      </>
    )
  return <ReportForm site={site.data} />
}

/** Progress as a slider with its number beside it; fixed at 0 or 100 when the state says so. */
function ProgressInput({
  value,
  onChange,
  status,
}: {
  value?: number
  onChange?: (v: number) => void
  status: ReportedSiteStatus
}) {
  const { t } = useLang()
  const fixed = status !== 'in_progress'
  const set = (v: number | null) => onChange?.(progressFor(status, v))
  return (
    <div className="lx-report-progress">
      <Slider
        min={0}
        max={100}
        value={value}
        disabled={fixed}
        onChange={set}
        aria-label={t('进度滑块', 'Progress slider')}
      />
      <InputNumber
        min={0}
        max={100}
        precision={0}
        value={value}
        disabled={fixed}
        onChange={set}
        suffix="%"
        style={{ width: 96 }}
        aria-label={t('完成进度', 'Progress')}
      />
    </div>
  )
}

function ReportForm({ site }: { site: Site }) {
  const { t, lang } = useLang()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<ReportValues>()
  const run = useSiteAction()
  const thisMonth = countyDay().slice(0, 7)
  const months = reportMonths(thisMonth)
  const [photos, setPhotos] = useState<ReportPhoto[]>([])
  const [checkIn, setCheckIn] = useState<{ lat: number; lng: number } | null>(null)
  const status = Form.useWatch('status', form) ?? 'in_progress'
  const month = Form.useWatch('month', form)
  const findings = Form.useWatch([], form)
  const earlier = site.reports.find((r) => r.month === month)
  const current: ReportedSiteStatus = site.status === 'crossed_off' ? 'completed' : site.status

  // An amended month starts from what was filed for it.
  useEffect(() => {
    if (!earlier) return
    form.setFieldsValue({
      status: earlier.status,
      progress: earlier.progress,
      onTime: earlier.onTime,
      quality: earlier.quality,
      quantity: earlier.quantity,
      problems: earlier.problems,
      opinion: earlier.opinion,
    })
  }, [earlier, form])

  const submit = async (v: ReportValues) => {
    const errors = reportErrors(v)
    if (errors.length) {
      form.setFields(errors.map((e) => ({ name: e.name as never, errors: [t(e.message)] })))
      return
    }
    try {
      await run.mutateAsync({
        id: site.id,
        action: 'report',
        body: reportBody(v, { version: site.version, photoIds: photos.map((p) => p.id), checkIn }),
      })
      message.success(t(`${v.month} 督查报告已提交`, `The report for ${v.month} is filed`))
      navigate(`/sites/${site.id}`, { replace: true })
    } catch (e) {
      if (!applyProblemToForm(form, e, lang))
        message.error(e instanceof ApiProblem ? t(e.problem.message) : t('提交失败', 'Could not file'))
    }
  }

  return (
    <div className="lx-report-form">
      <PageHead title={t('月度督查报告', 'Monthly report')} />
      <div className="lx-site-head">
        <strong>{site.name}</strong>
        <StatusChip status={site.status} />
      </div>
      <Form<ReportValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<ReportValues>) => {
          // A finding changed or the switch turned: whether the problems are required is judged again on filing.
          if (CHECKS.some((c) => changed[c]?.finding) || 'raiseProblems' in changed || 'problems' in changed)
            form.setFields([{ name: 'problems', errors: [] }])
          if ('status' in changed || 'progress' in changed) form.setFields([{ name: 'progress', errors: [] }])
        }}
        initialValues={{
          month: thisMonth,
          status: current,
          progress: site.progress,
          onTime: { finding: undefined, note: '' },
          quality: { finding: undefined, note: '' },
          quantity: { finding: undefined, note: '' },
          raiseProblems: false,
        }}
        scrollToFirstError
      >
        <Form.Item name="month" label={t('报告月份', 'Month')} rules={[{ required: true }]}>
          <Segmented
            options={months.map((m, i) => ({
              value: m,
              label:
                i === 0 ? t(`本月（${m}）`, `This month (${m})`) : t(`上月（${m}）`, `Last month (${m})`),
            }))}
          />
        </Form.Item>
        {earlier && (
          <Alert
            className="lx-gap"
            type="info"
            showIcon
            title={t(
              '该月已有报告，再次提交将更正该月报告',
              'This month has a report: filing again amends it',
            )}
          />
        )}
        <Form.Item name="status" label={t('点位状态', 'State')} rules={[{ required: true }]}>
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
        <Form.Item
          name="progress"
          label={t('完成进度', 'Progress')}
          rules={[{ required: true }]}
          extra={
            status === 'not_started'
              ? t('未开始的点位进度为 0%', 'A site not started is at 0 %')
              : status === 'completed'
                ? t('已完成的点位进度为 100%', 'A completed site is at 100 %')
                : undefined
          }
        >
          <ProgressInput status={status} />
        </Form.Item>
        {CHECKS.map((c) => (
          <div key={c} className="lx-check-block" data-testid={`check-${c}`}>
            <Form.Item
              name={[c, 'finding']}
              label={t(checkLabels[c])}
              rules={[{ required: true, message: t('请选择督查结论', 'Choose a finding') }]}
            >
              <Radio.Group options={FINDINGS.map((f) => ({ value: f, label: t(findingLabels[c][f]) }))} />
            </Form.Item>
            <Form.Item name={[c, 'note']}>
              <Input
                maxLength={500}
                placeholder={t('说明（选填）', 'Note (optional)')}
                aria-label={t(`${checkLabels[c].zh}说明`, `${checkLabels[c].en} note`)}
              />
            </Form.Item>
          </div>
        ))}
        <Form.Item
          name="problems"
          label={t('存在问题', 'Problems found')}
          required={Boolean(findings && hasProblem(findings as ReportValues))}
          rules={[{ max: 2000 }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={t('发现问题时必填', 'Required when a check found a problem')}
          />
        </Form.Item>
        <Form.Item
          name="raiseProblems"
          label={t('转交办理', 'Send for handling')}
          valuePropName="checked"
          extra={
            site.unit
              ? t(
                  `问题将作为意见建议交 ${site.unit.name} 办理`,
                  `The problems go into the loop, assigned to ${site.unit.name}`,
                )
              : t('问题将作为意见建议进入办理流程', 'The problems go into the loop as a suggestion')
          }
        >
          <Switch />
        </Form.Item>
        <Form.Item name="opinion" label={t('意见建议', 'Opinion')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item
          label={t('现场照片（最多 9 张）', 'Photos (up to 9)')}
          extra={
            earlier?.photos.length
              ? t(
                  '本月已提交的照片会保留，可以继续添加。',
                  'The photos filed for this month are kept; you may add more.',
                )
              : undefined
          }
        >
          <PhotoStrip siteId={site.id} photos={photos} onChange={setPhotos} filed={earlier?.photos} />
        </Form.Item>
        <Form.Item label={t('现场定位（选填）', 'Location (optional)')}>
          <WhereAmI value={checkIn} onChange={setCheckIn} />
        </Form.Item>
        <div className="lx-report-submit">
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={run.isPending}
            data-testid="submit-report"
          >
            {t('提交督查报告', 'File the report')}
          </Button>
        </div>
      </Form>
    </div>
  )
}
