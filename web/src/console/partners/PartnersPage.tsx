import { KeyOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Badge, Button, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { IssuedPartnerKey, Partner, PartnerKey, PartnerKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, partnerKindLabels, partnerScopeLabels } from '../../shared/labels'
import { ListError, PageHead, useListParams, usePagination } from '../components/list'
import { IssuedKeyDialog } from './IssuedKeyDialog'
import { PartnerForm } from './PartnerForm'
import { useIssueKey, usePartners, useRevokeKey } from './queries'
import { WebhookDialog } from './WebhookDialog'
import '../components/admin.css'
import './partners.css'

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—')

/**
 * 外部系统 (county admins): the province's platform, the 12345 hotline and the town platforms that call the
 * partner API, each with its keys. A key is shown once when issued; the list shows its first characters only.
 */
export function PartnersPage() {
  const { t, lang } = useLang()
  const { message, modal } = App.useApp()
  const list = useListParams([] as const)
  const partners = usePartners({ limit: list.limit, offset: list.offset })
  const issueKey = useIssueKey()
  const revoke = useRevokeKey()
  const [creating, setCreating] = useState(false)
  const [issued, setIssued] = useState<IssuedPartnerKey | null>(null)
  const [hooking, setHooking] = useState<Partner | null>(null)
  const fail = (e: unknown) => message.error(e instanceof ApiProblem ? t(e.problem.message) : String(e))

  const newKey = (p: Partner) =>
    modal.confirm({
      title: t(`为“${p.name}”签发新密钥？`, `Issue a new key to “${p.name}”?`),
      content: t(
        '新密钥的权限与该系统最近一把密钥相同；旧密钥仍然有效，待对方换用后再吊销。',
        'The new key has the scopes of its latest key; the old keys keep working until you revoke them.',
      ),
      okText: t('签发', 'Issue'),
      cancelText: t('取消', 'Cancel'),
      onOk: () =>
        issueKey
          .mutateAsync({
            id: p.id,
            scopes: p.keys[0]?.scopes ?? (p.kind === 'platform' ? ['platform_reply'] : ['intake', 'status']),
          })
          .then(setIssued, fail),
    })

  const revokeKey = (p: Partner, k: PartnerKey) =>
    modal.confirm({
      title: t(`吊销密钥 ${k.prefix}…？`, `Revoke the key ${k.prefix}…?`),
      content: t(
        '吊销后使用该密钥的请求立即被拒绝（401），不可恢复。',
        'Requests with this key are refused (401) from now on; this cannot be undone.',
      ),
      okText: t('吊销', 'Revoke'),
      okButtonProps: { danger: true },
      cancelText: t('取消', 'Cancel'),
      onOk: () =>
        revoke
          .mutateAsync({ id: p.id, keyId: k.id })
          .then(() => message.success(t('已吊销', 'Revoked')), fail),
    })

  const keyLine = (p: Partner, k: PartnerKey) => (
    <div key={k.id} className="lx-partner-key" data-testid={`key-${k.prefix}`}>
      <Typography.Text className="lx-mono">{k.prefix}…</Typography.Text>
      {k.scopes.map((s) => (
        <Tag key={s}>{label(partnerScopeLabels, s, lang)}</Tag>
      ))}
      {k.revokedAt ? (
        <Badge status="default" text={t(`已吊销 ${day(k.revokedAt)}`, `Revoked ${day(k.revokedAt)}`)} />
      ) : (
        <>
          <Badge status="success" text={t('有效', 'Active')} />
          <Typography.Text type="secondary" className="lx-cell-sub">
            {t(`最近使用 ${day(k.lastUsedAt)}`, `Last used ${day(k.lastUsedAt)}`)}
          </Typography.Text>
          <Button size="small" type="link" danger onClick={() => revokeKey(p, k)}>
            {t('吊销', 'Revoke')}
          </Button>
        </>
      )}
    </div>
  )

  return (
    <>
      <PageHead
        title={t('外部系统', 'Partner systems')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('接入外部系统', 'Register a partner')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">
        {t(
          '省代表履职平台、12345 热线和一室四平台通过接口提交事项、查询状态、答复交办；接口文档见 /api/docs（partner、open311）。',
          'The province’s platform, the 12345 hotline and the town platforms hand items in, read their status and reply to assignments through the API; see /api/docs (partner, open311).',
        )}
      </Typography.Paragraph>
      <ListError error={partners.error} />
      <Table<Partner>
        rowKey="id"
        size="middle"
        loading={partners.isFetching}
        dataSource={partners.data?.items}
        pagination={usePagination(list, partners.data?.total)}
        className="lx-admin-table"
        columns={[
          {
            title: t('系统', 'System'),
            dataIndex: 'name',
            render: (v: string, p) => (
              <>
                <div>{v}</div>
                <div className="lx-cell-sub">
                  {[label(partnerKindLabels, p.kind, lang), p.unitName].filter(Boolean).join(' · ')}
                </div>
                <div className="lx-cell-sub lx-break">
                  {p.webhookUrl ?? t('未设置推送地址', 'No webhook')}
                </div>
                <Button size="small" type="link" icon={<LinkOutlined />} onClick={() => setHooking(p)}>
                  {t('推送地址', 'Webhook')}
                </Button>
              </>
            ),
          },
          {
            title: t('类别', 'Kind'),
            dataIndex: 'kind',
            width: 150,
            responsive: ['lg'],
            render: (v: PartnerKind) => label(partnerKindLabels, v, lang),
          },
          {
            title: t('API 密钥', 'API keys'),
            key: 'keys',
            render: (_: unknown, p) => (
              <Space orientation="vertical" size={4} className="lx-partner-keys">
                {p.keys.map((k) => keyLine(p, k))}
                <Button size="small" icon={<KeyOutlined />} onClick={() => newKey(p)}>
                  {t('签发新密钥', 'Issue a new key')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {creating && (
        <PartnerForm
          onClose={() => setCreating(false)}
          onIssued={(i) => {
            setCreating(false)
            setIssued(i)
          }}
        />
      )}
      {issued && <IssuedKeyDialog issued={issued} onClose={() => setIssued(null)} />}
      {hooking && <WebhookDialog partner={hooking} onClose={() => setHooking(null)} />}
    </>
  )
}
