import { Alert, Button, Modal, Typography } from 'antd'
import { ApiProblem } from '../../shared/api/problem'
import type { Account } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { useResetPassword } from './queries'

/**
 * Resetting an account's password: confirm, then the temporary password is shown once (the server keeps only its
 * hash), to copy and hand over; its holder must replace it at the next sign-in.
 */
export function ResetPasswordDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useLang()
  const reset = useResetPassword()
  const issued = reset.data?.temporaryPassword
  return (
    <Modal
      open
      title={t('重置密码', 'Reset password')}
      onCancel={onClose}
      maskClosable={!issued}
      footer={
        issued ? (
          <Button type="primary" onClick={onClose}>
            {t('已记下，关闭', 'Noted, close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
            <Button type="primary" danger loading={reset.isPending} onClick={() => reset.mutate(account.id)}>
              {t('重置并生成临时密码', 'Reset and issue a temporary password')}
            </Button>
          </>
        )
      }
    >
      {reset.error && (
        <Alert
          className="lx-gap"
          type="error"
          showIcon
          title={reset.error instanceof ApiProblem ? t(reset.error.problem.message) : String(reset.error)}
        />
      )}
      {issued ? (
        <>
          <p>
            {t(
              `${account.displayName}（${account.username}）的临时密码：`,
              `Temporary password of ${account.displayName} (${account.username}):`,
            )}
          </p>
          <Typography.Paragraph
            copyable={{ text: issued, tooltips: [t('复制', 'Copy'), t('已复制', 'Copied')] }}
            className="lx-temp-password"
            data-testid="temporary-password"
          >
            {issued}
          </Typography.Paragraph>
          <Alert
            type="warning"
            showIcon
            title={t(
              '此密码只显示这一次，请现在复制并当面或通过安全渠道交给本人。本人用它登录后须立即设置自己的新密码。',
              'This password is shown only now: copy it and hand it over in person or by a safe channel. Its holder must set their own password right after signing in with it.',
            )}
          />
        </>
      ) : (
        <p>
          {t(
            `将为 ${account.displayName}（${account.username}）生成一个临时密码，原密码立即失效，该账号已登录的会话全部退出。`,
            `A temporary password will be issued to ${account.displayName} (${account.username}): the current password stops working at once and the account's sessions end.`,
          )}
        </p>
      )}
    </Modal>
  )
}
