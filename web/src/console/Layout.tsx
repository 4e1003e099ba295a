import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons'
import {
  Alert,
  Button,
  Drawer,
  Layout,
  Menu,
  type MenuProps,
  Segmented,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd'
import { lazy, Suspense, useEffect, useState } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import { useLang } from '../shared/i18n'
import { labelOf, roleLabels } from '../shared/labels'
import { useAuth, useMe } from './auth'
import { useIsPhone } from './components/phone'
import type { NavItem } from './nav'

// The inbox loads after the shell: the console's first paint does not wait for its list and popover.
const NotificationBell = lazy(() =>
  import('./notifications/NotificationBell').then((m) => ({ default: m.NotificationBell })),
)

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
  const phone = useIsPhone()
  const [drawerOpen, setDrawerOpen] = useState(false)
  // Following a link closes the phone's menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address is the trigger
  useEffect(() => setDrawerOpen(false), [location.pathname])
  const showBell = !me.mfaPending && !me.passwordMustChange && nav.some((n) => n.path === '/suggestions')
  // The deepest menu entry the address is under (/suggestions/<id> selects the queue).
  const selected = nav
    .filter((n) => location.pathname === n.path || location.pathname.startsWith(`${n.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path
  const menuItems: MenuProps['items'] = []
  for (const n of nav) {
    const leaf = { key: n.path, icon: n.icon, label: <Link to={n.path}>{t(n.title)}</Link> }
    if (!n.group) {
      menuItems.push(leaf)
      continue
    }
    const group = n.group
    const existing = menuItems.find((m) => m?.key === group.key) as { children: unknown[] } | undefined
    if (existing) existing.children.push(leaf)
    else menuItems.push({ key: group.key, icon: group.icon, label: t(group.title), children: [leaf] })
  }
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={[...new Set(nav.flatMap((n) => (n.group ? [n.group.key] : [])))]}
      items={menuItems}
    />
  )
  return (
    <Layout className="lx-shell">
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          title={<Logo collapsed={false} />}
          className="lx-nav-drawer"
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      ) : (
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
            <Logo collapsed={collapsed} />
          </div>
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="lx-header">
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              onClick={() => setDrawerOpen(true)}
              aria-label={t('菜单', 'Menu')}
              data-testid="nav-toggle"
            />
          )}
          <Typography.Text strong className="lx-header-title">
            {t('德清县人大代表联络平台', 'Deqing County deputy liaison platform')}
          </Typography.Text>
          <Space size="middle" wrap={false}>
            <Space size={4} className="lx-user">
              <UserOutlined />
              <span data-testid="user-name">{me.displayName}</span>
              {me.roles.map((r) => (
                <Tag key={`${r.role}-${r.scopeName}`} color="red" variant="filled">
                  {labelOf(roleLabels, r.role, lang)}
                  {r.scopeName ? ` · ${r.scopeName}` : ''}
                </Tag>
              ))}
            </Space>
            {showBell && (
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
            )}
            <LanguageSwitch />
            <Button
              icon={<LogoutOutlined />}
              onClick={() => void logout()}
              aria-label={t('退出登录', 'Sign out')}
              title={t('退出登录', 'Sign out')}
            >
              {phone ? null : t('退出登录', 'Sign out')}
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
          {me.passwordMustChange && (
            <Alert
              type="warning"
              showIcon
              className="lx-gap"
              title={t(
                '您正在使用管理员发放的临时密码，请先在下方设置自己的新密码，之后才能使用其他功能。',
                'You signed in with a temporary password an administrator issued: set your own below before using the rest of the console.',
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

function Logo({ collapsed }: { collapsed: boolean }) {
  const { t } = useLang()
  return (
    <span className="lx-logo-inner">
      <span className="lx-logo-mark">连</span>
      {!collapsed && (
        <span className="lx-logo-text">
          <strong>{t('连心', 'Lianxin')}</strong>
          <small>{t('代表联络工作台', 'Deputy liaison console')}</small>
        </span>
      )}
    </span>
  )
}
