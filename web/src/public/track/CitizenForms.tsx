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

/** 申请重办: once, with the reason the answer does not solve it. */
export function ReopenForm({ code, token }: { code: string; token: string }) {
  const { t } = useLang()
  const ids = useId()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const reopen = useReopenSuggestion(code, token)
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
