import { Type } from 'typebox'
import { VENUE_KINDS } from '../../db/enums.ts'
import type { VenueKind } from '../../db/types.ts'
import { Nullable, Paging, RegionCode } from '../../platform/schemas.ts'

export const venueKindLabels: Record<VenueKind, { zh: string; en: string }> = {
  station: { zh: '联络站', en: 'Liaison station' },
  point: { zh: '联络点', en: 'Liaison point' },
  window: { zh: '便民服务窗', en: 'Convenience window' },
  post: { zh: '代表履职岗', en: 'Deputy duty post' },
  mobile: { zh: '流动联络点', en: 'Mobile point' },
}
/** The five kinds of liaison venue, in the order of the label table. */
export { VENUE_KINDS }

export const VenueKindSchema = Type.Enum(VENUE_KINDS)

export const Venue = Type.Object({
  id: Type.String(),
  code: Type.String(),
  kind: VenueKindSchema,
  name: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  address: Type.String(),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  receptionHours: Type.String(),
  description: Type.String(),
  active: Type.Boolean(),
  deputyCount: Type.Integer(),
  version: Type.Integer(),
})

export const VenueQuery = Type.Object(
  {
    kind: Type.Optional(VenueKindSchema),
    regionCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

const venueFields = {
  code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }),
  kind: VenueKindSchema,
  name: Type.String({ minLength: 2, maxLength: 80 }),
  regionCode: RegionCode,
  address: Type.String({ maxLength: 200 }),
  lat: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
  lng: Nullable(Type.Number({ minimum: -180, maximum: 180 })),
  receptionHours: Type.String({ maxLength: 200 }),
  description: Type.String({ maxLength: 2000 }),
  active: Type.Boolean(),
}

export const VenueCreate = Type.Object(
  {
    code: venueFields.code,
    kind: venueFields.kind,
    name: venueFields.name,
    regionCode: venueFields.regionCode,
    address: Type.Optional(venueFields.address),
    lat: Type.Optional(venueFields.lat),
    lng: Type.Optional(venueFields.lng),
    receptionHours: Type.Optional(venueFields.receptionHours),
    description: Type.Optional(venueFields.description),
  },
  { additionalProperties: false },
)

export const VenuePatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read; a stale version answers 409' }),
    kind: Type.Optional(venueFields.kind),
    name: Type.Optional(venueFields.name),
    regionCode: Type.Optional(venueFields.regionCode),
    address: Type.Optional(venueFields.address),
    lat: Type.Optional(venueFields.lat),
    lng: Type.Optional(venueFields.lng),
    receptionHours: Type.Optional(venueFields.receptionHours),
    description: Type.Optional(venueFields.description),
    active: Type.Optional(venueFields.active),
  },
  { additionalProperties: false },
)

/** One venue, with what the caller may do to it (the console shows its buttons from these). */
export const VenueDetail = Type.Object({
  ...Venue.properties,
  allowedActions: Type.Array(Type.Enum(['update']), {
    description: 'What the caller may do with this venue',
  }),
})
