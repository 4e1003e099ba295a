import { Alert, Button, Card, Typography } from 'antd'
import type { SuggestionAction, SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { ACTION_SPECS, type OfferedSpec } from '../actions'

/** 办理操作: a button for each action the user may take now (the detail's `allowedActions`), in loop order. */
export function ActionBar({
  detail: d,
  onAct,
}: {
  detail: SuggestionDetail
  onAct: (action: SuggestionAction) => void
}) {
  const { t } = useLang()
  const available = ACTION_SPECS.filter(
    (s): s is OfferedSpec => s.offered && d.allowedActions.includes(s.action),
  )
  return (
    <Card
      title={t('办理操作', 'Actions')}
      size="small"
      data-testid="action-panel"
      className={available.length ? 'lx-action-panel-live' : undefined}
    >
      {available.length === 0 ? (
        <Typography.Text type="secondary">
          {t('当前没有需要您处理的操作。', 'Nothing for you to do on this item now.')}
        </Typography.Text>
      ) : (
        <div className="lx-actions">
          {available.map((s) => (
            <Button key={s.action} type={s.button} danger={s.danger} onClick={() => onAct(s.action)}>
              {t(s.label)}
            </Button>
          ))}
        </div>
      )}
      {d.extensionRequest && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t(
            `承办单位申请延期 ${d.extensionRequest.days} 个工作日`,
            `Extension of ${d.extensionRequest.days} working days requested`,
          )}
          description={<span className="lx-content-text">{d.extensionRequest.reason}</span>}
        />
      )}
    </Card>
  )
}
