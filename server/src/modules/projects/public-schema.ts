import { Type } from 'typebox'
import { Nullable, RegionCode, Timestamp, Uuid } from '../../platform/schemas.ts'
import { Day } from '../settings/schema.ts'
import { ColourSchema, Finding, Milestone, Month, ReportedStatusSchema, Year } from './schema.ts'

/** The public contract: the year's (or a month end's) figures, the GeoJSON layer, a site's card. */

const Shown = Type.Enum(['not_started', 'in_progress', 'completed'])
const Counts = {
  sites: Type.Integer(),
  notStarted: Type.Integer(),
  inProgress: Type.Integer(),
  completed: Type.Integer(),
  crossedOff: Type.Integer(),
}
export const PublicProjectsQuery = Type.Object(
  { year: Type.Optional(Year), month: Type.Optional(Month) },
  { additionalProperties: false },
)
export const PublicProjects = Type.Object({
  year: Nullable(Type.Integer()),
  years: Type.Array(Type.Integer()),
  month: Nullable(Month),
  months: Type.Array(Month),
  asOf: Timestamp,
  summary: Type.Object({ ...Counts, percentComplete: Type.Number(), averageProgress: Type.Number() }),
  projects: Type.Array(
    Type.Object({ id: Uuid, name: Type.String(), ...Counts, averageProgress: Type.Number() }),
  ),
  towns: Type.Array(
    Type.Object({ code: RegionCode, name: Type.String(), ...Counts, averageProgress: Type.Number() }),
  ),
})

export const GeoJsonQuery = Type.Object(
  {
    year: Type.Optional(Year),
    month: Type.Optional(Month),
    project: Type.Optional(Uuid),
    town: Type.Optional(RegionCode),
    status: Type.Optional(Shown),
  },
  { additionalProperties: false },
)
export const SiteFeatureCollection = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    year: Nullable(Type.Integer()),
    month: Nullable(Month),
    asOf: Timestamp,
    features: Type.Array(
      Type.Object({
        type: Type.Literal('Feature'),
        id: Uuid,
        geometry: Type.Object({
          type: Type.Literal('Point'),
          coordinates: Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }),
        }),
        properties: Type.Object({
          id: Uuid,
          name: Type.String(),
          projectId: Uuid,
          projectName: Type.String(),
          townCode: RegionCode,
          townName: Type.String(),
          status: Shown,
          colour: ColourSchema,
          crossedOff: Type.Boolean(),
          progress: Type.Integer(),
          leadDeputies: Type.Array(Type.String()),
          unit: Nullable(Type.String()),
          lastReportMonth: Nullable(Month),
        }),
      }),
    ),
  },
  { description: 'RFC 7946 GeoJSON: one Point per site, [longitude, latitude] in WGS 84' },
)

export const PublicSiteQuery = Type.Object({ month: Type.Optional(Month) }, { additionalProperties: false })
export const PublicSite = Type.Object({
  id: Uuid,
  name: Type.String(),
  projectId: Uuid,
  projectName: Type.String(),
  year: Type.Integer(),
  townCode: RegionCode,
  townName: Type.String(),
  regionName: Type.String(),
  address: Type.String(),
  lat: Type.Number(),
  lng: Type.Number(),
  status: Shown,
  colour: ColourSchema,
  crossedOff: Type.Boolean(),
  crossedOffAt: Nullable(Timestamp),
  progress: Type.Integer(),
  unit: Nullable(Type.String()),
  leadDeputies: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
  plan: Type.Object({
    start: Nullable(Day),
    end: Nullable(Day),
    investment: Nullable(Type.Number()),
    milestones: Type.Array(Milestone),
  }),
  latestReport: Nullable(
    Type.Object({
      month: Month,
      filedAt: Timestamp,
      deputyName: Nullable(Type.String()),
      progress: Type.Integer(),
      status: ReportedStatusSchema,
      onTime: Finding,
      quality: Finding,
      quantity: Finding,
      problems: Type.String(),
      opinion: Type.String(),
      photos: Type.Array(Type.Object({ url: Type.String() })),
    }),
  ),
})
export const PhotoParams = Type.Object({ id: Uuid, fileId: Uuid })
