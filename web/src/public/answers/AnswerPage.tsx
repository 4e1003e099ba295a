import { Link, useParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { label, outcomeLabels, ratingLabels } from '../../shared/labels'
import { LoadError, Loading } from '../components/common'
import { FollowButton } from '../follow/FollowButton'
import { SupportButton } from '../follow/SupportButton'
import { formatTime } from '../track/format'
import { daysTaken } from './format'
import { useAnswer } from './queries'
import '../track/track.css'
import './answers.css'

/** One published item: the question, the answer, who answered, how long it took, the outcome, its progress. */
export function AnswerPage() {
  const { id } = useParams()
  const { t, lang } = useLang()
  const answer = useAnswer(id)
  if (answer.isPending) return <Loading />
  if (answer.isError) return <LoadError error={answer.error} />
  const a = answer.data
  return (
    <article className="lx-detail" data-testid="answer-page">
      <Link to="/answers" className="lx-back">
        ‹ {t('办理公开', 'Published answers')}
      </Link>
      <header className="lx-detail-head">
        <h1>
          <span className={`lx-stage lx-stage-${a.stage}`}>{a.stageLabel[lang]}</span>
        </h1>
        <p className="lx-muted lx-small">
          {[a.townName, a.categoryName, t(`${a.receivedDay} 收到`, `Received ${a.receivedDay}`)]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>

      <section className="lx-section lx-section-flat">
        <h2>{t('群众意见', 'The opinion')}</h2>
        <p className="lx-prose lx-pre" data-testid="answer-question">
          {a.question}
        </p>
      </section>

      <section className="lx-answer-actions" aria-label={t('附议与关注', 'Support and follow')}>
        <SupportButton suggestionId={a.id} />
        <FollowButton type="item" id={a.id} name={a.question.slice(0, 24)} />
      </section>

      {a.answer ? (
        <section className="lx-answer" aria-labelledby="lx-answer-title">
          <h2 id="lx-answer-title">{t('办理答复', 'The answer')}</h2>
          {a.outcome && <p className="lx-outcome">{label(outcomeLabels, a.outcome, lang)}</p>}
          <p className="lx-answer-text" data-testid="answer-text">
            {a.answer}
          </p>
          <dl className="lx-answer-facts">
            <div>
              <dt>{t('承办单位', 'Responsible unit')}</dt>
              <dd data-testid="answer-unit">{a.unitName ?? t('当场答复，未交办', 'Answered on the spot')}</dd>
            </div>
            <div>
              <dt>{t('办理用时（工作日）', 'Time taken (working days)')}</dt>
              <dd data-testid="answer-days">
                {a.workingDaysTaken === null ? '—' : daysTaken(a.workingDaysTaken, t)}
              </dd>
            </div>
            <div>
              <dt>{t('答复日期', 'Answered on')}</dt>
              <dd>{a.answeredDay ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('群众评价', 'Citizen’s rating')}</dt>
              <dd>{a.rating ? label(ratingLabels, a.rating, lang) : t('未评价', 'Not rated')}</dd>
            </div>
          </dl>
          <p className="lx-answers-note">
            {t(
              '办理用时按县工作日历计算，自受理计时起至答复，不含周末和法定节假日。',
              'Time taken counts the county’s working days from the start of the clock to the answer, without weekends and public holidays.',
            )}
          </p>
        </section>
      ) : (
        <div className="lx-notice lx-notice-info">
          <p>
            {t(
              '此件正在办理中，答复后将在此公开。',
              'This item is being handled; the answer will be published here.',
            )}
          </p>
        </div>
      )}

      <section className="lx-section lx-section-flat">
        <h2>{t('办理进度', 'Progress')}</h2>
        <ol className="lx-timeline">
          {[...a.timeline].reverse().map((e, i) => (
            <li key={`${e.at}-${e.action}`} className={i === 0 ? 'lx-timeline-current' : undefined}>
              <strong>{e.label[lang]}</strong>
              <time dateTime={e.at}>{formatTime(e.at, lang)}</time>
            </li>
          ))}
        </ol>
      </section>
      <p className="lx-muted lx-small lx-gap-top">
        <Link to="/suggest">{t('我也要提意见', 'Send an opinion')}</Link>
      </p>
    </article>
  )
}
