import { ArrowLeftOutlined, EyeOutlined, ReloadOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Image,
  Input,
  InputNumber,
  List,
  Modal,
  Radio,
  Result,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { ApiProblem, unwrap } from '../../shared/api/problem'
import type { SuggestionDetail } from '../../shared/api/types'
import { type Bilingual, useLang } from '../../shared/i18n'
import {
  channelLabels,
  label,
  outcomeLabels,
  ratingLabels,
  statusLabels,
  tierLabels,
} from '../../shared/labels'
import { useApi } from '../auth'
import { applyProblemToForm } from '../components/list'
import { countyOf, DueText, StatusTag, UnitSelect } from './common'
import { AttachmentThumbs, ReplyAttachmentsUpload } from './detail/attachments'

/** Every action the console knows, in the order the panel shows them, with its endpoint and button text. */
const ACTIONS: { action: string; path: string; label: Bilingual; primary?: boolean; danger?: boolean }[] = [
  { action: 'accept', path: 'accept', label: { zh: '受理', en: 'Accept' }, primary: true },
  { action: 'route', path: 'route', label: { zh: '流转', en: 'Route' }, primary: true },
  { action: 'answer_on_spot', path: 'answer-on-spot', label: { zh: '当场答复', en: 'Answer on the spot' } },
  { action: 'assign', path: 'assign', label: { zh: '交办', en: 'Assign' }, primary: true },
  { action: 'sign', path: 'sign', label: { zh: '签收', en: 'Sign for' }, primary: true },
  { action: 'start', path: 'start', label: { zh: '开始办理', en: 'Start handling' }, primary: true },
  { action: 'reply', path: 'reply', label: { zh: '答复', en: 'Reply' }, primary: true },
  { action: 'review', path: 'review', label: { zh: '审核通过', en: 'Approve the reply' }, primary: true },
  {
    action: 'give_feedback',
    path: 'give-feedback',
    label: { zh: '反馈群众', en: 'Send the answer' },
    primary: true,
  },
  { action: 'decide_extension', path: 'decide-extension', label: { zh: '审批延期', en: 'Decide extension' } },
  {
    action: 'request_extension',
    path: 'request-extension',
    label: { zh: '申请延期', en: 'Request extension' },
  },
  { action: 'send_back', path: 'send-back', label: { zh: '退回重办', en: 'Send back' }, danger: true },
  { action: 'return', path: 'return', label: { zh: '退单', en: 'Return' }, danger: true },
  { action: 'urge', path: 'urge', label: { zh: '催办', en: 'Urge' } },
  { action: 'escalate', path: 'escalate', label: { zh: '督办', en: 'Escalate' }, danger: true },
  { action: 'merge', path: 'merge', label: { zh: '并单', en: 'Merge' } },
  { action: 'reject', path: 'reject', label: { zh: '不予受理', en: 'Reject' }, danger: true },
  { action: 'note', path: 'note', label: { zh: '备注', en: 'Add a note' } },
]

const fmt = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—')

export function DetailPage() {
  const { id } = useParams()
  const { t, lang } = useLang()
  const api = useApi()
  const navigate = useNavigate()
  const detail = useQuery({
    queryKey: ['suggestion', id],
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/suggestions/{id}', { params: { path: { id: id! } } })),
  })
  const [acting, setActing] = useState<{ action: string; preset?: Record<string, unknown> } | null>(null)

  if (detail.isPending) return <Spin style={{ display: 'block', margin: '64px auto' }} />
  if (detail.isError) {
    const notFound = detail.error instanceof ApiProblem && detail.error.status === 404
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('找不到这条意见建议', 'Item not found') : t('加载失败', 'Could not load')}
        subTitle={
          detail.error instanceof ApiProblem
            ? t(detail.error.problem.message)
            : t('请稍后重试', 'Please try again later')
        }
        extra={<Button onClick={() => navigate('/suggestions')}>{t('返回队列', 'Back to the queue')}</Button>}
      />
    )
  }
  const d = detail.data
  const available = ACTIONS.filter((a) => d.allowedActions.some((x) => x === a.action))
  const lead = d.units.find((u) => u.role === 'lead')
  const co = d.units.filter((u) => u.role !== 'lead')

  return (
    <>
      <div className="lx-page-head">
        <Space size="middle" wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('返回', 'Back')} />
          <h1>
            {t('意见建议', 'Suggestion')} <span className="lx-mono">{d.trackingCode}</span>
          </h1>
          <span data-testid="detail-status">
            <StatusTag status={d.status} />
          </span>
          {d.overdue && <Tag color="red">{t('已超期', 'Overdue')}</Tag>}
          {d.escalatedAt && <Tag color="red">{t('督办', 'Escalated')}</Tag>}
          {d.urgeCount > 0 && <Tag color="orange">{t(`催办×${d.urgeCount}`, `Urged ×${d.urgeCount}`)}</Tag>}
          {d.reopenCount > 0 && <Tag color="purple">{t('重办', 'Reopened')}</Tag>}
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void detail.refetch()} loading={detail.isFetching}>
          {t('刷新', 'Refresh')}
        </Button>
      </div>
      <div className="lx-detail-grid">
        <div>
          <Card title={t('群众反映', 'What the citizen said')} size="small">
            <p className="lx-content-text" data-testid="suggestion-content">
              {d.content}
            </p>
            {d.photos.length > 0 && (
              <div className="lx-photo-row">
                <Image.PreviewGroup>
                  {d.photos.map((p) => (
                    <Image
                      key={p.id}
                      src={p.url}
                      width={120}
                      height={120}
                      alt={t('群众上传的照片', 'Photo')}
                    />
                  ))}
                </Image.PreviewGroup>
              </div>
            )}
          </Card>

          {d.mergedInto && (
            <Alert
              type="info"
              showIcon
              title={
                <span>
                  {t('已并入主件 ', 'Merged into ')}
                  <Link to={`/suggestions/${d.mergedInto.id}`} className="lx-mono">
                    {d.mergedInto.trackingCode}
                  </Link>
                </span>
              }
            />
          )}

          {(d.answer || d.rating) && (
            <Card title={t('答复与评价', 'Answer and rating')} size="small">
              <Descriptions column={1} size="small">
                {d.outcome && (
                  <Descriptions.Item label={t('办理结果', 'Outcome')}>
                    <Tag color={d.outcome === 'A' ? 'green' : 'blue'}>
                      {label(outcomeLabels, d.outcome, lang)}
                    </Tag>
                  </Descriptions.Item>
                )}
                {d.answer && (
                  <Descriptions.Item label={t('答复内容', 'Answer')}>
                    <span className="lx-content-text">{d.answer}</span>
                  </Descriptions.Item>
                )}
                {d.rating && (
                  <Descriptions.Item label={t('群众评价', 'Rating')}>
                    <Tag color={d.rating === 'dissatisfied' ? 'red' : 'green'}>
                      {label(ratingLabels, d.rating, lang)}
                    </Tag>
                    {d.ratingComment && <span className="lx-content-text">{d.ratingComment}</span>}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
          )}

          {d.attachments.length > 0 && (
            <Card title={t('附件（办理照片）', 'Attachments (handling photos)')} size="small">
              <AttachmentThumbs attachments={d.attachments} />
            </Card>
          )}

          <Card title={t('办理记录', 'History')} size="small">
            <Timeline
              items={[...d.timeline].reverse().map((e) => ({
                color: e.public ? 'blue' : 'gray',
                content: (
                  <div>
                    <Space size={6} wrap>
                      <Typography.Text strong>{t(e.actionLabel)}</Typography.Text>
                      {!e.public && <Tag>{t('内部', 'Internal')}</Tag>}
                      {e.fromStatus && e.fromStatus !== e.toStatus && (
                        <Typography.Text type="secondary">
                          {label(statusLabels, e.fromStatus, lang)} → {label(statusLabels, e.toStatus, lang)}
                        </Typography.Text>
                      )}
                    </Space>
                    <div className="lx-timeline-meta">
                      {fmt(e.at)} · {e.actorName}
                    </div>
                    {e.note && <div className="lx-timeline-note">{e.note}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
        </div>

        <div>
          <Card title={t('办理操作', 'Actions')} size="small" data-testid="action-panel">
            {available.length === 0 ? (
              <Typography.Text type="secondary">
                {t('当前没有需要您处理的操作。', 'Nothing for you to do on this item now.')}
              </Typography.Text>
            ) : (
              <div className="lx-actions">
                {available.map((a) => (
                  <Button
                    key={a.action}
                    type={a.primary ? 'primary' : 'default'}
                    danger={a.danger}
                    onClick={() => setActing({ action: a.action })}
                  >
                    {t(a.label)}
                  </Button>
                ))}
              </div>
            )}
            {d.extensionRequest && (
              <Alert
                style={{ marginTop: 12 }}
                type="warning"
                showIcon
                title={t(
                  `承办单位申请延期 ${d.extensionRequest.days} 个工作日`,
                  `Extension of ${d.extensionRequest.days} working days requested`,
                )}
                description={<span className="lx-content-text">{d.extensionRequest.reason}</span>}
              />
            )}
          </Card>

          <Card title={t('基本信息', 'Details')} size="small">
            <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
              <Descriptions.Item label={t('渠道', 'Channel')}>
                {label(channelLabels, d.channel, lang)}
              </Descriptions.Item>
              <Descriptions.Item label={t('办理层级', 'Tier')}>
                {d.tier ? label(tierLabels, d.tier, lang) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('类别', 'Category')}>{d.categoryName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('地点', 'Place')}>
                {[d.townName, d.regionName !== d.townName ? d.regionName : null]
                  .filter(Boolean)
                  .join(' / ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('提交给', 'Addressed to')}>
                {[d.venue?.name, d.deputy?.name].filter(Boolean).join(' · ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('联系人', 'Contact')}>
                <Contact detail={d} />
              </Descriptions.Item>
              <Descriptions.Item label={t('主办单位', 'Lead unit')}>{lead?.name ?? '—'}</Descriptions.Item>
              {co.length > 0 && (
                <Descriptions.Item label={t('协办单位', 'Co-units')}>
                  {co.map((u) => u.name).join('、')}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>

          <Card title={t('时限', 'Time limits')} size="small">
            <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
              <Descriptions.Item label={t('当前期限', 'Due')}>
                {d.dueAt ? (
                  <Space>
                    {fmt(d.dueAt)}
                    <DueText dueAt={d.dueAt} overdue={d.overdue} />
                  </Space>
                ) : (
                  t('无（不在办理时限内）', 'None running')
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('收到', 'Received')}>
                {fmt(d.timestamps.receivedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('当天时限', 'Same-day limit')}>
                {fmt(d.timestamps.sameDayDueAt)}
              </Descriptions.Item>
              {d.timestamps.acceptedAt && (
                <Descriptions.Item label={t('受理', 'Accepted')}>
                  {fmt(d.timestamps.acceptedAt)}
                </Descriptions.Item>
              )}
              {d.timestamps.routedAt && (
                <Descriptions.Item label={t('流转', 'Routed')}>
                  {fmt(d.timestamps.routedAt)}
                </Descriptions.Item>
              )}
              {d.timestamps.assignedAt && (
                <Descriptions.Item label={t('交办', 'Assigned')}>
                  {fmt(d.timestamps.assignedAt)}
                </Descriptions.Item>
              )}
              {d.timestamps.dueAt && (
                <Descriptions.Item label={t('办结期限', 'Completion due')}>
                  {fmt(d.timestamps.dueAt)}
                </Descriptions.Item>
              )}
              {d.timestamps.repliedAt && (
                <Descriptions.Item label={t('答复', 'Replied')}>
                  {fmt(d.timestamps.repliedAt)}
                </Descriptions.Item>
              )}
              {d.timestamps.feedbackAt && (
                <Descriptions.Item label={t('反馈群众', 'Answer sent')}>
                  {fmt(d.timestamps.feedbackAt)}
                </Descriptions.Item>
              )}
              {d.timestamps.closedAt && (
                <Descriptions.Item label={t('办结', 'Closed')}>
                  {fmt(d.timestamps.closedAt)}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>

          {(d.duplicates.length > 0 || d.mergedFollowers.length > 0) && (
            <Card title={t('疑似重复', 'Possible duplicates')} size="small">
              {d.duplicates.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('无', 'None')} />
              ) : (
                <List
                  size="small"
                  dataSource={d.duplicates}
                  renderItem={(x) => (
                    <List.Item
                      actions={
                        d.allowedActions.includes('merge') && x.id !== d.id
                          ? [
                              <Button
                                key="merge"
                                size="small"
                                onClick={() => setActing({ action: 'merge', preset: { primaryId: x.id } })}
                              >
                                {t('并入此件', 'Merge into this')}
                              </Button>,
                            ]
                          : []
                      }
                    >
                      <List.Item.Meta
                        title={
                          <Space size={6}>
                            <Link to={`/suggestions/${x.id}`} className="lx-mono">
                              {x.trackingCode}
                            </Link>
                            <StatusTag status={x.status} />
                            <Typography.Text type="secondary">{Math.round(x.score * 100)}%</Typography.Text>
                          </Space>
                        }
                        description={x.excerpt}
                      />
                    </List.Item>
                  )}
                />
              )}
              {d.mergedFollowers.length > 0 && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                  {t('已并入本件：', 'Merged into this one: ')}
                  {d.mergedFollowers.map((f, i) => (
                    <span key={f.id}>
                      {i > 0 && '、'}
                      <Link to={`/suggestions/${f.id}`} className="lx-mono">
                        {f.trackingCode}
                      </Link>
                    </span>
                  ))}
                </Typography.Paragraph>
              )}
            </Card>
          )}
        </div>
      </div>
      {acting && (
        <ActionModal
          detail={d}
          action={acting.action}
          preset={acting.preset}
          onClose={() => setActing(null)}
        />
      )}
    </>
  )
}

function Contact({ detail }: { detail: SuggestionDetail }) {
  const { t } = useLang()
  const api = useApi()
  const reveal = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/suggestions/{id}/reveal-contact', { params: { path: { id: detail.id } } })),
  })
  if (!detail.contactNameMasked && !detail.contactPhoneMasked) {
    return <Typography.Text type="secondary">{t('未留联系方式', 'None given')}</Typography.Text>
  }
  const name = reveal.data ? reveal.data.name : detail.contactNameMasked
  const phone = reveal.data ? reveal.data.phone : detail.contactPhoneMasked
  return (
    <Space direction="vertical" size={2}>
      <Space size={8} wrap>
        {name && <span>{name}</span>}
        {phone && (
          <span className="lx-mono" data-testid="contact-phone">
            {phone}
          </span>
        )}
        {detail.canRevealContact && !reveal.data && (
          <Button
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() => reveal.mutate()}
          >
            {t('查看', 'Reveal')}
          </Button>
        )}
      </Space>
      {reveal.data && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('本次查看已记入审计日志。', 'This reveal has been recorded in the audit log.')}
        </Typography.Text>
      )}
      {reveal.error && (
        <Typography.Text type="danger">
          {reveal.error instanceof ApiProblem ? t(reveal.error.problem.message) : t('查看失败', 'Failed')}
        </Typography.Text>
      )}
    </Space>
  )
}

type Values = Record<string, unknown>

function ActionModal({
  detail,
  action,
  preset,
  onClose,
}: {
  detail: SuggestionDetail
  action: string
  preset?: Record<string, unknown>
  onClose: () => void
}) {
  const { t, lang } = useLang()
  const api = useApi()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const [problem, setProblem] = useState<{ text: string; stale: boolean } | null>(null)
  const spec = ACTIONS.find((a) => a.action === action)!
  const run = useMutation({
    mutationFn: (values: Values) => {
      const body: Values = { ...values, version: detail.version }
      for (const [k, v] of Object.entries(body))
        if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) delete body[k]
      // One endpoint per action; their bodies differ, and the form below builds the right one for each.
      return unwrap(
        api.POST(`/api/suggestions/{id}/${spec.path}` as '/api/suggestions/{id}/note', {
          params: { path: { id: detail.id } },
          body: body as never,
        }),
      )
    },
    onSuccess: (r) => {
      message.success(
        t(
          `${spec.label.zh}成功，当前状态：${label(statusLabels, r.status, 'zh')}`,
          `${spec.label.en}: done. Status: ${label(statusLabels, r.status, 'en')}`,
        ),
      )
      void queryClient.invalidateQueries({ queryKey: ['suggestion', detail.id] })
      void queryClient.invalidateQueries({ queryKey: ['suggestions'] })
      void queryClient.invalidateQueries({ queryKey: ['notifications'] })
      onClose()
    },
    onError: (error) => {
      const stale = error instanceof ApiProblem && error.status === 409
      if (!applyProblemToForm(form, error, lang) || stale) {
        setProblem({
          stale,
          text: stale
            ? t(
                '此事项已被他人修改或状态已变化，请重新加载后再操作。',
                'Someone else changed this item or its state moved on; reload it and try again.',
              ) + (error instanceof ApiProblem ? `（${t(error.problem.message)}）` : '')
            : error instanceof ApiProblem
              ? t(error.problem.message)
              : t('操作失败，请重试', 'Failed; please try again'),
        })
      }
    },
  })
  const tierCode = detail.tier === 'town' && detail.townCode ? detail.townCode : countyOf(detail.regionCode)

  let fields: ReactNode
  const noteOptional = (
    <Form.Item name="note" label={t('备注（选填）', 'Note (optional)')}>
      <Input.TextArea rows={3} maxLength={2000} />
    </Form.Item>
  )
  const noteRequired = (labelText: string) => (
    <Form.Item
      name="note"
      label={labelText}
      rules={[{ required: true, whitespace: true, message: t('请填写', 'Required') }]}
    >
      <Input.TextArea rows={4} maxLength={2000} />
    </Form.Item>
  )
  const outcomeRadios = (
    <Radio.Group>
      <Space direction="vertical">
        {(['A', 'B', 'C', 'D'] as const).map((o) => (
          <Radio key={o} value={o}>
            {label(outcomeLabels, o, lang)}
          </Radio>
        ))}
      </Space>
    </Radio.Group>
  )
  switch (action) {
    case 'reject':
      fields = (
        <>
          <Form.Item
            name="reason"
            label={t('不予受理原因', 'Reason')}
            rules={[{ required: true, message: t('请选择', 'Choose one') }]}
          >
            <Radio.Group
              options={[
                { value: 'invalid', label: t('无效信息', 'Not a valid submission') },
                { value: 'out_of_scope', label: t('不属于受理范围', 'Outside our remit') },
              ]}
            />
          </Form.Item>
          {noteRequired(t('向群众说明（群众可见）', 'Explanation (the citizen sees it)'))}
        </>
      )
      break
    case 'merge':
      fields = (
        <>
          <Form.Item
            name="primaryId"
            label={t('并入的主件', 'Merge into')}
            rules={[{ required: true, message: t('请选择', 'Choose one') }]}
          >
            <Select
              options={detail.duplicates.map((x) => ({
                value: x.id,
                label: `${x.trackingCode} · ${x.excerpt}`,
              }))}
              placeholder={t('选择疑似重复的主件', 'Choose the primary item')}
            />
          </Form.Item>
          {noteOptional}
        </>
      )
      break
    case 'answer_on_spot':
      fields = (
        <>
          <Form.Item
            name="answer"
            label={t('答复内容', 'Answer')}
            rules={[{ required: true, whitespace: true, message: t('请填写答复', 'Write the answer') }]}
          >
            <Input.TextArea rows={5} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item name="outcome" label={t('办理结果（选填）', 'Outcome (optional)')}>
            {outcomeRadios}
          </Form.Item>
        </>
      )
      break
    case 'route':
      fields = (
        <>
          <Form.Item
            name="tier"
            label={t('流转至', 'Route to')}
            rules={[{ required: true, message: t('请选择', 'Choose one') }]}
          >
            <Radio.Group>
              <Space direction="vertical">
                {(['town', 'county', 'proposal'] as const).map((x) => (
                  <Radio key={x} value={x}>
                    {label(tierLabels, x, lang)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          {noteOptional}
        </>
      )
      break
    case 'assign':
      fields = (
        <>
          <Alert
            className="lx-gap"
            type="info"
            title={
              detail.tier === 'town'
                ? t(
                    `本件为镇(街道)办理，可交办给${detail.townName ?? ''}的单位。`,
                    'A town-tier item: assign it to a unit of its town.',
                  )
                : t(
                    '本件为县级办理，可交办给县级部门。',
                    'A county-tier item: assign it to a county department.',
                  )
            }
          />
          <Form.Item
            name="leadUnitId"
            label={t('主办单位', 'Lead unit')}
            rules={[{ required: true, message: t('请选择主办单位', 'Choose the lead unit') }]}
          >
            <UnitSelect regionCodes={[tierCode]} />
          </Form.Item>
          <Form.Item name="coUnitIds" label={t('协办单位（选填）', 'Co-handling units (optional)')}>
            <UnitSelect regionCodes={[tierCode]} multiple />
          </Form.Item>
          {noteOptional}
        </>
      )
      break
    case 'return':
      fields = noteRequired(t('退单理由', 'Why it is not ours'))
      break
    case 'request_extension':
      fields = (
        <>
          <Form.Item
            name="days"
            label={t('延期工作日数', 'Working days')}
            rules={[{ required: true, message: t('请填写', 'Required') }]}
          >
            <InputNumber min={1} max={60} precision={0} style={{ width: 160 }} />
          </Form.Item>
          {noteRequired(t('延期理由', 'Reason'))}
        </>
      )
      break
    case 'decide_extension':
      fields = (
        <>
          {detail.extensionRequest ? (
            <Alert
              className="lx-gap"
              type="warning"
              title={t(
                `申请延期 ${detail.extensionRequest.days} 个工作日`,
                `${detail.extensionRequest.days} working days requested`,
              )}
              description={<span className="lx-content-text">{detail.extensionRequest.reason}</span>}
            />
          ) : (
            <Alert
              className="lx-gap"
              type="info"
              title={t('当前没有待审批的延期申请。', 'No extension request is pending.')}
            />
          )}
          <Form.Item
            name="approve"
            label={t('审批意见', 'Decision')}
            rules={[{ required: true, message: t('请选择', 'Choose one') }]}
          >
            <Radio.Group
              options={[
                { value: true, label: t('批准延期', 'Approve') },
                { value: false, label: t('不予批准', 'Deny') },
              ]}
            />
          </Form.Item>
          {noteOptional}
        </>
      )
      break
    case 'reply':
      fields = (
        <>
          <Form.Item
            name="outcome"
            label={t('办理结果', 'Outcome')}
            rules={[{ required: true, message: t('请选择办理结果', 'Choose the outcome') }]}
          >
            {outcomeRadios}
          </Form.Item>
          <Form.Item
            name="answer"
            label={t('答复内容（审核后反馈群众）', 'Answer (sent to the citizen after review)')}
            rules={[{ required: true, whitespace: true, message: t('请填写答复', 'Write the answer') }]}
          >
            <Input.TextArea rows={6} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item label={t('附件（办理照片）', 'Attachments (handling photos)')}>
            <ReplyAttachmentsUpload detail={detail} />
          </Form.Item>
          {noteOptional}
        </>
      )
      break
    case 'send_back':
      fields = noteRequired(t('退回理由', 'Why it goes back'))
      break
    case 'note':
      fields = noteRequired(t('内部备注', 'Internal note'))
      break
    case 'give_feedback':
      fields = (
        <>
          <Alert
            className="lx-gap"
            type="info"
            title={t(
              '答复将显示在群众的查询页面上，群众可以评价。',
              'The answer will show on the citizen’s tracking page, where they can rate it.',
            )}
            description={detail.answer ? <span className="lx-content-text">{detail.answer}</span> : undefined}
          />
          {noteOptional}
        </>
      )
      break
    default:
      fields = noteOptional
  }

  return (
    <Modal
      open
      title={`${t(spec.label)} · ${detail.trackingCode}`}
      okText={t(spec.label)}
      okButtonProps={{ danger: spec.danger, 'data-testid': 'action-submit' } as never}
      cancelText={t('取消', 'Cancel')}
      onOk={() => form.submit()}
      confirmLoading={run.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {problem && (
        <Alert
          className="lx-gap"
          type="error"
          showIcon
          title={problem.text}
          action={
            problem.stale ? (
              <Button
                size="small"
                onClick={() => {
                  void queryClient.invalidateQueries({ queryKey: ['suggestion', detail.id] })
                  onClose()
                }}
              >
                {t('重新加载', 'Reload')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Form form={form} layout="vertical" initialValues={preset} onFinish={(v) => run.mutate(v)}>
        {fields}
      </Form>
    </Modal>
  )
}
