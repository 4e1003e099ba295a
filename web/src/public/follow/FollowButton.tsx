import { Popup } from 'antd-mobile'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import '../components/form.css'
import './follow.css'
import { type TargetType, useConfirm, useSubscribe, useSubscriptionInfo } from './queries'

const RESEND_SECONDS = 60

/** The Atom feed of a town or a category (items have none of their own: their town's feed covers them). */
export const feedUrl = (type: TargetType, id: string) =>
  type === 'town'
    ? `/api/public/feeds/towns/${id}.atom`
    : type === 'category'
      ? `/api/public/feeds/categories/${id}.atom`
      : null

/**
 * 关注: follow a town, a category or one published item by SMS. A bottom sheet asks for a phone number, sends a
 * one-time code and confirms it; the answer carries the unsubscribe link. Where no SMS gateway is configured the
 * sheet offers the Atom feed instead.
 */
export function FollowButton({ type, id, name }: { type: TargetType; id: string; name: string }) {
  const { t } = useLang()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="lx-button lx-button-primary lx-follow-button"
        onClick={() => setOpen(true)}
      >
        {type === 'town'
          ? t('关注本镇', 'Follow this town')
          : type === 'category'
            ? t('关注此类', 'Follow this topic')
            : t('关注此事', 'Follow this matter')}
      </button>
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyClassName="lx-follow-sheet"
        destroyOnClose
      >
        <FollowSheet type={type} id={id} name={name} onDone={() => setOpen(false)} />
      </Popup>
    </>
  )
}

function FollowSheet({
  type,
  id,
  name,
  onDone,
}: {
  type: TargetType
  id: string
  name: string
  onDone: () => void
}) {
  const { t } = useLang()
  const ids = useId()
  const info = useSubscriptionInfo()
  const subscribe = useSubscribe()
  const confirm = useConfirm()
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [wait, setWait] = useState(0)
  useEffect(() => {
    if (wait <= 0) return
    const timer = setTimeout(() => setWait((w) => w - 1), 1000)
    return () => clearTimeout(timer)
  }, [wait])
  const noSms = info.data?.smsAvailable === false || subscribe.data?.smsAvailable === false
  const sent = subscribe.data?.smsAvailable === true
  const feed = feedUrl(type, id)
  const problem = (error: unknown) =>
    error instanceof ApiProblem
      ? t(error.problem.message)
      : error
        ? t('网络不畅，请重试', 'Network trouble; try again')
        : null

  const ask = (e: FormEvent) => {
    e.preventDefault()
    if (!phone.trim()) return
    confirm.reset()
    subscribe.mutate(
      { target: { type, id }, phone: phone.trim() },
      { onSuccess: (r) => r.smsAvailable && setWait(RESEND_SECONDS) },
    )
  }
  const check = (e: FormEvent) => {
    e.preventDefault()
    confirm.mutate({ phone: phone.trim(), code: code.trim() })
  }

  if (confirm.data)
    return (
      <div className="lx-follow-body" data-testid="follow-done">
        <h2>{t('关注成功', 'You are following it')}</h2>
        <p>
          {t(
            `「${confirm.data.target.name}」有新的公开答复或进展时，我们会发短信到 ${confirm.data.phoneMasked}。`,
            `When “${confirm.data.target.name}” has a new published answer or news, we text ${confirm.data.phoneMasked}.`,
          )}
        </p>
        <p className="lx-muted lx-small">
          {t(
            '每条短信都附有退订链接；也可以保存这个链接，随时退订：',
            'Each text carries a link to stop; you can also keep this one:',
          )}{' '}
          <a href={confirm.data.unsubscribeUrl}>{t('退订', 'Unsubscribe')}</a>
        </p>
        <button type="button" className="lx-button lx-button-primary lx-block" onClick={onDone}>
          {t('完成', 'Done')}
        </button>
      </div>
    )

  return (
    <div className="lx-follow-body">
      <h2>{t(`关注「${name}」`, `Follow “${name}”`)}</h2>
      <p className="lx-muted">
        {type === 'item'
          ? t(
              '这件事有公开答复或办理进展时，短信通知您。',
              'We text you when this matter is answered or moves on.',
            )
          : t(
              '有新的意见建议和答复公开时，短信通知您。',
              'We text you when new opinions and answers are published here.',
            )}
      </p>
      {noSms ? (
        <div className="lx-notice" role="status" data-testid="follow-no-sms">
          <p>{t('本站暂未开通短信通知。', 'This site cannot send text messages yet.')}</p>
          {feed && (
            <p>
              {t('您可以用 RSS 阅读器订阅：', 'Follow it in a feed reader instead:')}{' '}
              <a href={feed}>{t('订阅源（Atom）', 'Atom feed')}</a>
            </p>
          )}
        </div>
      ) : (
        <>
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
              {subscribe.error && (
                <p className="lx-form-error" role="alert">
                  {problem(subscribe.error)}
                </p>
              )}
            </div>
            <button
              type="submit"
              className={`lx-button ${sent ? 'lx-button-outline' : 'lx-button-primary'} lx-block`}
              disabled={subscribe.isPending || wait > 0 || !phone.trim()}
            >
              {subscribe.isPending
                ? t('正在发送…', 'Sending…')
                : wait > 0
                  ? t(`${wait} 秒后可重新获取`, `Ask again in ${wait} s`)
                  : sent
                    ? t('重新获取验证码', 'Send a new code')
                    : t('获取短信验证码', 'Text me a code')}
            </button>
          </form>
          {sent && (
            <form className="lx-form" onSubmit={check}>
              <p className="lx-notice lx-notice-info" role="status">
                {t(
                  `验证码已发送，${subscribe.data?.codeValidMinutes} 分钟内有效。`,
                  `A code is on its way; it is valid for ${subscribe.data?.codeValidMinutes} minutes.`,
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
                {confirm.error && (
                  <p className="lx-form-error" role="alert">
                    {problem(confirm.error)}
                  </p>
                )}
              </div>
              <button
                type="submit"
                className="lx-button lx-button-primary lx-block"
                disabled={code.length !== 6 || confirm.isPending}
              >
                {confirm.isPending ? t('正在确认…', 'Confirming…') : t('确认关注', 'Confirm')}
              </button>
            </form>
          )}
          {feed && (
            <p className="lx-muted lx-small lx-follow-feed">
              {t('不想留手机号？', 'Rather not give a number?')}{' '}
              <a href={feed}>{t('用 RSS 阅读器订阅（Atom）', 'Use the Atom feed')}</a>
            </p>
          )}
        </>
      )}
    </div>
  )
}
