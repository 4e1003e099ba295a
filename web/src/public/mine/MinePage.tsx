import { useState } from 'react'
import { Link } from 'react-router'
import { useLang } from '../../shared/i18n'
import { BackLink } from '../components/common'
import { formatDay } from '../track/format'
import './mine.css'
import { forgetItem, type MyItem, trackingLink, useMyItems } from './store'

/** 我的意见: what this device remembers of the citizen's own submissions; no account. */
export function MinePage() {
  const { t } = useLang()
  const items = useMyItems()
  return (
    <article className="lx-detail lx-mine">
      <BackLink />
      <header className="lx-detail-head">
        <h1>{t('我的意见', 'My opinions')}</h1>
        <p className="lx-muted lx-lead">
          {t(
            '这里列出在这台手机（或电脑）上提交或找回的意见建议，不需要注册账号。点一条即可查看办理进度。',
            'The opinions sent or found again on this phone (or computer); no account needed. Tap one to see its progress.',
          )}
        </p>
      </header>
      {items.length === 0 ? (
        <div className="lx-notice lx-notice-info" data-testid="mine-empty">
          <p>{t('这台设备上还没有记录。', 'Nothing is remembered on this device yet.')}</p>
          <p>
            {t(
              '换了手机或清除了浏览器数据？如果提交时留了手机号码，可以用手机号找回。',
              'New phone, or cleared the browser? If you gave a phone number, you can find your opinions with it.',
            )}
          </p>
        </div>
      ) : (
        <ul className="lx-mine-list" data-testid="mine-list">
          {items.map((item) => (
            <MineRow key={item.trackingCode} item={item} />
          ))}
        </ul>
      )}
      <div className="lx-mine-actions">
        <Link to="/mine/recover" className="lx-button lx-button-outline lx-block">
          {t('用手机号找回我的意见', 'Find my opinions by phone number')}
        </Link>
        <Link to="/suggest" className="lx-button lx-button-primary lx-block">
          {t('提意见', 'Give an opinion')}
        </Link>
      </div>
      <p className="lx-muted lx-small lx-gap-top">
        {t(
          '记录只保存在本机的浏览器里。在公用设备上用完后，可以把记录从本机移除。',
          'The list is kept only in this browser. On a shared device, remove your items when you are done.',
        )}
      </p>
    </article>
  )
}

function MineRow({ item }: { item: MyItem }) {
  const { t, lang } = useLang()
  const [confirming, setConfirming] = useState(false)
  return (
    <li className="lx-mine-item" data-testid="mine-item">
      <Link to={trackingLink(item)} className="lx-mine-open">
        <span className="lx-mine-top">
          <span className="lx-code-inline">{item.trackingCode}</span>
          {item.statusLabel && <span className="lx-mine-status">{item.statusLabel[lang]}</span>}
        </span>
        {item.summary && <span className="lx-mine-summary">{item.summary}</span>}
        <span className="lx-muted lx-small">
          {t('提交于 ', 'Sent ')}
          {formatDay(item.submittedAt, lang)}
          {item.seenAt && item.statusLabel
            ? t(
                `，状态更新于 ${formatDay(item.seenAt, lang)}`,
                ` · status as of ${formatDay(item.seenAt, lang)}`,
              )
            : ''}
        </span>
      </Link>
      {confirming ? (
        <span className="lx-mine-forget">
          <span className="lx-small">{t('从本机移除这条记录？', 'Remove it from this device?')}</span>
          <button type="button" className="lx-link-button" onClick={() => forgetItem(item.trackingCode)}>
            {t('移除', 'Remove')}
          </button>
          <button type="button" className="lx-link-button" onClick={() => setConfirming(false)}>
            {t('取消', 'Cancel')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="lx-link-button lx-mine-forget-open"
          onClick={() => setConfirming(true)}
        >
          {t('从本机移除', 'Remove from this device')}
        </button>
      )}
    </li>
  )
}
