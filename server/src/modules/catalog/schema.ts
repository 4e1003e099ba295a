import { Type } from 'typebox'

export const Category = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() })
