import { Alert, Button, Space, Tag } from 'antd'
import { useLang } from '../../shared/i18n'
import { useAuth, useMe } from '../auth'
import { useQueue, useSyncStatus } from './hooks'
import { discard, retry } from './store'
import { syncNow } from './sync'

/**
 * The state of this phone's queue: offline, what waits, what the server refused (with its message and the
 * choices: send again, or drop this phone's copy), and a session that has to be signed in again.
 * `group` narrows it to one reception or round.
 */
export function SyncBar({ group }: { group?: string }) {
  const { t } = useLang()
  const me = useMe()
  const status = useSyncStatus()
  const { logout } = useAuth()
  const ops = useQueue(me.id).filter((o) => !group || o.group === group)
  const pending = ops.filter((o) => o.state === 'pending').length
  const conflicts = ops.filter((o) => o.state === 'conflict')
  return (
    <div className="lx-sync" data-testid="sync-bar">
      {!status.online && (
        <Alert
          type="warning"
          showIcon
          data-testid="offline-banner"
          title={t(
            '离线 — 记录已保存在本机，联网后自动同步',
            'Offline — records are kept on this phone and sync when online',
          )}
        />
      )}
      {status.signInNeeded && (
        <Alert
          type="error"
          showIcon
          title={t(
            '登录已过期：重新登录后，本机记录将自动同步',
            'Signed out: sign in again and the records on this phone will sync',
          )}
          action={
            <Button size="small" onClick={() => void logout()}>
              {t('重新登录', 'Sign in')}
            </Button>
          }
        />
      )}
      <Space wrap size={8} className="lx-sync-line">
        {pending > 0 ? (
          <Tag color="orange" data-testid="pending-count">
            {t(`待同步 ${pending} 项`, `${pending} waiting to sync`)}
          </Tag>
        ) : conflicts.length > 0 ? null : (
          <Tag color="green">{t('本机记录均已同步', 'Everything on this phone is synced')}</Tag>
        )}
        {pending > 0 && status.online && (
          <Button size="small" loading={status.syncing} onClick={() => void syncNow()}>
            {t('立即同步', 'Sync now')}
          </Button>
        )}
      </Space>
      {conflicts.map((op) => (
        <Alert
          key={op.seq}
          type="error"
          showIcon
          data-testid="sync-conflict"
          title={t('冲突：服务器未接受这条记录', 'Conflict: the server did not accept this record')}
          description={
            <>
              {op.error && (
                <div>
                  {op.error.zh}（{op.error.en}）
                </div>
              )}
              <Space wrap size={8} className="lx-sync-choices">
                <Button size="small" onClick={() => void retry(op).then(() => syncNow())}>
                  {t('重试', 'Retry')}
                </Button>
                <Button size="small" danger onClick={() => void discard(op)}>
                  {t('放弃本机记录', 'Discard this phone’s copy')}
                </Button>
              </Space>
            </>
          }
        />
      ))}
    </div>
  )
}
