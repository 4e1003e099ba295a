import { Alert, Button, Form, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { Partner } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { applyProblemToForm } from '../components/list'
import { useSetWebhook } from './queries'

/**
 * A partner's webhook URL: set, changed or removed (left empty). A URL comes with a new signing secret, shown once
 * here with a copy button; the partner checks X-Lianxin-Signature with it.
 */
export function WebhookDialog({ partner, onClose }: { partner: Partner; onClose: () => void }) {
  const { t, lang } = useLang()
  const [form] = Form.useForm<{ webhookUrl?: string }>()
  const save = useSetWebhook()
  const [secret, setSecret] = useState<string | null | undefined>(undefined)
  const [formError, setFormError] = useState<string | null>(null)

  const submit = (v: { webhookUrl?: string }) => {
    setFormError(null)
    save.mutate(
      { id: partner.id, webhookUrl: v.webhookUrl?.trim() || null },
      {
        onSuccess: (r) => setSecret(r.webhookSecret),
        onError: (error) => {
          if (!applyProblemToForm(form, error, lang))
            setFormError(error instanceof ApiProblem ? t(error.problem.message) : String(error))
        },
      },
    )
  }

  const done = secret !== undefined
  return (
    <Modal
      open
      width={560}
      title={t(`${partner.name} 的推送地址`, `Webhook of ${partner.name}`)}
      onCancel={onClose}
      destroyOnHidden
      footer={
        done ? (
          <Button type="primary" onClick={onClose}>
            {secret ? t('我已妥善保存', 'I have saved it') : t('关闭', 'Close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
              {t('保存', 'Save')}
            </Button>
          </>
        )
      }
    >
      {formError && <Alert className="lx-gap" type="error" showIcon title={formError} />}
      {done ? (
        secret ? (
          <>
            <p>{t('新的推送签名密钥：', 'The new webhook signing secret:')}</p>
            <Typography.Paragraph
              copyable={{ text: secret, tooltips: [t('复制', 'Copy'), t('已复制', 'Copied')] }}
              className="lx-secret lx-mono"
              data-testid="webhook-secret"
            >
              {secret}
            </Typography.Paragraph>
            <Alert
              type="warning"
              showIcon
              title={t(
                '签名密钥只显示这一次，旧密钥已失效。请交给对方系统的管理员。',
                'The secret is shown only now and the old one no longer signs. Hand it to the partner’s administrator.',
              )}
            />
          </>
        ) : (
          <Alert type="info" showIcon title={t('已停止推送。', 'Pushes stopped.')} />
        )
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ webhookUrl: partner.webhookUrl ?? '' }}
        >
          <Form.Item
            name="webhookUrl"
            label={t('推送地址（Webhook）', 'Webhook URL')}
            extra={t(
              '保存后签发新的签名密钥；留空则停止推送。',
              'Saving issues a new signing secret; leave it empty to stop the pushes.',
            )}
            rules={[{ pattern: /^https?:\/\/\S+$/, message: t('请填写 http(s) 地址', 'An http(s) URL') }]}
          >
            <Input maxLength={500} placeholder="https://" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  )
}
