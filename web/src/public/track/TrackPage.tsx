import { useEffect } from 'react'
import { useLocation, useNavigate, useParams } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import { LoadError, Loading } from '../components/common'
import { noteStatus, rememberedKey } from '../mine/store'
import { LookupPage } from './LookupPage'
import { useTracking } from './queries'
import { TrackingView } from './TrackingView'
import { forgetToken, recalledToken, rememberToken } from './token'
import './track.css'

/**
 * Reads the access key from #key=… (#token=… in links given before) once, keeps it for this tab and takes it out of the address bar; without one,
 * the key this tab or this device's 我的意见 remembers.
 */
function useAccessToken(code: string | undefined): string | null {
  const location = useLocation()
  const navigate = useNavigate()
  const fromHash = /(?:^#|&)(?:key|token)=([^&]+)/.exec(location.hash)?.[1]
  const token = fromHash
    ? decodeURIComponent(fromHash)
    : code
      ? (recalledToken(code) ?? rememberedKey(code))
      : null
  useEffect(() => {
    if (!code || !fromHash) return
    rememberToken(code, decodeURIComponent(fromHash))
    navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true })
  }, [code, fromHash, location.pathname, location.search, navigate])
  return token
}

/** /track/:code: the item's progress for the holder of its tracking link. */
export function TrackPage() {
  const { code } = useParams()
  const { t } = useLang()
  const token = useAccessToken(code)
  const tracking = useTracking(code, token)
  const seen = tracking.data
  useEffect(() => {
    if (seen) noteStatus(seen.trackingCode, seen.status, seen.statusLabel)
  }, [seen])
  if (!code || !token) return <LookupPage code={code} />
  if (tracking.isPending) return <Loading />
  if (tracking.isError) {
    const notFound = tracking.error instanceof ApiProblem && [400, 404].includes(tracking.error.status)
    if (notFound) {
      return (
        <LookupPage
          code={code}
          notice={t(
            '没有找到这条意见建议：查询编号或查询密钥不正确。请核对您保存的查询链接。',
            'No item found: the tracking code or the access key is wrong. Please check the link you saved.',
          )}
          onRetry={() => forgetToken(code)}
        />
      )
    }
    return <LoadError error={tracking.error} onRetry={() => tracking.refetch()} />
  }
  return <TrackingView data={tracking.data} token={token} />
}
