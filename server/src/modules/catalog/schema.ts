import { Type } from 'typebox'

export const Category = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() })

/** A category as its administrators see it: retired ones too, with their order and version. */
export const CategoryAdmin = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  sort: Type.Integer(),
  active: Type.Boolean(),
  version: Type.Integer(),
})

const categoryFields = {
  code: Type.String({
    minLength: 2,
    maxLength: 32,
    pattern: '^[a-z][a-z0-9_]*$',
    description: 'Lower-case letters, digits and underscores; fixed once created',
  }),
  name: Type.String({ minLength: 2, maxLength: 20 }),
  nameEn: Type.String({ maxLength: 60 }),
  sort: Type.Integer({ minimum: 0, maximum: 9999 }),
}

export const CategoryCreate = Type.Object(
  {
    code: categoryFields.code,
    name: categoryFields.name,
    nameEn: Type.Optional(categoryFields.nameEn),
    sort: Type.Optional(categoryFields.sort),
  },
  { additionalProperties: false },
)

/** A category is renamed, reordered, retired (no longer offered) or restored; never deleted. */
export const CategoryPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read; a stale version answers 409' }),
    name: Type.Optional(categoryFields.name),
    nameEn: Type.Optional(categoryFields.nameEn),
    sort: Type.Optional(categoryFields.sort),
    active: Type.Optional(Type.Boolean({ description: 'false retires the category, true restores it' })),
  },
  { additionalProperties: false },
)
