import { ApiProblem } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import { supportedHere } from './device'
import './follow.css'
import { useAddSupport, useSupport } from './queries'

/**
 * 附议: "me too" on a published item still being handled. Shows the count; once this device has supported the
 * item the button is disabled; a refusal (already supported from this phone or device, or the matter answered)
 * is shown in words under it.
 */
export function SupportButton({ suggestionId }: { suggestionId: string }) {
  const { t } = useLang()
  const state = useSupport(suggestionId)
  const add = useAddSupport(suggestionId)
  const count = add.data?.count ?? state.data?.count
  const supported = Boolean(add.data?.supported || state.data?.supported || supportedHere(suggestionId))
  const open = state.data?.open !== false
  const error =
    add.error instanceof ApiProblem
      ? t(add.error.problem.message)
      : add.error
        ? t('网络不畅，请重试', 'Network trouble; try again')
        : null
  return (
    <div className="lx-support" data-testid="support">
      <button
        type="button"
        className={`lx-support-button${supported ? ' is-done' : ''}`}
        disabled={supported || !open || add.isPending || state.isPending}
        onClick={() => add.mutate()}
        aria-describedby={error ? `support-error-${suggestionId}` : undefined}
      >
        <span className="lx-support-label">
          {supported
            ? t('已附议', 'You support this')
            : open
              ? t('我也关注此事 · 附议', 'Me too · add my support')
              : t('已答复，不再附议', 'Answered; support closed')}
        </span>
        <span className="lx-support-count" data-testid="support-count">
          {count === undefined
            ? '…'
            : t(`${count} 人附议`, `${count} ${count === 1 ? 'supporter' : 'supporters'}`)}
        </span>
      </button>
      {error && (
        <p className="lx-support-error" role="alert" id={`support-error-${suggestionId}`}>
          {error}
        </p>
      )}
    </div>
  )
}
