import { Type } from 'typebox'
import { DEPUTY_LEVELS, GENDERS } from '../../db/enums.ts'
import type { DeputyLevel } from '../../db/types.ts'
import { Nullable, Paging, RegionCode, Uuid } from '../../platform/schemas.ts'

export const deputyLevelLabels: Record<DeputyLevel, { zh: string; en: string }> = {
  national: { zh: '全国人大代表', en: 'National' },
  provincial: { zh: '省人大代表', en: 'Provincial' },
  city: { zh: '市人大代表', en: 'City' },
  county: { zh: '县人大代表', en: 'County' },
  town: { zh: '镇人大代表', en: 'Town' },
}
/** The levels of people's congress, highest first (the order memberships are listed in). */
export { DEPUTY_LEVELS }

export const DeputyLevelSchema = Type.Enum(DEPUTY_LEVELS)

const Membership = Type.Object({
  level: DeputyLevelSchema,
  term: Type.Integer(),
  constituency: Type.String(),
})
const Ref = Type.Object({ id: Type.String(), name: Type.String() })

export const Deputy = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  gender: Type.Enum(GENDERS),
  birthYear: Nullable(Type.Integer()),
  ethnicity: Type.String(),
  party: Type.String(),
  occupation: Type.String(),
  organisation: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  phoneMasked: Nullable(Type.String()),
  memberships: Type.Array(Membership),
  active: Type.Boolean(),
})

export const DeputyDetail = Type.Intersect([
  Deputy,
  Type.Object({
    bio: Type.String(),
    groups: Type.Array(Ref),
    venues: Type.Array(Ref),
    grids: Type.Array(Ref),
    allowedActions: Type.Array(Type.Enum(['reveal']), {
      description: 'What the caller may do with this deputy',
    }),
  }),
])

export const DeputyQuery = Type.Object(
  {
    level: Type.Optional(DeputyLevelSchema),
    regionCode: Type.Optional(RegionCode),
    groupId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

export const DeputyPhone = Type.Object({ phone: Nullable(Type.String()) })

export const DeputyGroup = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  venueId: Nullable(Type.String()),
  venueName: Nullable(Type.String()),
  leaderName: Nullable(Type.String()),
  memberCount: Type.Integer(),
})

export const DeputyGroupQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), q: Type.Optional(Type.String({ maxLength: 50 })), ...Paging },
  { additionalProperties: false },
)
