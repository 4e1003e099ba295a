import { type FormEvent, useId, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { useLang } from '../../shared/i18n'
import { BackLink } from '../components/common'
import '../components/form.css'
import { rememberToken } from './token'

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
          '打开提交时保存的查询链接即可查看。也可以在下面输入查询编号和查询密钥（查询密钥是链接末尾 “=” 号后面的那一串字母和数字）。',
          'Open the tracking link you saved, or type the tracking code and the access key (the letters and digits at the very end of the link, after the last “=”).',
        )}
      </p>
      <p className="lx-muted lx-lead">
        <Link to="/mine">
          {t('在这台设备上提交过？查看「我的意见」', 'Sent from this device? See “My opinions”')}
        </Link>
        <br />
        <Link to="/mine/recover">
          {t(
            '链接丢了？提交时留了手机号的，可以用手机号找回',
            'Lost the link? If you gave a phone number, find it by phone',
          )}
        </Link>
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
