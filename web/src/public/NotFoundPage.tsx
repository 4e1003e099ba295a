import { useLang } from '../shared/i18n'
import { BackLink } from './components/common'

export function NotFoundPage() {
  const { t } = useLang()
  return (
    <article className="lx-detail">
      <BackLink />
      <div className="lx-notice">
        <h1>{t('页面不存在', 'Page not found')}</h1>
        <p>{t('您访问的页面不存在或已移动。', 'The page you asked for does not exist or has moved.')}</p>
      </div>
    </article>
  )
}
