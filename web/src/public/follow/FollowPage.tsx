import { Link, useSearchParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { countyDateTime } from '../../shared/time'
import { BackLink, LoadError, Loading } from '../components/common'
import { FollowButton } from './FollowButton'
import './follow.css'
import { useFollowTown } from './queries'
import { SupportButton } from './SupportButton'

/** 关注本镇: follow a town by SMS or its feed, and add support (附议) to its published items still being handled. */
export function FollowPage() {
  const { t, lang } = useLang()
  const [params] = useSearchParams()
  const code = params.get('town') ?? ''
  const town = useFollowTown(code)
  if (!/^\d{12}$/.test(code))
    return (
      <article className="lx-detail lx-follow-page">
        <BackLink />
        <p className="lx-notice">
          {t('请先在首页选择一个镇（街道）。', 'Choose a town on the home page first.')}
        </p>
        <Link to="/#towns" className="lx-button lx-button-primary lx-block">
          {t('选择镇（街道）', 'Choose your town')}
        </Link>
      </article>
    )
  if (town.isPending) return <Loading />
  if (town.isError) return <LoadError error={town.error} onRetry={() => town.refetch()} />
  const name = lang === 'en' && town.data.nameEn ? town.data.nameEn : town.data.name
  return (
    <article className="lx-detail lx-follow-page" data-testid="follow-page">
      <BackLink />
      <header className="lx-detail-head">
        <h1>{t(`关注${name}`, `Follow ${name}`)}</h1>
        <p className="lx-muted lx-lead">
          {t(
            '本镇的意见建议经群众同意、隐去个人信息后公开。关注本镇，有新的公开意见和答复时短信通知您；对仍在办理的事项，您可以附议，让办理单位知道有更多人关心。',
            'Opinions from this town are published with their senders’ consent and without personal data. Follow the town to get a text when new ones and their answers are published; add your support to those still being handled so the handlers know more people care.',
          )}
        </p>
      </header>
      <div className="lx-follow-actions">
        <FollowButton type="town" id={town.data.code} name={town.data.name} />
        <a className="lx-follow-feed-link" href={town.data.feedUrl}>
          {t('订阅源（Atom）', 'Atom feed')}
        </a>
      </div>
      <h2 className="lx-follow-subhead">{t('最新公开', 'Latest published')}</h2>
      {town.data.latest.length === 0 ? (
        <p className="lx-empty">
          {t('本镇暂时还没有公开的意见建议。', 'Nothing has been published in this town yet.')}
        </p>
      ) : (
        <ul className="lx-follow-list">
          {town.data.latest.map((item) => (
            <li key={item.id} className="lx-follow-item" data-testid="follow-item">
              <p className="lx-follow-question">{item.question}</p>
              <p className="lx-muted lx-small">
                {t('公开于 ', 'Published ')}
                {countyDateTime(item.publishedAt)}
                {item.answered ? t(' · 已答复', ' · answered') : ''}
              </p>
              <SupportButton suggestionId={item.id} />
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
