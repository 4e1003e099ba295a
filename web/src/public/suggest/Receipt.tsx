import { useRef, useState } from 'react'
import { Link } from 'react-router'
import type { SubmitResult } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'

/** 提交成功: the tracking code and the tracking link to keep (it holds the secret, shown only here). */
export function Receipt({ receipt }: { receipt: SubmitResult }) {
  const { t } = useLang()
  const link = `${window.location.origin}${receipt.trackingUrl}`
  const [copied, setCopied] = useState<boolean | null>(null)
  const linkRef = useRef<HTMLInputElement>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setCopied(true)
    } catch {
      // No clipboard (plain http, old browser): select the text so a long-press copies it.
      linkRef.current?.select()
      setCopied(false)
    }
  }
  return (
    <article className="lx-detail lx-receipt">
      <div className="lx-receipt-head">
        <span className="lx-receipt-mark" aria-hidden="true">
          ✓
        </span>
        <h1>{t('提交成功', 'Sent')}</h1>
        <p className="lx-muted">
          {t('我们会尽快受理，请留意办理进度。', 'We will accept it shortly; follow its progress below.')}
        </p>
      </div>
      <dl className="lx-fields">
        <div className="lx-field">
          <dt>{t('查询编号', 'Tracking code')}</dt>
          <dd>
            <strong className="lx-code" data-testid="tracking-code">
              {receipt.trackingCode}
            </strong>
          </dd>
        </div>
      </dl>
      <section className="lx-save-link">
        <h2>{t('保存查询链接', 'Save your tracking link')}</h2>
        <p>
          {t(
            '凭这个链接查看进度和答复、评价办理结果。链接中含有您的专属密钥，请复制保存或截图，不要发给他人；遗失后无法找回。',
            'This link shows the progress and the answer and lets you rate it. It holds your private key: copy or screenshot it and do not share it; it cannot be recovered if lost.',
          )}
        </p>
        <input
          ref={linkRef}
          className="lx-link-box"
          readOnly
          value={link}
          aria-label={t('查询链接', 'Tracking link')}
        />
        <button type="button" className="lx-button lx-button-primary lx-block" onClick={() => void copy()}>
          {t('复制查询链接', 'Copy the tracking link')}
        </button>
        {copied === true && (
          <p className="lx-ok" role="status">
            {t('已复制', 'Copied')}
          </p>
        )}
        {copied === false && (
          <p className="lx-muted" role="status">
            {t(
              '无法自动复制，请长按上面的链接手动复制。',
              'Could not copy automatically; long-press the link above to copy it.',
            )}
          </p>
        )}
      </section>
      <Link to={receipt.trackingUrl} className="lx-button lx-button-outline lx-block">
        {t('查看办理进度', 'See the progress')}
      </Link>
    </article>
  )
}
