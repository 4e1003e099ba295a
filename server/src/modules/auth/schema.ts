import { Type } from 'typebox'
import { CAPABILITIES } from '../../platform/roles.ts'
import { Nullable } from '../../platform/schemas.ts'

export const RoleGrantOut = Type.Object({
  role: Type.String(),
  roleName: Type.String(),
  regionCode: Nullable(Type.String()),
  venueId: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  scopeName: Type.String(),
})

export const Me = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  deputyId: Nullable(Type.String()),
  roles: Type.Array(RoleGrantOut),
  capabilities: Type.Array(Type.Enum(CAPABILITIES), {
    description:
      'The named role sets the user holds: what the console may offer (the server checks each request)',
  }),
  csrfToken: Type.String(),
  mfaPending: Type.Boolean(),
  passwordMustChange: Type.Boolean({
    description:
      'The account signed in with a temporary password: it must change it (POST /api/auth/password) first',
  }),
  totpEnabled: Type.Boolean(),
})

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
    totp: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
  },
  { additionalProperties: false },
)

export const LoginResult = Type.Object({ user: Me, csrfToken: Type.String() })

export const PasswordChange = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
    newPassword: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
)

export const TotpSetup = Type.Object({
  secret: Type.String(),
  otpauthUrl: Type.String(),
  qrSvg: Type.String(),
})

export const CodeBody = Type.Object(
  { code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
)
