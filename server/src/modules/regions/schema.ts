import { Type } from 'typebox'
import { REGION_LEVELS } from '../../db/enums.ts'
import { Nullable, Paging, RegionCode } from '../../platform/schemas.ts'

export const RegionLevelSchema = Type.Enum(REGION_LEVELS)

export const Region = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Nullable(Type.String()),
  level: RegionLevelSchema,
  kind: Type.String(),
  parentCode: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  /** False once the region has left the national codes: retired, kept for the records that point to it. */
  active: Type.Boolean(),
})

export const RegionQuery = Type.Object(
  {
    level: Type.Optional(RegionLevelSchema),
    parentCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

/** The console's list: the public filters, and retired regions on request. */
export const RegionListQuery = Type.Object(
  {
    ...RegionQuery.properties,
    includeRetired: Type.Optional(
      Type.Boolean({ description: 'Also list regions retired from the national codes' }),
    ),
  },
  { additionalProperties: false },
)

export const Grid = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  deputyCount: Type.Integer(),
})

export const GridQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), q: Type.Optional(Type.String({ maxLength: 50 })), ...Paging },
  { additionalProperties: false },
)
