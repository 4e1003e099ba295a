import { Type } from 'typebox'
import { REPORTED_SITE_STATUSES, SITE_FINDINGS, SITE_STATUSES } from '../../db/enums.ts'
import { Nullable, Paging, RegionCode, Timestamp, Uuid } from '../../platform/schemas.ts'
import { Day } from '../settings/schema.ts'

/** The contract of livelihood-project supervision (docs/domain.md "Livelihood projects and the one-map"). */

export const SiteStatusSchema = Type.Enum(SITE_STATUSES)
export const ReportedStatusSchema = Type.Enum(REPORTED_SITE_STATUSES)
export const FindingSchema = Type.Enum(SITE_FINDINGS)
/** The map's colours: red 未开始, yellow 进行中, blue 已完成 (crossed-off sites stay blue). */
export const ColourSchema = Type.Enum(['red', 'yellow', 'blue'])
export const Month = Type.String({
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
  description: 'YYYY-MM, county time',
})
export const Year = Type.Integer({ minimum: 2000, maximum: 2100 })
const Version = Type.Integer({ minimum: 1 })
const Location = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
  { additionalProperties: false },
)
const Person = Type.Object({ id: Uuid, name: Type.String() })
export const Milestone = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), due: Day, done: Type.Boolean() },
  { additionalProperties: false },
)

// ── projects ────────────────────────────────────────────────────────────────────────────────────────────────

const projectFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  leadUnitId: Type.Optional(Nullable(Uuid)),
}
export const ProjectCreate = Type.Object(
  { year: Year, seq: Type.Optional(Type.Integer({ minimum: 1, maximum: 999 })), ...projectFields },
  { additionalProperties: false },
)
export const ProjectUpdate = Type.Object(
  { ...projectFields, version: Version },
  { additionalProperties: false },
)

const Counts = {
  sites: Type.Integer(),
  notStarted: Type.Integer(),
  inProgress: Type.Integer(),
  completed: Type.Integer(),
  crossedOff: Type.Integer({ description: 'Of the completed: crossed off (销号)' }),
}
export const Project = Type.Object({
  id: Uuid,
  year: Type.Integer(),
  seq: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  leadUnit: Nullable(Person),
  ...Counts,
  averageProgress: Type.Number(),
  version: Type.Integer(),
})
export const ProjectQuery = Type.Object({ year: Type.Optional(Year) }, { additionalProperties: false })
export const ProjectList = Type.Object({
  year: Nullable(Type.Integer()),
  years: Type.Array(Type.Integer()),
  items: Type.Array(Project),
})
export const IdParams = Type.Object({ id: Uuid })

// ── sites ───────────────────────────────────────────────────────────────────────────────────────────────────

const siteFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  regionCode: RegionCode,
  address: Type.Optional(Type.String({ maxLength: 200 })),
  location: Location,
  unitId: Nullable(Uuid),
  deputyIds: Type.Array(Uuid, { minItems: 1, maxItems: 10, uniqueItems: true }),
  planStart: Type.Optional(Nullable(Day)),
  planEnd: Type.Optional(Nullable(Day)),
  investment: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1e9, description: '万元' }))),
  milestones: Type.Optional(Type.Array(Milestone, { maxItems: 20 })),
}
export const SiteCreate = Type.Object({ projectId: Uuid, ...siteFields }, { additionalProperties: false })
export const SiteUpdate = Type.Object({ ...siteFields, version: Version }, { additionalProperties: false })

export const Finding = Type.Object({ finding: FindingSchema, note: Type.String() })
export const SiteReport = Type.Object({
  id: Uuid,
  month: Month,
  filedAt: Timestamp,
  deputy: Nullable(Person),
  progress: Type.Integer(),
  status: ReportedStatusSchema,
  onTime: Finding,
  quality: Finding,
  quantity: Finding,
  problems: Type.String(),
  opinion: Type.String(),
  photos: Type.Array(Type.Object({ id: Uuid, url: Type.String() })),
  checkIn: Nullable(Location),
  suggestion: Nullable(Type.Object({ id: Uuid, trackingCode: Type.String() })),
})

export const SiteEvent = Type.Object({
  id: Uuid,
  action: Type.String(),
  label: Type.String(),
  fromStatus: Nullable(SiteStatusSchema),
  toStatus: SiteStatusSchema,
  progress: Type.Integer(),
  actorName: Type.String(),
  note: Nullable(Type.String()),
  at: Timestamp,
})

const siteSummaryFields = {
  id: Uuid,
  name: Type.String(),
  projectId: Uuid,
  projectName: Type.String(),
  year: Type.Integer(),
  townCode: RegionCode,
  townName: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  address: Type.String(),
  location: Location,
  unit: Nullable(Person),
  leadDeputies: Type.Array(Person),
  status: SiteStatusSchema,
  colour: ColourSchema,
  progress: Type.Integer(),
  lastReportMonth: Nullable(Month),
  /** Whether this month's report is in (county time). */
  reportedThisMonth: Type.Boolean(),
  version: Type.Integer(),
}
export const SiteSummary = Type.Object(siteSummaryFields)
export const Site = Type.Object({
  ...siteSummaryFields,
  plan: Type.Object({
    start: Nullable(Day),
    end: Nullable(Day),
    investment: Nullable(Type.Number()),
    milestones: Type.Array(Milestone),
  }),
  crossedOffAt: Nullable(Timestamp),
  /** Photos of the verification (crossing off). */
  evidence: Type.Array(Type.Object({ id: Uuid, url: Type.String() })),
  reports: Type.Array(SiteReport),
  events: Type.Array(SiteEvent),
  allowedActions: Type.Array(Type.String()),
  /** Whether the caller may change the site's plan, place and people. */
  editable: Type.Boolean(),
})
export const SiteQuery = Type.Object(
  {
    year: Type.Optional(Year),
    projectId: Type.Optional(Uuid),
    townCode: Type.Optional(RegionCode),
    status: Type.Optional(SiteStatusSchema),
    /** Only the sites whose report for this month (YYYY-MM) is missing. */
    unreportedIn: Type.Optional(Month),
    /** Only the sites I lead (as a deputy). */
    mine: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)
export const SiteList = Type.Object({ items: Type.Array(SiteSummary), total: Type.Integer() })

const FindingInput = Type.Object(
  { finding: FindingSchema, note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
)
export const SITE_ACTIONS = ['report', 'cross_off', 'reopen', 'correct'] as const
export const SiteActionParams = Type.Object({ id: Uuid, action: Type.Enum(SITE_ACTIONS) })
export const SiteActionBody = Type.Object(
  {
    version: Type.Optional(Version),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    /** report: the month reported (default: this month, county time; last month is still accepted). */
    month: Type.Optional(Month),
    progress: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    status: Type.Optional(ReportedStatusSchema),
    onTime: Type.Optional(FindingInput),
    quality: Type.Optional(FindingInput),
    quantity: Type.Optional(FindingInput),
    problems: Type.Optional(Type.String({ maxLength: 2000 })),
    opinion: Type.Optional(Type.String({ maxLength: 2000 })),
    photoIds: Type.Optional(Type.Array(Uuid, { maxItems: 9 })),
    checkIn: Type.Optional(Nullable(Location)),
    /** report: send the problems found into the loop, assigned to the site's responsible unit. */
    raiseProblems: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

// ── the month-end table (进度表) ───────────────────────────────────────────────────────────────────────────

export const ProgressQuery = Type.Object(
  { month: Month, projectId: Type.Optional(Uuid), townCode: Type.Optional(RegionCode) },
  { additionalProperties: false },
)
