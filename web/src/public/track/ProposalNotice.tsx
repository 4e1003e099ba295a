import type { Tracking } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, proposalOutcomeLabels } from '../../shared/labels'
import { formatTime } from './format'

/**
 * 您反映的问题已被代表吸纳为代表建议: each formal proposal that took the item up, with its state and, once answered,
 * the unit's answer and its outcome class.
 */
export function ProposalNotice({ proposals }: { proposals: Tracking['proposals'] }) {
  const { t, lang } = useLang()
  if (proposals.length === 0) return null
  return (
    <>
      {proposals.map((p) => (
        <section
          key={p.title}
          className="lx-notice lx-notice-info lx-proposal-notice"
          data-testid="track-proposal"
          aria-label={t('代表建议', 'Deputy proposal')}
        >
          <p>
            {t(
              `您反映的问题已被${p.leadDeputyName}代表吸纳为代表建议《${p.title}》`,
              `Deputy ${p.leadDeputyName} took up your item in the formal proposal “${p.title}”`,
            )}
            {' · '}
            <strong>{p.statusLabel[lang]}</strong>
          </p>
          {p.answer && (
            <>
              {p.outcome && <p className="lx-outcome">{label(proposalOutcomeLabels, p.outcome, lang)}</p>}
              <p className="lx-answer-text">{p.answer}</p>
              {p.answeredAt && <p className="lx-muted lx-small">{formatTime(p.answeredAt, lang)}</p>}
            </>
          )}
        </section>
      ))}
    </>
  )
}
