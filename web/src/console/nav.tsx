import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  ClusterOutlined,
  EditOutlined,
  EnvironmentOutlined,
  InboxOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  TeamOutlined,
  UploadOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { Me, Role } from '../shared/api/types'
import type { Bilingual } from '../shared/i18n'

export interface NavItem {
  path: string
  title: Bilingual
  icon: ReactNode
  roles: Role[] | 'all'
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
/** Every staff role takes part in the closed loop; the integrity liaison does not. */
const STAFF: Role[] = ['county_admin', 'town_staff', 'station_staff', 'deputy', 'unit_staff']
const INTAKE: Role[] = ['county_admin', 'town_staff', 'station_staff', 'deputy']

const READERS: Role[] = ['county_admin', 'town_staff', 'station_staff', 'deputy']

/** The console menu; the server enforces access, this only decides what each role is shown. */
export const NAV: NavItem[] = [
  {
    path: '/suggestions',
    title: { zh: '办理队列', en: 'Queue' },
    icon: <InboxOutlined />,
    roles: STAFF,
    group: SUGGESTIONS,
  },
  {
    path: '/suggestions/new',
    title: { zh: '录入意见', en: 'Record an opinion' },
    icon: <EditOutlined />,
    roles: INTAKE,
    group: SUGGESTIONS,
  },
  { path: '/deputies', title: { zh: '人大代表', en: 'Deputies' }, icon: <TeamOutlined />, roles: READERS },
  {
    path: '/venues',
    title: { zh: '联络阵地', en: 'Liaison venues' },
    icon: <EnvironmentOutlined />,
    roles: READERS,
  },
  {
    path: '/groups',
    title: { zh: '代表小组', en: 'Deputy groups' },
    icon: <UsergroupAddOutlined />,
    roles: READERS,
  },
  {
    path: '/regions',
    title: { zh: '行政区划', en: 'Regions' },
    icon: <ApartmentOutlined />,
    roles: ['county_admin', 'town_staff'],
  },
  {
    path: '/grids',
    title: { zh: '网格', en: 'Grids' },
    icon: <ClusterOutlined />,
    roles: ['county_admin', 'town_staff'],
  },
  {
    path: '/units',
    title: { zh: '承办单位', en: 'Handling units' },
    icon: <BankOutlined />,
    roles: ['county_admin', 'town_staff', 'unit_staff'],
  },
  {
    path: '/import',
    title: { zh: 'Excel 导入', en: 'Excel import' },
    icon: <UploadOutlined />,
    roles: ['county_admin', 'town_staff'],
  },
  {
    path: '/audit',
    title: { zh: '审计日志', en: 'Audit log' },
    icon: <AuditOutlined />,
    roles: ['county_admin'],
  },
  {
    path: '/integrity',
    title: { zh: '廉情监测', en: 'Integrity monitoring' },
    icon: <SafetyOutlined />,
    roles: ['integrity_liaison'],
  },
  {
    path: '/account',
    title: { zh: '账户安全', en: 'Account security' },
    icon: <SafetyCertificateOutlined />,
    roles: 'all',
  },
]

export function navFor(me: Me): NavItem[] {
  // A session that still has to set up two-factor sign-in may only reach the account page.
  if (me.mfaPending) return NAV.filter((n) => n.path === '/account')
  return NAV.filter((n) => n.roles === 'all' || me.roles.some((r) => (n.roles as Role[]).includes(r.role)))
}
