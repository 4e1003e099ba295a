import { PlusOutlined } from '@ant-design/icons'
import { App, Badge, Button, Input, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { Account, Role } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, roleLabels } from '../../shared/labels'
import { countyDateTime } from '../../shared/time'
import { useMe } from '../auth'
import { ListError, PageHead, useListParams, usePagination } from '../components/list'
import { AccountForm } from './AccountForm'
import { useAccounts, useUpdateAccount } from './queries'
import { ResetPasswordDialog } from './ResetPasswordDialog'
import '../components/admin.css'

/** 账号管理: the county's staff and deputy accounts, their roles and scopes, created and kept by county admins. */
export function AccountsPage() {
  const { t, lang } = useLang()
  const me = useMe()
  const { message, modal } = App.useApp()
  const list = useListParams(['role', 'q'] as const)
  const role = list.filters.role as Role | undefined
  const accounts = useAccounts({ role, q: list.filters.q, limit: list.limit, offset: list.offset })
  const update = useUpdateAccount()
  const [editing, setEditing] = useState<{ account: Account | null } | null>(null)
  const [resetting, setResetting] = useState<Account | null>(null)

  const change = (a: Account, body: { active?: boolean; unlock?: boolean }, done: string) =>
    update.mutate(
      { id: a.id, body },
      {
        onSuccess: () => message.success(done),
        onError: (e) => message.error(e instanceof ApiProblem ? t(e.problem.message) : String(e)),
      },
    )
  const toggle = (a: Account) =>
    a.active
      ? modal.confirm({
          title: t(`停用 ${a.displayName}（${a.username}）？`, `Disable ${a.displayName} (${a.username})?`),
          content: t(
            '停用后该账号不能登录，已登录的会话立即退出；之后可随时启用。',
            'The account can no longer sign in and its sessions end at once; you can enable it again later.',
          ),
          okText: t('停用', 'Disable'),
          okButtonProps: { danger: true },
          cancelText: t('取消', 'Cancel'),
          onOk: () => change(a, { active: false }, t('已停用', 'Disabled')),
        })
      : change(a, { active: true }, t('已启用', 'Enabled'))

  const rolesOf = (a: Account) => (
    <Space size={[4, 4]} wrap>
      {a.roles.map((g) => (
        <Tag key={`${g.role}-${g.regionCode}-${g.venueId}-${g.unitId}`} className="lx-tag-wrap">
          {label(roleLabels, g.role, lang)}
          {g.scopeName ? ` · ${g.scopeName}` : ''}
        </Tag>
      ))}
    </Space>
  )
  const statusOf = (a: Account) => (
    <Space size={[8, 2]} wrap>
      {a.active ? (
        <Badge status="success" text={t('启用', 'Active')} />
      ) : (
        <Badge status="default" text={t('已停用', 'Disabled')} />
      )}
      {a.locked && <Tag color="orange">{t('已锁定', 'Locked')}</Tag>}
      {a.passwordMustChange && <Tag color="gold">{t('临时密码', 'Temporary password')}</Tag>}
    </Space>
  )
  const actionsOf = (a: Account) => {
    // One's own account is changed from the account page: the server refuses self-lockout.
    const self = a.id === me.id
    return (
      <div className="lx-row-actions">
        <Button size="small" type="link" onClick={() => setEditing({ account: a })} disabled={self}>
          {t('编辑', 'Edit')}
        </Button>
        <Button size="small" type="link" onClick={() => setResetting(a)} disabled={self}>
          {t('重置密码', 'Reset password')}
        </Button>
        <Button size="small" type="link" danger={a.active} onClick={() => toggle(a)} disabled={self}>
          {a.active ? t('停用', 'Disable') : t('启用', 'Enable')}
        </Button>
        {a.locked && (
          <Button
            size="small"
            type="link"
            onClick={() => change(a, { unlock: true }, t('已解锁', 'Unlocked'))}
          >
            {t('解锁', 'Unlock')}
          </Button>
        )}
      </div>
    )
  }

  return (
    <>
      <PageHead
        title={t('账号管理', 'Accounts')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ account: null })}>
            {t('新建账号', 'New account')}
          </Button>
        }
      />
      <div className="lx-toolbar">
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('全部角色', 'All roles')}
          value={list.filters.role}
          onChange={(v) => list.setFilter('role', v)}
          options={codesOf(roleLabels).map((r) => ({ value: r, label: label(roleLabels, r, lang) }))}
          aria-label={t('角色', 'Role')}
        />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('用户名或姓名', 'Username or name')}
          defaultValue={list.filters.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
      </div>
      <ListError error={accounts.error} />
      <Table<Account>
        rowKey="id"
        size="middle"
        className="lx-accounts"
        loading={accounts.isFetching}
        dataSource={accounts.data?.items}
        pagination={usePagination(list, accounts.data?.total)}
        columns={[
          {
            title: t('账号', 'Account'),
            key: 'who',
            render: (_, a) => (
              <>
                <div>{a.displayName}</div>
                <div className="lx-cell-sub lx-mono">{a.username}</div>
                {/* On a phone the other columns fold under the name. */}
                <div className="lx-phone-only lx-phone-stack">
                  {rolesOf(a)}
                  {statusOf(a)}
                  {actionsOf(a)}
                </div>
              </>
            ),
          },
          {
            title: t('角色与范围', 'Roles and scopes'),
            key: 'roles',
            responsive: ['md'],
            render: (_, a) => rolesOf(a),
          },
          {
            title: t('状态', 'Status'),
            key: 'status',
            width: 130,
            responsive: ['md'],
            render: (_, a) => statusOf(a),
          },
          {
            title: t('最近登录', 'Last sign-in'),
            dataIndex: 'lastLoginAt',
            width: 170,
            responsive: ['lg'],
            render: (v: string | null) => (v ? countyDateTime(v) : '—'),
          },
          {
            title: t('操作', 'Actions'),
            key: 'actions',
            width: 190,
            responsive: ['md'],
            render: (_, a) => actionsOf(a),
          },
        ]}
      />
      {editing && <AccountForm account={editing.account} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} />}
    </>
  )
}
