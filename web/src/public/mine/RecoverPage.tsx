import { type FormEvent, useEffect, useId, useState } from 'react'
import { Link } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import type { RecoveredItem } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import '../components/form.css'
import { formatDay } from '../track/format'
import './mine.css'
import { useRecoveryInfo, useRequestCode, useVerifyCode } from './queries'
import { trackingLink } from './store'

const RESEND_SECONDS = 60

/** 用手机号找回: phone → a one-time code by SMS → the items, remembered on this device. */
export function RecoverPage() {
  const { t } = useLang()
  const ids = useId()
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const request = useRequestCode()
  const info = useRecoveryInfo()
  const noSms = info.data?.smsAvailable === false || request.data?.smsAvailable === false
  const verify = useVerifyCode()
  const [wait, setWait] = useState(0)
  useEffect(() => {
    if (wait <= 0) return
    const timer = setTimeout(() => setWait((w) => w - 1), 1000)
    return () => clearTimeout(timer)
  }, [wait])

  const ask = (e?: FormEvent) => {
    e?.preventDefault()
    if (!phone.trim()) return
    verify.reset()
    request.mutate(phone.trim(), { onSuccess: (r) => r.smsAvailable && setWait(RESEND_SECONDS) })
  }
  const check = (e: FormEvent) => {
    e.preventDefault()
    verify.mutate({ phone: phone.trim(), code: code.trim() })
  }
  const sent = request.data?.smsAvailable === true
  const problemOf = (error: unknown, field: string) =>
    error instanceof ApiProblem && (error.problem.field === field || !error.problem.field)
      ? t(error.problem.message)
      : error && !(error instanceof ApiProblem)
        ? t('网络不畅，请重试', 'Network trouble; try again')
        : null

  if (verify.data) return <Recovered items={verify.data.items} />

  return (
    <article className="lx-detail lx-form-page lx-recover">
      <Link to="/mine" className="lx-back">
        ‹ {t('我的意见', 'My opinions')}
      </Link>
      <header className="lx-detail-head">
        <h1>{t('用手机号找回我的意见', 'Find my opinions by phone number')}</h1>
        <p className="lx-muted lx-lead">
          {t(
            '如果提交意见时留了手机号码，输入这个号码，我们会发送一条短信验证码，验证后即可看到用这个号码提交的意见。',
            'If you gave a phone number with your opinions, enter it: we text you a code, and with it you see the opinions sent with that number.',
          )}
        </p>
      </header>

      {noSms ? (
        <div className="lx-notice" role="alert" data-testid="recover-no-sms">
          <p>
            {t(
              '本站暂未开通短信验证，目前不能用手机号找回。',
              'This site cannot send text messages yet, so opinions cannot be found by phone here.',
            )}
          </p>
          <p>
            {t(
              '您可以到就近的人大代表联络站，或打电话给联络站，工作人员会帮您查询办理情况。',
              'Visit or call your nearest deputies’ liaison station: the staff will look up your opinions for you.',
            )}
          </p>
          <p>
            <Link to="/#venues">{t('查看联络站地址和电话', 'Liaison stations, addresses and phones')}</Link>
          </p>
        </div>
      ) : null}

      {!noSms && (
        <form className="lx-form" onSubmit={ask}>
          <div className="lx-form-row">
            <label htmlFor={`${ids}-phone`}>{t('手机号码', 'Phone number')}</label>
            <input
              id={`${ids}-phone`}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              required
            />
            {request.error && (
              <p className="lx-form-error" role="alert">
                {problemOf(request.error, 'body.phone')}
              </p>
            )}
          </div>
          <button
            type="submit"
            className={`lx-button ${sent ? 'lx-button-outline' : 'lx-button-primary'} lx-block`}
            disabled={request.isPending || wait > 0 || !phone.trim()}
          >
            {request.isPending
              ? t('正在发送…', 'Sending…')
              : wait > 0
                ? t(`${wait} 秒后可重新获取`, `Ask again in ${wait} s`)
                : sent
                  ? t('重新获取验证码', 'Send a new code')
                  : t('获取短信验证码', 'Text me a code')}
          </button>
        </form>
      )}

      {sent && (
        <form className="lx-form lx-gap-top" onSubmit={check}>
          <p className="lx-notice lx-notice-info lx-recover-sent" role="status">
            {t(
              `如果这个号码提交过意见，验证码短信已经发出，${request.data?.codeValidMinutes} 分钟内有效。没收到？稍等一会儿，或核对号码后重新获取。`,
              `If this number sent opinions, a code is on its way; it is valid for ${request.data?.codeValidMinutes} minutes. Nothing came? Wait a moment, or check the number and ask again.`,
            )}
          </p>
          <div className="lx-form-row">
            <label htmlFor={`${ids}-code`}>
              {t('短信验证码（6 位数字）', 'Code from the text (6 digits)')}
            </label>
            <input
              id={`${ids}-code`}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              required
            />
            {verify.error && (
              <p className="lx-form-error" role="alert">
                {problemOf(verify.error, 'body.code') ?? problemOf(verify.error, 'body.phone')}
              </p>
            )}
          </div>
          <button
            type="submit"
            className="lx-button lx-button-primary lx-block"
            disabled={code.length !== 6 || verify.isPending}
          >
            {verify.isPending ? t('正在验证…', 'Checking…') : t('验证并查看', 'Check and show')}
          </button>
        </form>
      )}
    </article>
  )
}

function Recovered({ items }: { items: RecoveredItem[] }) {
  const { t, lang } = useLang()
  return (
    <article className="lx-detail lx-recover" data-testid="recovered">
      <Link to="/mine" className="lx-back">
        ‹ {t('我的意见', 'My opinions')}
      </Link>
      <header className="lx-detail-head">
        <h1>
          {items.length > 0
            ? t(
                `找到 ${items.length} 条意见`,
                `${items.length} opinion${items.length === 1 ? '' : 's'} found`,
              )
            : t('没有找到意见', 'No opinions found')}
        </h1>
        <p className="lx-muted lx-lead">
          {items.length > 0
            ? t(
                '已保存到本机的「我的意见」，以后在这台设备上可以直接查看。',
                'They are saved in “My opinions” on this device for next time.',
              )
            : t(
                '这个手机号码没有提交过意见建议。如果是用别的号码提交的，请换那个号码再试。',
                'No opinions were sent with this number. If you used another number, try that one.',
              )}
        </p>
      </header>
      <ul className="lx-mine-list">
        {items.map((item) => (
          <li key={item.trackingCode} className="lx-mine-item" data-testid="recovered-item">
            <Link
              to={trackingLink({ trackingCode: item.trackingCode, accessKey: item.accessToken })}
              className="lx-mine-open"
            >
              <span className="lx-mine-top">
                <span className="lx-code-inline">{item.trackingCode}</span>
                <span className="lx-mine-status">{item.statusLabel[lang]}</span>
              </span>
              <span className="lx-mine-summary">{item.summary}</span>
              <span className="lx-muted lx-small">
                {t('提交于 ', 'Sent ')}
                {formatDay(item.submittedAt, lang)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link to="/mine" className="lx-button lx-button-outline lx-block">
        {t('查看我的意见', 'See my opinions')}
      </Link>
    </article>
  )
}
