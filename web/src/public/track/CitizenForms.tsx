import { useId, useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { Rating } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, ratingLabels } from '../../shared/labels'
import '../components/form.css'
import { useRateSuggestion, useReopenSuggestion } from './queries'

// The citizen's two actions on an answered item.

/** 请您评价办理结果: one of three ratings and an optional comment. */
export function RatingForm({ code, token }: { code: string; token: string }) {
  const { t, lang } = useLang()
  const ids = useId()
  const [rating, setRating] = useState<Rating | null>(null)
  const [comment, setComment] = useState('')
  const rate = useRateSuggestion(code, token)
  return (
    <section className="lx-rate" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('请您评价办理结果', 'How satisfied are you with the answer?')}</h2>
      <fieldset className="lx-rate-buttons" aria-label={t('评价', 'Rating')}>
        {codesOf(ratingLabels).map((r) => (
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
      </fieldset>
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

/** After rating: thanks; to a citizen who was not satisfied, a word that they can ask for it to be handled again. */
export function RatedThanks({ rating }: { rating: Rating }) {
  const { t } = useLang()
  return (
    <section className="lx-thanks" data-testid="rated-thanks" role="status">
      <h2>{t('感谢您的评价', 'Thank you for your rating')}</h2>
      <p>
        {rating === 'dissatisfied'
          ? t(
              '很抱歉没能让您满意。您的评价会转给承办单位和人大常委会；如果问题还没有解决，可以在下面申请重新办理。',
              'We are sorry it did not satisfy you. Your rating goes to the unit and the standing committee; if the problem is not solved, you can ask below for it to be handled again.',
            )
          : t(
              '您的评价会转给承办单位和人大常委会，帮助我们把工作做得更好。',
              'Your rating goes to the unit and the standing committee and helps us do better.',
            )}
      </p>
    </section>
  )
}

/**
 * 申请重新办理: once, with the reason the answer does not solve it. After a "dissatisfied" rating it is a button;
 * otherwise (`quiet`) a plain link, so that it is never the most prominent thing on the page.
 */
export function ReopenForm({ code, token, quiet }: { code: string; token: string; quiet?: boolean }) {
  const { t } = useLang()
  const ids = useId()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const reopen = useReopenSuggestion(code, token)
  if (!open) {
    return quiet ? (
      <p className="lx-reopen-quiet">
        <button type="button" className="lx-link-button" onClick={() => setOpen(true)}>
          {t('还有问题？申请重新办理', 'Still a problem? Ask for it to be handled again')}
        </button>
      </p>
    ) : (
      <button type="button" className="lx-button lx-button-outline lx-block" onClick={() => setOpen(true)}>
        {t('申请重新办理', 'Ask for it to be handled again')}
      </button>
    )
  }
  return (
    <section className="lx-rate" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('申请重新办理', 'Ask for it to be handled again')}</h2>
      <p className="lx-muted lx-small">
        {t(
          '每条意见可申请重新办理一次，请说明答复没有解决的问题。',
          'You can ask once; say why the answer does not solve it.',
        )}
      </p>
      <label htmlFor={`${ids}-reason`} className="lx-label-small">
        {t('申请理由', 'Reason')}
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
        {t('提交申请', 'Send')}
      </button>
    </section>
  )
}
