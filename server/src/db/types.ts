import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string, Date | string>
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json<T> = ColumnType<T, T | string, T | string>

export type RegionLevel = 'county' | 'town' | 'village'
export type VenueKind = 'station' | 'point' | 'window' | 'post' | 'mobile'
export type DeputyLevel = 'national' | 'provincial' | 'city' | 'county' | 'town'
export type UnitKind =
  | 'department'
  | 'supervisory'
  | 'court'
  | 'procuratorate'
  | 'town_government'
  | 'platform'
export type Role =
  | 'county_admin'
  | 'town_staff'
  | 'station_staff'
  | 'deputy'
  | 'unit_staff'
  | 'integrity_liaison'
export type AuditResult = 'success' | 'failure' | 'denied'

export interface RegionsTable {
  code: string
  parent_code: string | null
  level: RegionLevel
  kind: string
  name: string
  name_en: string | null
  path: string
  lat: number | null
  lng: number | null
  sort: Generated<number>
  county_code: string
}

export interface GridsTable {
  id: Generated<string>
  code: string
  name: string
  region_code: string
  county_code: string
  created_at: GeneratedTimestamp
}

export interface VenuesTable {
  id: Generated<string>
  code: string
  kind: VenueKind
  name: string
  region_code: string
  address: Generated<string>
  lat: number | null
  lng: number | null
  reception_hours: Generated<string>
  description: Generated<string>
  active: Generated<boolean>
  county_code: string
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  version: Generated<number>
}

export interface DeputiesTable {
  id: Generated<string>
  code: string
  name: string
  gender: 'male' | 'female'
  birth_year: number | null
  ethnicity: Generated<string>
  party: Generated<string>
  occupation: Generated<string>
  organisation: Generated<string>
  bio: Generated<string>
  region_code: string
  phone_enc: string | null
  phone_hash: string | null
  phone_masked: string | null
  active: Generated<boolean>
  county_code: string
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  version: Generated<number>
}

export interface DeputyMembershipsTable {
  id: Generated<string>
  deputy_id: string
  level: DeputyLevel
  term: number
  constituency: Generated<string>
  region_code: string
}

export interface DeputyGroupsTable {
  id: Generated<string>
  code: string
  name: string
  region_code: string
  venue_id: string | null
  leader_deputy_id: string | null
  county_code: string
}

export interface DeputyGroupMembersTable {
  group_id: string
  deputy_id: string
}

export interface DeputyVenuesTable {
  deputy_id: string
  venue_id: string
}

export interface DeputyGridsTable {
  deputy_id: string
  grid_id: string
}

export interface PlatformTypesTable {
  code: string
  name: string
  name_en: Generated<string>
  sort: Generated<number>
}

export interface UnitsTable {
  id: Generated<string>
  code: string
  name: string
  kind: UnitKind
  platform_type: string | null
  region_code: string
  active: Generated<boolean>
  county_code: string
}

export interface UsersTable {
  id: Generated<string>
  username: string
  display_name: string
  password_hash: string
  password_history: Json<string[]>
  password_changed_at: GeneratedTimestamp
  failed_logins: Generated<number>
  locked_until: Timestamp | null
  totp_secret_enc: string | null
  totp_enabled: Generated<boolean>
  deputy_id: string | null
  active: Generated<boolean>
  county_code: string
  last_login_at: Timestamp | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface UserRolesTable {
  id: Generated<string>
  user_id: string
  role: Role
  region_code: string | null
  venue_id: string | null
  unit_id: string | null
}

export interface SessionsTable {
  id: string
  user_id: string
  csrf_token: string
  mfa_pending: Generated<boolean>
  created_at: GeneratedTimestamp
  last_seen_at: GeneratedTimestamp
  expires_at: Timestamp
  ip: string | null
  user_agent: string | null
}

export interface AuditLogTable {
  seq: Generated<string>
  at: GeneratedTimestamp
  actor_id: string | null
  actor_name: string
  action: string
  target_type: string
  target_id: string | null
  result: AuditResult
  request_id: string | null
  detail: Json<Record<string, unknown>>
  county_code: string
  prev_hash: string
  hash: string
}

export interface AppMetaTable {
  key: string
  value: Json<unknown>
  updated_at: GeneratedTimestamp
}

export interface Database {
  regions: RegionsTable
  grids: GridsTable
  venues: VenuesTable
  deputies: DeputiesTable
  deputy_memberships: DeputyMembershipsTable
  deputy_groups: DeputyGroupsTable
  deputy_group_members: DeputyGroupMembersTable
  deputy_venues: DeputyVenuesTable
  deputy_grids: DeputyGridsTable
  platform_types: PlatformTypesTable
  units: UnitsTable
  users: UsersTable
  user_roles: UserRolesTable
  sessions: SessionsTable
  audit_log: AuditLogTable
  app_meta: AppMetaTable
}
