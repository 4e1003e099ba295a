import { Type } from 'typebox'
import { UNIT_KINDS } from '../../db/enums.ts'
import type { UnitKind } from '../../db/types.ts'
import { Nullable, Paging, RegionCode } from '../../platform/schemas.ts'

export const unitKindLabels: Record<UnitKind, { zh: string; en: string }> = {
  department: { zh: '政府部门', en: 'Government department' },
  supervisory: { zh: '监察委员会', en: 'Supervisory commission' },
  court: { zh: '人民法院', en: 'Court' },
  procuratorate: { zh: '人民检察院', en: 'Procuratorate' },
  town_government: { zh: '镇(街道)政府', en: 'Town government' },
  platform: { zh: '一室四平台', en: 'Town platform' },
}
/** The kinds of handling unit, in the order of the label table. */
export { UNIT_KINDS }

export const UnitKindSchema = Type.Enum(UNIT_KINDS)

export const Unit = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  kind: UnitKindSchema,
  platformType: Nullable(Type.String()),
  platformTypeName: Nullable(Type.String()),
  regionCode: Type.String(),
  regionName: Type.String(),
  active: Type.Boolean(),
  version: Type.Integer(),
})

const unitFields = {
  code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }),
  name: Type.String({ minLength: 2, maxLength: 80 }),
  kind: UnitKindSchema,
  regionCode: RegionCode,
  platformType: Nullable(Type.String({ minLength: 1, maxLength: 40 })),
}

export const UnitCreate = Type.Object(
  {
    code: unitFields.code,
    name: unitFields.name,
    kind: unitFields.kind,
    regionCode: unitFields.regionCode,
    platformType: Type.Optional(unitFields.platformType),
  },
  { additionalProperties: false },
)

/** The code is the unit's identity in spreadsheets and is not changed; a unit is retired, never deleted. */
export const UnitPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read; a stale version answers 409' }),
    name: Type.Optional(unitFields.name),
    kind: Type.Optional(unitFields.kind),
    regionCode: Type.Optional(unitFields.regionCode),
    platformType: Type.Optional(unitFields.platformType),
    active: Type.Optional(Type.Boolean({ description: 'false retires the unit, true restores it' })),
  },
  { additionalProperties: false },
)

export const UnitQuery = Type.Object(
  {
    kind: Type.Optional(UnitKindSchema),
    regionCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

export const PlatformType = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() })

export const PlatformTypeQuery = Type.Object(Paging, { additionalProperties: false })
