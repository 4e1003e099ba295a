import { Link } from 'react-router'
import type { PublicAnswerItem } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, outcomeLabels } from '../../shared/labels'
import { daysTaken } from './format'

/** One published item in a list: its stage, the question's first lines, where, when, by whom, how long. */
export function AnswerCard({ item }: { item: PublicAnswerItem }) {
  const { t, lang } = useLang()
  return (
    <Link to={`/answers/${item.id}`} className="lx-card lx-answer-card" data-testid="answer-card">
      <div className="lx-card-head">
        <span className={`lx-stage lx-stage-${item.stage}`}>{item.stageLabel[lang]}</span>
        <span className="lx-muted lx-small">
          {[item.townName, item.categoryName].filter(Boolean).join(' · ')}
        </span>
      </div>
      <p className="lx-answer-question">{item.question}</p>
      <p className="lx-muted lx-small">
        {[
          t(`${item.receivedDay} 收到`, `Received ${item.receivedDay}`),
          item.answeredDay ? t(`${item.answeredDay} 答复`, `answered ${item.answeredDay}`) : null,
          item.unitName,
          item.workingDaysTaken !== null ? daysTaken(item.workingDaysTaken, t) : null,
          item.outcome ? label(outcomeLabels, item.outcome, lang) : null,
          item.supportCount > 0
            ? t(`${item.supportCount} 人附议`, `${item.supportCount} support this`)
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </Link>
  )
}
