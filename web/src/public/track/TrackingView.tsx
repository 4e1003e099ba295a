import { Link } from 'react-router'
import type { Tracking } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, outcomeLabels, ratingLabels } from '../../shared/labels'
import { BackLink } from '../components/common'
import '../components/photos.css'
import { RatedThanks, RatingForm, ReopenForm } from './CitizenForms'
import { formatTime } from './format'
import { ProposalNotice } from './ProposalNotice'
import { TrackedPhoto } from './TrackedPhoto'

/** The item as its citizen sees it: status, the answer, rating or reopening, progress and what was sent. */
export function TrackingView({ data, token }: { data: Tracking; token: string }) {
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

      <NextDeadline data={data} />

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

      <ProposalNotice proposals={data.proposals} />

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
      {data.rating && <RatedThanks rating={data.rating} />}
      {data.canReopen && (
        // Offered plainly only to a citizen who was not satisfied; otherwise a quiet link.
        <ReopenForm code={data.trackingCode} token={token} quiet={data.rating !== 'dissatisfied'} />
      )}

      <section className="lx-section lx-section-flat">
        <h2>{t('办理进度', 'Progress')}</h2>
        <ol className="lx-timeline">
          {[...data.timeline].reverse().map((e, i) => (
            // A step is one action at one moment: that pair names it, wherever new steps push it in the list.
            <li key={`${e.at}-${e.action}`} className={i === 0 ? 'lx-timeline-current' : undefined}>
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
          <Row name={t('公开', 'Publication')}>
            {data.publishConsent
              ? t('同意隐去个人信息后公开', 'Agreed to publication without personal details')
              : t('不公开', 'Not to be published')}
          </Row>
        </dl>
        {data.publicUrl && (
          <p className="lx-small" data-testid="track-public-link">
            <Link to={data.publicUrl}>{t('查看公开页面', 'See the public page')}</Link>
          </p>
        )}
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

/** By when the next step is due, from the server's clocks: acceptance, then the answer once assigned. */
function NextDeadline({ data }: { data: Tracking }) {
  const { t, lang } = useLang()
  if (data.answer || data.status === 'rejected' || data.status === 'closed') return null
  const { acceptBy, answerBy, answerWithinWorkingDays: days } = data.nextSteps
  const text =
    data.status === 'submitted'
      ? t(
          `${formatTime(acceptBy, lang)} 前受理；交办后 ${days} 个工作日内答复`,
          `To be accepted by ${formatTime(acceptBy, lang)}; answered within ${days} working days of assignment`,
        )
      : answerBy
        ? t(`${formatTime(answerBy, lang)} 前答复您`, `To be answered by ${formatTime(answerBy, lang)}`)
        : t(`交办后 ${days} 个工作日内答复`, `Answered within ${days} working days of assignment`)
  return (
    <p className="lx-next-line" data-testid="track-next">
      {text}
    </p>
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
