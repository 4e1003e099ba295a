import { Type } from 'typebox'
import { Nullable, Paging, RegionCode } from '../../platform/schemas.ts'
import { VenueKindSchema } from '../venues/schema.ts'
import { NextDutyField } from './next-duty.ts'

export const PublicVenue = Type.Object({
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
  ...NextDutyField,
})

export const PublicVenueQuery = Type.Object(
  {
    kind: Type.Optional(VenueKindSchema),
    regionCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

const LevelTerm = Type.Object({ level: Type.String(), term: Type.Integer() })

export const PublicVenueDetail = Type.Intersect([
  PublicVenue,
  Type.Object({
    description: Type.String(),
    deputies: Type.Array(
      Type.Object({ id: Type.String(), name: Type.String(), levels: Type.Array(LevelTerm) }),
    ),
  }),
])

export const PublicDeputy = Type.Object({
  id: Type.String(),
  name: Type.String(),
  gender: Type.String(),
  levels: Type.Array(LevelTerm),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  occupation: Type.String(),
  ...NextDutyField,
})

export const PublicDeputyQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

export const PublicDeputyDetail = Type.Intersect([
  PublicDeputy,
  Type.Object({
    organisation: Type.String(),
    bio: Type.String(),
    /** The venues where the deputy receives citizens, with their hours (the poster prints them). */
    venues: Type.Array(
      Type.Object({ id: Type.String(), name: Type.String(), receptionHours: Type.String() }),
    ),
  }),
])
