import { EyeOutlined } from '@ant-design/icons'
import { Button, Space, Typography } from 'antd'
import { ApiProblem } from '../../../shared/api/problem'
import type { SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { useRevealContact } from '../queries'

/** The citizen's contact, masked; staff who may reveal it see it in clear once asked (audited). */
export function Contact({ detail }: { detail: SuggestionDetail }) {
  const { t } = useLang()
  const reveal = useRevealContact(detail.id)
  if (!detail.contactNameMasked && !detail.contactPhoneMasked) {
    return <Typography.Text type="secondary">{t('未留联系方式', 'None given')}</Typography.Text>
  }
  const name = reveal.data ? reveal.data.name : detail.contactNameMasked
  const phone = reveal.data ? reveal.data.phone : detail.contactPhoneMasked
  return (
    <Space direction="vertical" size={2}>
      <Space size={8} wrap>
        {name && <span>{name}</span>}
        {phone && (
          <span className="lx-mono" data-testid="contact-phone">
            {phone}
          </span>
        )}
        {detail.canRevealContact && !reveal.data && (
          <Button
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() => reveal.mutate()}
          >
            {t('查看', 'Reveal')}
          </Button>
        )}
      </Space>
      {reveal.data && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('本次查看已记入审计日志。', 'This reveal has been recorded in the audit log.')}
        </Typography.Text>
      )}
      {reveal.error && (
        <Typography.Text type="danger">
          {reveal.error instanceof ApiProblem ? t(reveal.error.problem.message) : t('查看失败', 'Failed')}
        </Typography.Text>
      )}
    </Space>
  )
}
