import { Type } from 'typebox'
import type { FieldError, Message } from '../../platform/errors.ts'
import { Nullable } from '../../platform/schemas.ts'

export type { ImportContext, Importer, ImportOutcome } from '../../platform/module.ts'

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const CSV = 'text/csv'

export const ImportQuery = Type.Object(
  { dryRun: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
)

export const ImportChange = Type.Object({
  change: Type.Enum(['added', 'changed', 'retired', 'restored']),
  key: Type.String(),
  label: Type.String(),
  previous: Nullable(Type.String()),
})

export const ImportResult = Type.Object({
  imported: Type.Integer(),
  dryRun: Type.Boolean(),
  /** For importers that compare the file with what is stored (the region tree): the differences. */
  changes: Type.Optional(Type.Array(ImportChange)),
})

/** A collector of row errors, each with its row number as Excel shows it. */
export class RowErrors {
  readonly list: FieldError[] = []
  add(row: number, field: string, message: Message) {
    this.list.push({ row, field, message })
  }
}

/** "姓名不能为空 / Name is required". */
export const required = (h: Message): Message => ({ zh: `${h.zh}不能为空`, en: `${h.en} is required` })

/** Codes of reference records: letters, digits, _ and -, at most 40. */
export const CODE_PATTERN = /^[A-Za-z0-9_-]{1,40}$/

const REGION_CODE: Message = { zh: '区划代码', en: 'Region code' }

/** Checks a row's region code: given, known, and inside the importer's scope. */
export function checkRegion(
  errors: RowErrors,
  row: number,
  code: string,
  paths: ReadonlyMap<string, string>,
  inScope: (path: string) => boolean,
): void {
  const path = paths.get(code)
  if (!code) errors.add(row, 'regionCode', required(REGION_CODE))
  else if (!path)
    errors.add(row, 'regionCode', {
      zh: `区划代码 ${code} 不存在`,
      en: `Region code ${code} does not exist`,
    })
  else if (!inScope(path))
    errors.add(row, 'regionCode', {
      zh: `区划 ${code} 不在您的管辖范围内`,
      en: `Region ${code} is outside your scope`,
    })
}

/** A record's code: well formed, and not repeating an earlier row of the sheet (`seen`: code → row). */
export function checkCode(errors: RowErrors, seen: Map<string, number>, row: number, code: string): void {
  if (!code) return
  if (!CODE_PATTERN.test(code))
    errors.add(row, 'code', {
      zh: '编码只能包含字母、数字、下划线和短横线',
      en: 'Code may hold only letters, digits, _ and -',
    })
  if (seen.has(code))
    errors.add(row, 'code', {
      zh: `编码与第 ${seen.get(code)} 行重复`,
      en: `Code repeats row ${seen.get(code)}`,
    })
  seen.set(code, row)
}
