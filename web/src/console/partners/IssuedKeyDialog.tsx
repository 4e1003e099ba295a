import { Alert, Button, Modal, Typography } from 'antd'
import type { IssuedPartnerKey } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'

/** The key just issued (and the webhook signing secret): shown this once, with a copy button each. */
export function IssuedKeyDialog({ issued, onClose }: { issued: IssuedPartnerKey; onClose: () => void }) {
  const { t } = useLang()
  const copy = (text: string) => ({ text, tooltips: [t('复制', 'Copy'), t('已复制', 'Copied')] })
  return (
    <Modal
      open
      width={560}
      title={t(`${issued.partner.name} 的 API 密钥`, `API key of ${issued.partner.name}`)}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('我已妥善保存', 'I have saved it')}
        </Button>
      }
    >
      <p>{t('API 密钥（请求头 Authorization: Bearer …）：', 'API key (header Authorization: Bearer …):')}</p>
      <Typography.Paragraph
        copyable={copy(issued.key)}
        className="lx-secret lx-mono"
        data-testid="issued-key"
      >
        {issued.key}
      </Typography.Paragraph>
      {issued.webhookSecret && (
        <>
          <p>
            {t(
              '推送签名密钥（校验 X-Lianxin-Signature）：',
              'Webhook signing secret (to check X-Lianxin-Signature):',
            )}
          </p>
          <Typography.Paragraph
            copyable={copy(issued.webhookSecret)}
            className="lx-secret lx-mono"
            data-testid="webhook-secret"
          >
            {issued.webhookSecret}
          </Typography.Paragraph>
        </>
      )}
      <Alert
        type="warning"
        showIcon
        title={t(
          '密钥只显示这一次，系统只保存其摘要，无法找回。请现在复制并通过安全渠道交给对方系统的管理员；遗失时请吊销并重新签发。',
          'The key is shown only now: only its hash is stored and it cannot be shown again. Copy it and hand it to the partner’s administrator by a safe channel; if it is lost, revoke it and issue a new one.',
        )}
      />
    </Modal>
  )
}
