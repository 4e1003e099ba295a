import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import type { SubmitResult, Tracking } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { noteStatus } from '../mine/store'
import { formatTime } from '../track/format'
import { useTracking } from '../track/queries'

/**
 * 提交成功: the tracking code, the tracking link to keep (it holds the access key, shown in full only here) and
 * what happens next, from the clocks the server fixed at intake. Laid out to fit one phone screenshot.
 */
export function Receipt({ receipt }: { receipt: SubmitResult }) {
  const { t } = useLang()
  const link = `${window.location.origin}${receipt.trackingUrl}`
  const tracking = useTracking(receipt.trackingCode, receipt.accessToken)
  const seen = tracking.data
  useEffect(() => {
    if (seen) noteStatus(seen.trackingCode, seen.status, seen.statusLabel)
  }, [seen])
  return (
    <article className="lx-detail lx-receipt" data-testid="receipt">
      <div className="lx-receipt-head">
        <span className="lx-receipt-mark" aria-hidden="true">
          ✓
        </span>
        <h1>{t('提交成功', 'Sent')}</h1>
      </div>
      <div className="lx-receipt-code">
        <span className="lx-muted lx-small">{t('查询编号', 'Tracking code')}</span>
        <strong className="lx-code" data-testid="tracking-code">
          {receipt.trackingCode}
        </strong>
      </div>

      <NextSteps data={tracking.data} />

      <section className="lx-save-link">
        <h2>{t('保存查询链接', 'Keep your tracking link')}</h2>
        <p>
          {t(
            '凭这个链接查看进度、答复和评价。请复制保存或截图；链接里有您的查询密钥，不要发给他人。',
            'This link shows the progress and the answer and lets you rate it. Copy it or take a screenshot; it holds your access key, so do not share it.',
          )}
        </p>
        <p className="lx-link-text" data-testid="tracking-link">
          {link}
        </p>
        <ShareButtons link={link} code={receipt.trackingCode} />
        <p className="lx-muted lx-small">
          {t(
            '这条意见也已记在本机的「我的意见」里。留了手机号码的，换手机后可以用手机号找回。',
            'It is also remembered in “My opinions” on this device. If you gave a phone number, you can find it again by phone on another one.',
          )}
        </p>
      </section>
      <div className="lx-receipt-actions">
        <Link to={receipt.trackingUrl} className="lx-button lx-button-primary">
          {t('查看办理进度', 'See the progress')}
        </Link>
        <Link to="/mine" className="lx-button lx-button-outline">
          {t('我的意见', 'My opinions')}
        </Link>
      </div>
    </article>
  )
}

/** 接下来: accepted by …, answered within N working days of assignment (the server's figures, never guessed). */
function NextSteps({ data }: { data: Tracking | undefined }) {
  const { t, lang } = useLang()
  if (!data) return <section className="lx-next" aria-busy="true" />
  const { acceptBy, answerWithinWorkingDays: days } = data.nextSteps
  return (
    <section className="lx-next" data-testid="next-steps">
      <h2>{t('接下来', 'What happens next')}</h2>
      <ol>
        <li>
          <strong>{t('受理', 'Accepted')}</strong>
          <span data-testid="accept-by">
            {t(`${formatTime(acceptBy, lang)} 前受理`, `by ${formatTime(acceptBy, lang)}`)}
          </span>
        </li>
        <li>
          <strong>{t('答复', 'Answered')}</strong>
          <span data-testid="answer-within">
            {t(
              `交办承办单位后 ${days} 个工作日内答复您`,
              `within ${days} working day${days === 1 ? '' : 's'} of being assigned to a unit`,
            )}
          </span>
        </li>
        <li>
          <strong>{t('评价', 'Rate it')}</strong>
          <span>{t('收到答复后，请您评价是否满意', 'once answered, tell us whether you are satisfied')}</span>
        </li>
      </ol>
    </section>
  )
}

function ShareButtons({ link, code }: { link: string; code: string }) {
  const { t } = useLang()
  const [copied, setCopied] = useState<boolean | null>(null)
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function'
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setCopied(true)
    } catch {
      // No clipboard (plain http, old browser): a long-press on the link copies it.
      setCopied(false)
    }
  }
  const share = async () => {
    try {
      await navigator.share({ title: t(`意见查询 ${code}`, `Tracking ${code}`), url: link })
    } catch {
      // Cancelled, or refused: nothing to say.
    }
  }
  return (
    <>
      <div className="lx-share">
        <button type="button" className="lx-button lx-button-primary" onClick={() => void copy()}>
          {t('复制链接', 'Copy the link')}
        </button>
        {canShare && (
          <button type="button" className="lx-button lx-button-outline" onClick={() => void share()}>
            {t('分享给自己', 'Share to myself')}
          </button>
        )}
      </div>
      {copied === true && (
        <p className="lx-ok" role="status">
          {t('已复制', 'Copied')}
        </p>
      )}
      {copied === false && (
        <p className="lx-muted" role="status">
          {t(
            '无法自动复制，请长按上面的链接手动复制，或直接截图。',
            'Could not copy automatically; long-press the link above to copy it, or take a screenshot.',
          )}
        </p>
      )}
    </>
  )
}
