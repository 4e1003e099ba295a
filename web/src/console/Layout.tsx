import { LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Layout, Menu, Segmented, Space, Spin, Tag, Typography } from 'antd'
import { Suspense, useState } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import { useLang } from '../shared/i18n'
import { label, roleLabels } from '../shared/labels'
import { useAuth, useMe } from './auth'
import type { NavItem } from './nav'

export function LanguageSwitch() {
  const { lang, setLang } = useLang()
  return (
    <Segmented
      size="small"
      value={lang}
      onChange={(value) => setLang(value as 'zh' | 'en')}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'English', value: 'en' },
      ]}
      aria-label="Language / 语言"
    />
  )
}

export function ConsoleLayout({ nav }: { nav: NavItem[] }) {
  const { t, lang } = useLang()
  const me = useMe()
  const { logout } = useAuth()
  const location = useLocation()
  const [collapsed, setCollapsed] = useState(false)
  const selected = nav.find((n) => location.pathname.startsWith(n.path))?.path
  return (
    <Layout className="lx-shell">
      <Layout.Sider
        width={216}
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        theme="light"
        className="lx-sider"
      >
        <div className="lx-logo">
          <span className="lx-logo-mark">连</span>
          {!collapsed && (
            <span className="lx-logo-text">
              <strong>{t('连心', 'Lianxin')}</strong>
              <small>{t('代表联络工作台', 'Deputy liaison console')}</small>
            </span>
          )}
        </div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={nav.map((n) => ({ key: n.path, icon: n.icon, label: <Link to={n.path}>{t(n.title)}</Link> }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="lx-header">
          <Typography.Text strong className="lx-header-title">
            {t('德清县人大代表联络平台', 'Deqing County deputy liaison platform')}
          </Typography.Text>
          <Space size="middle" wrap={false}>
            <Space size={4} className="lx-user">
              <UserOutlined />
              <span data-testid="user-name">{me.displayName}</span>
              {me.roles.map((r) => (
                <Tag key={`${r.role}-${r.scopeName}`} color="red" variant="filled">
                  {label(roleLabels, r.role, lang)}
                  {r.scopeName ? ` · ${r.scopeName}` : ''}
                </Tag>
              ))}
            </Space>
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              {t('退出登录', 'Sign out')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="lx-content">
          {me.mfaPending && (
            <Alert
              type="warning"
              showIcon
              className="lx-gap"
              title={t(
                '按照本系统的安全要求，请先设置两步验证，之后才能使用其他功能。',
                'This installation requires two-factor sign-in: set it up below before using the rest of the console.',
              )}
            />
          )}
          <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
