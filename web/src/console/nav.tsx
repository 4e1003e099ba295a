import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  EditOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  InboxOutlined,
  MessageOutlined,
  PushpinOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TagsOutlined,
  TeamOutlined,
  UploadOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { Capability, Me } from '../shared/api/types'
import type { Bilingual } from '../shared/i18n'

export interface NavItem {
  path: string
  title: Bilingual
  icon: ReactNode
  /** The named role set (sent by the server with the user) that shows this item; 'all' for everyone. */
  capability: Capability | 'all'
  /** Items sharing a group are shown together under one sub-menu. */
  group?: NavGroup
}

export interface NavGroup {
  key: string
  title: Bilingual
  icon: ReactNode
}

const SUGGESTIONS: NavGroup = {
  key: 'suggestions',
  title: { zh: '意见建议', en: 'Suggestions' },
  icon: <MessageOutlined />,
}
const PROJECTS: NavGroup = {
  key: 'projects',
  title: { zh: '民生实事', en: 'Livelihood projects' },
  icon: <FlagOutlined />,
}
/** The console menu; the server enforces access, this only decides what each role is shown. */
export const NAV: NavItem[] = [
  {
    path: '/workspace',
    title: { zh: '我的工作台', en: 'My workspace' },
    icon: <DashboardOutlined />,
    capability: 'suggestions.work',
  },
  {
    path: '/suggestions',
    title: { zh: '办理队列', en: 'Queue' },
    icon: <InboxOutlined />,
    capability: 'suggestions.work',
    group: SUGGESTIONS,
  },
  {
    path: '/suggestions/new',
    title: { zh: '录入意见', en: 'Record an opinion' },
    icon: <EditOutlined />,
    capability: 'suggestions.intake',
    group: SUGGESTIONS,
  },
  {
    path: '/deputies',
    title: { zh: '人大代表', en: 'Deputies' },
    icon: <TeamOutlined />,
    capability: 'directory.browse',
  },
  {
    path: '/duty',
    title: { zh: '接待排班', en: 'Duty schedule' },
    icon: <ScheduleOutlined />,
    capability: 'directory.browse',
  },
  {
    path: '/records',
    title: { zh: '履职档案', en: 'Service records' },
    icon: <SolutionOutlined />,
    capability: 'records.read',
  },
  {
    path: '/proposals',
    title: { zh: '代表建议', en: 'Proposals' },
    icon: <FileTextOutlined />,
    capability: 'proposals.read',
  },
  {
    path: '/rounds',
    title: { zh: '流动巡诊', en: 'Mobile rounds' },
    icon: <CarOutlined />,
    capability: 'directory.browse',
  },
  {
    path: '/receptions',
    title: { zh: '接待记录', en: 'Reception records' },
    icon: <FormOutlined />,
    capability: 'directory.browse',
  },
  {
    path: '/projects',
    title: { zh: '年度项目', en: 'Projects of the year' },
    icon: <FlagOutlined />,
    capability: 'projects.read',
    group: PROJECTS,
  },
  {
    path: '/sites',
    title: { zh: '项目点位', en: 'Project sites' },
    icon: <PushpinOutlined />,
    capability: 'projects.read',
    group: PROJECTS,
  },
  {
    path: '/venues',
    title: { zh: '联络阵地', en: 'Liaison venues' },
    icon: <EnvironmentOutlined />,
    capability: 'directory.browse',
  },
  {
    path: '/groups',
    title: { zh: '代表小组', en: 'Deputy groups' },
    icon: <UsergroupAddOutlined />,
    capability: 'directory.browse',
  },
  {
    path: '/regions',
    title: { zh: '行政区划', en: 'Regions' },
    icon: <ApartmentOutlined />,
    capability: 'reference.edit',
  },
  {
    path: '/grids',
    title: { zh: '网格', en: 'Grids' },
    icon: <ClusterOutlined />,
    capability: 'reference.edit',
  },
  {
    path: '/units',
    title: { zh: '承办单位', en: 'Handling units' },
    icon: <BankOutlined />,
    capability: 'units.read',
  },
  {
    path: '/import',
    title: { zh: 'Excel 导入', en: 'Excel import' },
    icon: <UploadOutlined />,
    capability: 'reference.edit',
  },
  {
    path: '/accounts',
    title: { zh: '账号管理', en: 'Accounts' },
    icon: <UserOutlined />,
    capability: 'county.admin',
  },
  {
    path: '/categories',
    title: { zh: '类别与时限', en: 'Categories & limits' },
    icon: <TagsOutlined />,
    capability: 'county.admin',
  },
  {
    path: '/partners',
    title: { zh: '外部系统', en: 'Partner systems' },
    icon: <ApiOutlined />,
    capability: 'partners.admin',
  },
  {
    path: '/audit',
    title: { zh: '审计日志', en: 'Audit log' },
    icon: <AuditOutlined />,
    capability: 'county.admin',
  },
  {
    path: '/integrity',
    // The integrity liaison's workspace: its own module's landing.
    title: { zh: '廉情监测', en: 'Integrity monitoring' },
    icon: <SafetyOutlined />,
    capability: 'integrity.work',
  },
  {
    path: '/calendar',
    title: { zh: '工作日历', en: 'Calendar' },
    icon: <CalendarOutlined />,
    capability: 'any.role',
  },
  {
    path: '/account',
    title: { zh: '账户安全', en: 'Account security' },
    icon: <SafetyCertificateOutlined />,
    capability: 'all',
  },
]

export function navFor(me: Me): NavItem[] {
  // A session that still has to set up two-factor sign-in, or to replace a temporary password an administrator
  // issued, may only reach the account page.
  if (me.mfaPending || me.passwordMustChange) return NAV.filter((n) => n.path === '/account')
  return NAV.filter((n) => n.capability === 'all' || me.capabilities.includes(n.capability)).map((n) =>
    // A deputy's sites are the ones they lead (领办): their list opens on them.
    n.path === '/sites' && me.deputyId && !me.capabilities.includes('projects.manage')
      ? { ...n, title: { zh: '我的领办点位', en: 'Sites I lead' } }
      : n,
  )
}
