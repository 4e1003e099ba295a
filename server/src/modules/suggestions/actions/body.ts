import { type TProperties, Type } from 'typebox'

export const Note = Type.String({ maxLength: 2000 })
export const Version = Type.Integer({
  minimum: 1,
  description: 'The version you read; a stale one answers 409',
})

/** An action's body: the version read, an optional note (unless the action requires one), and its fields. */
export const actionBody = (fields: TProperties = {}) =>
  Type.Object(
    { version: Type.Optional(Version), note: Type.Optional(Note), ...fields },
    { additionalProperties: false },
  )
