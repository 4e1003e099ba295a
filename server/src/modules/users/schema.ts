import { Type } from 'typebox'
import { ROLES } from '../../platform/access.ts'
import { Nullable, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'

export const RoleSchema = Type.Enum(ROLES)

export const GrantIn = Type.Object(
  {
    role: RoleSchema,
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    venueId: Type.Optional(Uuid),
    unitId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)

export const GrantOut = Type.Object({
  role: RoleSchema,
  roleName: Type.String(),
  regionCode: Nullable(Type.String()),
  venueId: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  scopeName: Type.String(),
})

export const User = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  deputyId: Nullable(Type.String()),
  active: Type.Boolean(),
  locked: Type.Boolean(),
  totpEnabled: Type.Boolean(),
  lastLoginAt: Nullable(Timestamp),
  passwordMustChange: Type.Boolean({
    description: 'Holds a temporary password an administrator issued, not yet replaced by its holder',
  }),
  roles: Type.Array(GrantOut),
})

export const PasswordReset = Type.Object({
  temporaryPassword: Type.String({
    description: 'Shown once: only its hash is stored. The holder must replace it at the next sign-in.',
  }),
  user: User,
})

export const UserQuery = Type.Object(
  { role: Type.Optional(RoleSchema), q: Type.Optional(Type.String({ maxLength: 50 })), ...Paging },
  { additionalProperties: false },
)

export const UserCreate = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 32, pattern: '^[a-zA-Z0-9_.-]+$' }),
    displayName: Type.String({ minLength: 1, maxLength: 40 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
    deputyId: Type.Optional(Uuid),
    roles: Type.Array(GrantIn, { minItems: 1, maxItems: 6 }),
  },
  { additionalProperties: false },
)

export const UserPatch = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    active: Type.Optional(Type.Boolean()),
    roles: Type.Optional(Type.Array(GrantIn, { minItems: 1, maxItems: 6 })),
    unlock: Type.Optional(Type.Boolean()),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  },
  { additionalProperties: false },
)
