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

export type Channel = 'online' | 'station' | 'mobile' | 'grid' | 'mediation'
export type SuggestionStatus =
  | 'submitted'
  | 'accepted'
  | 'rejected'
  | 'answered_on_spot'
  | 'routed'
  | 'assigned'
  | 'signed'
  | 'in_progress'
  | 'replied'
  | 'reviewed'
  | 'feedback_given'
  | 'closed'
export type Tier = 'town' | 'county' | 'proposal'
export type Outcome = 'A' | 'B' | 'C' | 'D'
export type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied'
export type RejectReason = 'invalid' | 'out_of_scope' | 'duplicate'

export interface CategoriesTable {
  code: string
  name: string
  name_en: Generated<string>
  parent_code: string | null
  sort: Generated<number>
  active: Generated<boolean>
}

type Ts = Timestamp | null

export interface SuggestionsTable {
  id: Generated<string>
  tracking_code: string
  access_token_hash: string
  channel: Channel
  status: SuggestionStatus
  tier: Tier | null
  content: string
  search_text: Generated<string>
  category_code: string | null
  venue_id: string | null
  deputy_id: string | null
  region_code: string
  town_code: string | null
  lat: number | null
  lng: number | null
  contact_name_enc: string | null
  contact_name_masked: string | null
  contact_phone_enc: string | null
  contact_phone_hash: string | null
  contact_phone_masked: string | null
  consent_at: Timestamp
  created_by: string | null
  received_at: Timestamp
  clock_start_at: Timestamp
  same_day_due_at: Timestamp
  accepted_at: Ts
  routed_at: Ts
  acknowledged_at: Ts
  assigned_at: Ts
  signed_at: Ts
  replied_at: Ts
  reviewed_at: Ts
  feedback_at: Ts
  closed_at: Ts
  due_at: Ts
  extension_requested_days: number | null
  extension_reason: string | null
  lead_unit_id: string | null
  answer: string | null
  outcome: Outcome | null
  rating: Rating | null
  rating_comment: string | null
  reject_reason: RejectReason | null
  merged_into_id: string | null
  reopen_count: Generated<number>
  urge_count: Generated<number>
  escalated_at: Ts
  overdue_reminded_at: Ts
  county_code: string
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  version: Generated<number>
}

export interface SuggestionUnitsTable {
  suggestion_id: string
  unit_id: string
  role: 'lead' | 'co'
  assigned_at: GeneratedTimestamp
  active: Generated<boolean>
}

export interface SuggestionEventsTable {
  id: Generated<string>
  suggestion_id: string
  at: GeneratedTimestamp
  action: string
  from_status: SuggestionStatus | null
  to_status: SuggestionStatus
  actor_id: string | null
  actor_name: string
  actor_role: string | null
  public: Generated<boolean>
  note: string | null
  detail: Json<Record<string, unknown>>
  county_code: string
}

export interface SuggestionDuplicatesTable {
  suggestion_id: string
  candidate_id: string
  score: number
}

export interface FilesTable {
  id: Generated<string>
  /** The owning module's word for the file (a suggestion's photo, a reply's attachment). */
  purpose: string
  subject_type: string | null
  subject_id: string | null
  mime_type: string
  byte_size: number
  width: number | null
  height: number | null
  original_name: string | null
  sha256: string
  data: Buffer
  uploaded_by: string | null
  county_code: string
  created_at: GeneratedTimestamp
}

export interface IdempotencyKeysTable {
  scope: string
  key: string
  request_hash: string
  response: Json<unknown> | null
  created_at: GeneratedTimestamp
}

export interface CalendarOverridesTable {
  day: ColumnType<string, string, string>
  kind: 'workday' | 'holiday'
  note: Generated<string>
  updated_by: string | null
  updated_at: GeneratedTimestamp
}

export interface TimeLimitsTable {
  tier: 'default' | Tier
  category_code: Generated<string>
  completion_working_days: number
  max_extension_working_days: number
  escalate_after_working_days: number
  rating_window_days: number
}

export interface NotificationsTable {
  id: Generated<string>
  channel: 'in_app' | 'webhook'
  recipient_type: 'user' | 'unit' | 'region' | 'citizen'
  recipient_id: string
  kind: string
  title: string
  body: string
  payload: Json<Record<string, unknown>>
  status: Generated<'pending' | 'sent' | 'failed' | 'read'>
  attempts: Generated<number>
  next_attempt_at: GeneratedTimestamp
  last_error: string | null
  county_code: string
  created_at: GeneratedTimestamp
  sent_at: Ts
  read_at: Ts
  subject_type: string | null
  subject_id: string | null
}

export interface JobRunsTable {
  name: string
  last_started_at: Ts
  last_finished_at: Ts
  last_result: Json<Record<string, unknown>>
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
  categories: CategoriesTable
  suggestions: SuggestionsTable
  suggestion_units: SuggestionUnitsTable
  suggestion_events: SuggestionEventsTable
  suggestion_duplicates: SuggestionDuplicatesTable
  files: FilesTable
  idempotency_keys: IdempotencyKeysTable
  calendar_overrides: CalendarOverridesTable
  time_limits: TimeLimitsTable
  notifications: NotificationsTable
  job_runs: JobRunsTable
}
