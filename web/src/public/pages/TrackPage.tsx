import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { ApiProblem, unwrap } from '../../shared/api/problem'
import type { Tracking } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, outcomeLabels, ratingLabels } from '../../shared/labels'
import { api } from '../api'
import { forgetToken, recalledToken, rememberToken } from '../suggest/upload'
import { BackLink, LoadError, Loading } from './common'

type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied'
const RATINGS: Rating[] = ['satisfied', 'basically_satisfied', 'dissatisfied']

function formatTime(iso: string, lang: 'zh' | 'en'): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
}

/** Reads the secret from #token=… once, keeps it for this tab and takes it out of the address bar. */
function useAccessToken(code: string | undefined): string | null {
  const location = useLocation()
  const navigate = useNavigate()
  const fromHash = /(?:^#|&)token=([^&]+)/.exec(location.hash)?.[1]
  const token = fromHash ? decodeURIComponent(fromHash) : code ? recalledToken(code) : null
  useEffect(() => {
    if (!code || !fromHash) return
    rememberToken(code, decodeURIComponent(fromHash))
    navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true })
  }, [code, fromHash, location.pathname, location.search, navigate])
  return token
}

export function TrackPage() {
  const { code } = useParams()
  const { t } = useLang()
  const token = useAccessToken(code)
  const tracking = useQuery({
    queryKey: ['public', 'tracking', code, token],
    enabled: Boolean(code && token),
    staleTime: 0,
    queryFn: () =>
      unwrap(
        api.GET('/api/public/suggestions/{trackingCode}', {
          params: { path: { trackingCode: code! }, header: { 'x-access-token': token! } },
        }),
      ),
  })
  if (!code || !token) return <LookupPage code={code} />
  if (tracking.isPending) return <Loading />
  if (tracking.isError) {
    const notFound = tracking.error instanceof ApiProblem && [400, 404].includes(tracking.error.status)
    if (notFound) {
      return (
        <LookupPage
          code={code}
          notice={t(
            '没有找到这条意见建议：查询编号或查询密钥不正确。请核对您保存的查询链接。',
            'No item found: the tracking code or the access key is wrong. Please check the link you saved.',
          )}
          onRetry={() => forgetToken(code)}
        />
      )
    }
    return <LoadError error={tracking.error} onRetry={() => tracking.refetch()} />
  }
  return <TrackingView data={tracking.data} token={token} />
}

/** Type the code and key by hand (for a link copied onto paper, or a wrong one). */
export function LookupPage({
  code,
  notice,
  onRetry,
}: {
  code?: string
  notice?: string
  onRetry?: () => void
}) {
  const { t } = useLang()
  const ids = useId()
  const navigate = useNavigate()
  const [codeValue, setCode] = useState(code ?? '')
  const [tokenValue, setToken] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const c = codeValue.trim().toUpperCase()
    const k = tokenValue.trim()
    if (!c || !k) return
    onRetry?.()
    rememberToken(c, k)
    navigate(`/track/${encodeURIComponent(c)}`, { replace: Boolean(code) })
  }
  return (
    <article className="lx-detail lx-form-page">
      <BackLink />
      <header className="lx-detail-head">
        <h1>{t('查询办理进度', 'Track your submission')}</h1>
      </header>
      {notice && (
        <div className="lx-notice lx-gap-top" role="alert">
          <p>{notice}</p>
        </div>
      )}
      <p className="lx-muted lx-lead">
        {t(
          '打开提交时保存的查询链接即可查看。也可以在下面输入查询编号和查询密钥（链接中 “token=” 之后的部分）。',
          'Open the tracking link you saved, or type the tracking code and the access key (the part after “token=” in the link).',
        )}
      </p>
      <form className="lx-form" onSubmit={submit}>
        <div className="lx-form-row">
          <label htmlFor={`${ids}-code`}>{t('查询编号', 'Tracking code')}</label>
          <input
            id={`${ids}-code`}
            value={codeValue}
            autoCapitalize="characters"
            onChange={(e) => setCode(e.target.value)}
            required
          />
        </div>
        <div className="lx-form-row">
          <label htmlFor={`${ids}-token`}>{t('查询密钥', 'Access key')}</label>
          <input id={`${ids}-token`} value={tokenValue} onChange={(e) => setToken(e.target.value)} required />
        </div>
        <button type="submit" className="lx-button lx-button-primary lx-block">
          {t('查询', 'Look up')}
        </button>
      </form>
    </article>
  )
}

