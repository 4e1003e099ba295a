import { useEffect } from 'react'
import { Link, useSearchParams } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import { Loading } from '../components/common'
import './follow.css'
import { useUnsubscribe } from './queries'

/** 退订: the link in each update's SMS ends the subscription it was sent for. */
export function UnsubscribePage() {
  const { t } = useLang()
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''
  const end = useUnsubscribe()
  const { mutate } = end
  useEffect(() => {
    if (token) mutate(token)
  }, [token, mutate])
  return (
    <article className="lx-detail lx-follow-page" data-testid="unsubscribe">
      <header className="lx-detail-head">
        <h1>{t('退订', 'Unsubscribe')}</h1>
      </header>
      {!token ? (
        <p className="lx-notice">
          {t('链接不完整，请从短信中的链接打开。', 'The link is incomplete; open it from the text message.')}
        </p>
      ) : end.isPending || end.isIdle ? (
        <Loading />
      ) : end.data ? (
        <div className="lx-notice lx-notice-info" role="status">
          <p>
            {t(
              `已退订「${end.data.target.name}」，不会再收到相关短信。`,
              `You no longer follow “${end.data.target.name}” and will get no more texts about it.`,
            )}
          </p>
        </div>
      ) : (
        <p className="lx-notice" role="alert">
          {end.error instanceof ApiProblem && end.error.problem.status === 404
            ? t('没有找到这个关注，可能链接有误。', 'No such subscription; the link may be wrong.')
            : t('网络不畅，请重试', 'Network trouble; try again')}
        </p>
      )}
      <Link to="/" className="lx-button lx-button-outline lx-block">
        {t('返回首页', 'Back to home')}
      </Link>
    </article>
  )
}
