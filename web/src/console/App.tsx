import { App as AntApp, ConfigProvider, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { type ComponentType, lazy, useEffect } from 'react'
import { Navigate, Route, Routes, useLocation } from 'react-router'
import { useLang } from '../shared/i18n'
import { LoginPage } from './account/LoginPage'
import { useAuth } from './auth'
import { ConsoleLayout } from './Layout'
import { navFor } from './nav'

// Each page is its own chunk, so signing in does not wait for every table and form of the console.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })))

const SuggestionDetailPage = page(() => import('./suggestions/DetailPage'), 'DetailPage')
const RecordPage = page(() => import('./records/RecordsPage'), 'RecordPage')

const PAGES: Record<string, ComponentType> = {
  '/workspace': page(() => import('./workspace/WorkspacePage'), 'WorkspacePage'),
  '/suggestions': page(() => import('./suggestions/QueuePage'), 'QueuePage'),
  '/suggestions/new': page(() => import('./suggestions/IntakePage'), 'IntakePage'),
  '/deputies': page(() => import('./deputies/DeputiesPage'), 'DeputiesPage'),
  '/venues': page(() => import('./venues/VenuesPage'), 'VenuesPage'),
  '/groups': page(() => import('./groups/GroupsPage'), 'GroupsPage'),
  '/regions': page(() => import('./regions/RegionsPage'), 'RegionsPage'),
  '/grids': page(() => import('./regions/GridsPage'), 'GridsPage'),
  '/units': page(() => import('./units/UnitsPage'), 'UnitsPage'),
  '/import': page(() => import('./imports/ImportPage'), 'ImportPage'),
  '/accounts': page(() => import('./accounts/AccountsPage'), 'AccountsPage'),
  '/categories': page(() => import('./catalog/CategoriesPage'), 'CategoriesPage'),
  '/partners': page(() => import('./partners/PartnersPage'), 'PartnersPage'),
  '/audit': page(() => import('./audit/AuditPage'), 'AuditPage'),
  '/integrity': page(() => import('./integrity/IntegrityPage'), 'IntegrityPage'),
  '/calendar': page(() => import('./calendar/CalendarPage'), 'CalendarPage'),
  '/duty': page(() => import('./duty/DutyPage'), 'DutyPage'),
  '/records': page(() => import('./records/RecordsPage'), 'RecordsPage'),
  '/account': page(() => import('./account/AccountPage'), 'AccountPage'),
  '/rounds': page(() => import('./rounds/RoundsPage'), 'RoundsPage'),
  '/receptions': page(() => import('./recording/ReceptionsPage'), 'ReceptionsPage'),
  '/projects': page(() => import('./projects/ProjectsPage'), 'ProjectsPage'),
  '/sites': page(() => import('./projects/SitesPage'), 'SitesPage'),
  '/proposals': page(() => import('./proposals/ProposalsPage'), 'ProposalsPage'),
}

/** Pages under a menu entry, reached from its page (path → the entry that opens them). */
const SUBPAGES: { path: string; under: string; Page: ComponentType }[] = [
  {
    path: '/rounds/new',
    under: '/rounds',
    Page: page(() => import('./rounds/RoundFormPage'), 'RoundFormPage'),
  },
  {
    path: '/rounds/:id/edit',
    under: '/rounds',
    Page: page(() => import('./rounds/RoundFormPage'), 'RoundFormPage'),
  },
  { path: '/rounds/:id', under: '/rounds', Page: page(() => import('./rounds/RoundPage'), 'RoundPage') },
  {
    path: '/receptions/new',
    under: '/receptions',
    Page: page(() => import('./recording/NewReceptionPage'), 'NewReceptionPage'),
  },
  {
    path: '/receptions/:id',
    under: '/receptions',
    Page: page(() => import('./recording/ReceptionPage'), 'ReceptionPage'),
  },
  {
    path: '/sites/new',
    under: '/sites',
    Page: page(() => import('./projects/SiteFormPage'), 'SiteFormPage'),
  },
  {
    path: '/sites/:id/edit',
    under: '/sites',
    Page: page(() => import('./projects/SiteFormPage'), 'SiteFormPage'),
  },
  {
    path: '/sites/:id/report',
    under: '/sites',
    Page: page(() => import('./projects/ReportPage'), 'ReportPage'),
  },
  { path: '/sites/:id', under: '/sites', Page: page(() => import('./projects/SitePage'), 'SitePage') },
  {
    path: '/proposals/new',
    under: '/proposals',
    Page: page(() => import('./proposals/ProposalFormPage'), 'ProposalFormPage'),
  },
  {
    path: '/proposals/:id/edit',
    under: '/proposals',
    Page: page(() => import('./proposals/ProposalFormPage'), 'ProposalFormPage'),
  },
  {
    path: '/proposals/:id',
    under: '/proposals',
    Page: page(() => import('./proposals/ProposalPage'), 'ProposalPage'),
  },
]

export function App() {
  const { lang, t } = useLang()
  useEffect(() => {
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en')
    document.title = t('连心 · 工作台', 'Lianxin · Console')
  }, [lang, t])
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}
    >
      <AntApp>
        <Routed />
      </AntApp>
    </ConfigProvider>
  )
}

function Routed() {
  const { state } = useAuth()
  const location = useLocation()
  if (state.status === 'loading') {
    return (
      <div className="lx-console-loading">
        <Spin size="large" />
      </div>
    )
  }
  if (state.status === 'signed-out') {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="*"
          element={
            <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />
          }
        />
      </Routes>
    )
  }
  const nav = navFor(state.me)
  const home = nav[0]?.path ?? '/account'
  return (
    <Routes>
      <Route element={<ConsoleLayout nav={nav} />}>
        {nav.map((item) => {
          const Page = PAGES[item.path]
          return <Route key={item.path} path={item.path} element={<Page />} />
        })}
        {nav.some((n) => n.path === '/suggestions') && (
          <Route path="/suggestions/:id" element={<SuggestionDetailPage />} />
        )}
        {nav.some((n) => n.path === '/records') && <Route path="/records/:id" element={<RecordPage />} />}
        {SUBPAGES.filter((s) => nav.some((n) => n.path === s.under)).map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<Navigate to={home} replace />} />
      </Route>
    </Routes>
  )
}