function TrackingView({ data, token }: { data: Tracking; token: string }) {
  const { t, lang } = useLang()
  const statusName = data.statusLabel[lang]
  const done =
    data.status === 'closed' || data.status === 'feedback_given' || data.status === 'answered_on_spot'
  const rejected = data.status === 'rejected'
  return (
    <article className="lx-detail lx-track">
      <BackLink />
      <header className="lx-detail-head">
        <p className="lx-muted lx-small">
          {t('查询编号', 'Tracking code')} <span className="lx-code-inline">{data.trackingCode}</span>
        </p>
        <h1>
          <span
            className={`lx-status ${done ? 'lx-status-done' : rejected ? 'lx-status-rejected' : ''}`}
            data-testid="track-status"
          >
            {statusName}
          </span>
        </h1>
      </header>

      {data.mergedInto && (
        <div className="lx-notice lx-notice-info">
          <p>
            {t(
              `您的意见与同类意见（编号 ${data.mergedInto.trackingCode}）合并办理，下面显示的是合并后的办理进度和答复。`,
              `Your item is handled together with a similar one (${data.mergedInto.trackingCode}); the progress and answer below are theirs.`,
            )}
          </p>
        </div>
      )}

      {data.answer && (
        <section className="lx-answer" aria-labelledby="lx-answer-title">
          <h2 id="lx-answer-title">{t('办理答复', 'The answer')}</h2>
          {data.outcome && <p className="lx-outcome">{label(outcomeLabels, data.outcome, lang)}</p>}
          <p className="lx-answer-text">{data.answer}</p>
          <p className="lx-muted lx-small">
            {[data.unitName, data.answeredAt ? formatTime(data.answeredAt, lang) : null]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {data.attachmentIds.length > 0 && (
            <ul className="lx-photos lx-photos-view" data-testid="track-attachments">
              {data.attachmentIds.map((id) => (
                <li key={id} className="lx-photo">
                  <TrackedPhoto code={data.trackingCode} token={token} fileId={id} kind="attachments" />
                </li>
              ))}
            </ul>
          )}
          {data.rating && (
            <p className="lx-rated">
              {t('您的评价：', 'Your rating: ')}
              <strong>{label(ratingLabels, data.rating, lang)}</strong>
            </p>
          )}
        </section>
      )}

      {data.canRate && <RatingForm code={data.trackingCode} token={token} />}
      {data.canReopen && <ReopenForm code={data.trackingCode} token={token} />}

      <section className="lx-section lx-section-flat">
        <h2>{t('办理进度', 'Progress')}</h2>
        <ol className="lx-timeline">
          {[...data.timeline].reverse().map((e, i) => (
            <li key={`${e.at}-${e.action}-${i}`} className={i === 0 ? 'lx-timeline-current' : undefined}>
              <strong>{e.title[lang]}</strong>
              <time dateTime={e.at}>{formatTime(e.at, lang)}</time>
              {e.note && <p className="lx-timeline-note">{e.note}</p>}
            </li>
          ))}
        </ol>
      </section>

      <section className="lx-section lx-section-flat">
        <h2>{t('我的意见建议', 'What I wrote')}</h2>
        <p className="lx-prose lx-pre">{data.content}</p>
        <dl className="lx-fields">
          <Row name={t('提交时间', 'Sent')}>{formatTime(data.submittedAt, lang)}</Row>
          <Row name={t('类别', 'Category')}>{data.category}</Row>
          <Row name={t('地点', 'Place')}>{data.regionName}</Row>
          <Row name={t('提交给', 'To')}>{[data.venueName, data.deputyName].filter(Boolean).join(' · ')}</Row>
          <Row name={t('承办单位', 'Handled by')}>{data.unitName}</Row>
        </dl>
        {data.photoIds.length > 0 && (
          <ul className="lx-photos lx-photos-view">
            {data.photoIds.map((id) => (
              <li key={id} className="lx-photo">
                <TrackedPhoto code={data.trackingCode} token={token} fileId={id} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="lx-muted lx-small lx-gap-top">
        <Link to="/suggest">{t('再提一条意见', 'Send another opinion')}</Link>
      </p>
    </article>
  )
}

function Row({ name, children }: { name: string; children: string | null | undefined }) {
  if (!children) return null
  return (
    <div className="lx-field">
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/**
 * Photos (the citizen's own, or the unit's attachments to its answer) need the access token in a header, so they
 * are fetched and shown from a blob URL.
 */
function TrackedPhoto({
  code,
  token,
  fileId,
  kind = 'photos',
}: {
  code: string
  token: string
  fileId: string
  kind?: 'photos' | 'attachments'
}) {
  const { t } = useLang()
  const [src, setSrc] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let url: string | null = null
    let cancelled = false
    fetch(`/api/public/suggestions/${encodeURIComponent(code)}/${kind}/${encodeURIComponent(fileId)}`, {
      headers: { 'X-Access-Token': token },
    })
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then((blob) => {
        if (cancelled) return
        url = URL.createObjectURL(blob)
        setSrc(url)
      })
      .catch(() => !cancelled && setFailed(true))
    return () => {
      cancelled = true
      if (url) URL.revokeObjectURL(url)
    }
  }, [code, token, fileId, kind])
  if (failed) return <span className="lx-photo-error">{t('照片加载失败', 'Could not load')}</span>
  const alt =
    kind === 'photos' ? t('我上传的照片', 'My photo') : t('办理照片', 'Photo from the handling unit')
  return src ? <img src={src} alt={alt} /> : <span className="lx-photo-loading" />
}

function useCitizenAction<B>(code: string, token: string, path: 'rating' | 'reopen') {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: B) =>
      path === 'rating'
        ? unwrap(
            api.POST('/api/public/suggestions/{trackingCode}/rating', {
              params: { path: { trackingCode: code }, header: { 'x-access-token': token } },
              body: body as { rating: Rating; comment?: string },
            }),
          )
        : unwrap(
            api.POST('/api/public/suggestions/{trackingCode}/reopen', {
              params: { path: { trackingCode: code }, header: { 'x-access-token': token } },
              body: body as { reason: string },
            }),
          ),
    onSuccess: (data) => queryClient.setQueryData(['public', 'tracking', code, token], data),
  })
}

function RatingForm({ code, token }: { code: string; token: string }) {
  const { t, lang } = useLang()
  const ids = useId()
  const [rating, setRating] = useState<Rating | null>(null)
  const [comment, setComment] = useState('')
  const rate = useCitizenAction<{ rating: Rating; comment?: string }>(code, token, 'rating')
  return (
    <section className="lx-rate" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('请您评价办理结果', 'How satisfied are you with the answer?')}</h2>
      <div className="lx-rate-buttons" role="group" aria-label={t('评价', 'Rating')}>
        {RATINGS.map((r) => (
          <button
            key={r}
            type="button"
            className={`lx-chip lx-rate-${r}`}
            aria-pressed={rating === r}
            onClick={() => setRating(r)}
          >
            {label(ratingLabels, r, lang)}
          </button>
        ))}
      </div>
      <label htmlFor={`${ids}-comment`} className="lx-label-small">
        {t('补充说明（选填）', 'Comment (optional)')}
      </label>
      <textarea
        id={`${ids}-comment`}
        rows={3}
        maxLength={500}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      {rate.error && (
        <p className="lx-form-error" role="alert">
          {rate.error instanceof ApiProblem
            ? t(rate.error.problem.message)
            : t('提交失败，请重试', 'Failed; try again')}
        </p>
      )}
      <button
        type="button"
        className="lx-button lx-button-primary lx-block"
        disabled={!rating || rate.isPending}
        onClick={() => rating && rate.mutate({ rating, comment: comment.trim() || undefined })}
      >
        {rate.isPending ? t('正在提交…', 'Sending…') : t('提交评价', 'Send rating')}
      </button>
    </section>
  )
}

function ReopenForm({ code, token }: { code: string; token: string }) {
  const { t } = useLang()
  const ids = useId()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const reopen = useCitizenAction<{ reason: string }>(code, token, 'reopen')
  if (!open) {
    return (
      <button type="button" className="lx-button lx-button-outline lx-block" onClick={() => setOpen(true)}>
        {t('申请重办', 'Ask for it to be handled again')}
      </button>
    )
  }
  return (
    <section className="lx-rate" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('申请重办', 'Ask for it to be handled again')}</h2>
      <p className="lx-muted lx-small">
        {t(
          '每条意见可申请重办一次，请说明对答复不满意的原因。',
          'You can ask once; say why the answer does not solve it.',
        )}
      </p>
      <label htmlFor={`${ids}-reason`} className="lx-label-small">
        {t('重办理由', 'Reason')}
      </label>
      <textarea
        id={`${ids}-reason`}
        rows={4}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {reopen.error && (
        <p className="lx-form-error" role="alert">
          {reopen.error instanceof ApiProblem
            ? t(reopen.error.problem.message)
            : t('提交失败，请重试', 'Failed; try again')}
        </p>
      )}
      <button
        type="button"
        className="lx-button lx-button-primary lx-block"
        disabled={reason.trim().length < 2 || reopen.isPending}
        onClick={() => reopen.mutate({ reason: reason.trim() })}
      >
        {t('提交重办申请', 'Send')}
      </button>
    </section>
  )
}
