import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { DATABASE_ENUMS, type DatabaseEnumName } from './enums.ts'
import { createDb, type Db, migrateToLatest } from './index.ts'

/**
 * Writes db/types.ts (the Kysely `Database`) from the schema the migrations build, so the types cannot drift
 * from the tables: `npm run db:types` migrates a fresh PGlite and reads its catalog. Every table of the public
 * schema gets an interface, every column its type, nullability and whether inserts may omit it (a default, an
 * identity); a column whose `CHECK (col IN (…))` list equals an array of enums.ts gets that enum's type.
 * server/test/schema-drift.int.test.ts regenerates the text on each engine and compares it with the file.
 */

export const TYPES_FILE = fileURLToPath(new URL('./types.ts', import.meta.url))

/** Kysely's own bookkeeping, not part of the application's schema. */
const IGNORED_TABLES = new Set(['kysely_migration', 'kysely_migration_lock'])

/**
 * What the catalog cannot tell, by `table.column`: the shape of a JSON value, or the enum of a column that has
 * no CHECK of its own. Nullability and defaults still come from the catalog. An entry naming a column that no
 * longer exists, or one the catalog already types, stops the generator.
 */
const OVERRIDES: Record<string, string> = {
  // The hashes of the last passwords, newest first (platform/passwords.ts).
  'users.password_history': 'string[]',
  // Audit details are always an object (platform/audit.ts hashes them as canonical JSON).
  'audit_log.detail': 'Record<string, unknown>',
  // An event copies the item's status before and after; the CHECK lives on suggestions.status only.
  'suggestion_events.from_status': 'SuggestionStatus',
  'suggestion_events.to_status': 'SuggestionStatus',
  'suggestion_events.detail': 'Record<string, unknown>',
  // A duty slot's event copies its status before and after; the CHECK lives on duty_slots.status only.
  'duty_slot_events.from_status': 'DutySlotStatus',
  'duty_slot_events.to_status': 'DutySlotStatus',
  'duty_slot_events.detail': 'Record<string, unknown>',
  'notifications.payload': 'Record<string, unknown>',
  'job_runs.last_result': 'Record<string, unknown>',
  // The county's office hours as an admin typed them, validated before they are stored (platform/office-hours.ts).
  'county_settings.office_hours': 'Record<string, unknown>',
}

type ColumnKind = { kind: 'plain'; ts: string } | { kind: 'timestamp' } | { kind: 'json'; ts: string }

/** PostgreSQL base types → what both drivers (pg, PGlite) hand back, as set up in db/index.ts. */
const PLAIN_TYPES: Record<string, string> = {
  bool: 'boolean',
  int2: 'number',
  int4: 'number',
  float4: 'number',
  float8: 'number',
  // bigint and numeric come back as strings (db/index.ts): they may not fit a JS number.
  int8: 'string',
  numeric: 'string',
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  name: 'string',
  citext: 'string',
  uuid: 'string',
  inet: 'string',
  cidr: 'string',
  tsvector: 'string',
  time: 'string',
  timetz: 'string',
  // Days are read back as the text 'YYYY-MM-DD' on both engines (db/index.ts): a day is not an instant.
  date: 'string',
  bytea: 'Buffer',
}

function kindOf(typeName: string, elementType: string | null, where: string): ColumnKind {
  if (typeName === 'timestamptz' || typeName === 'timestamp') return { kind: 'timestamp' }
  if (typeName === 'json' || typeName === 'jsonb') return { kind: 'json', ts: 'unknown' }
  if (elementType) {
    const element = PLAIN_TYPES[elementType]
    if (element) return { kind: 'plain', ts: `${element}[]` }
  } else if (PLAIN_TYPES[typeName]) return { kind: 'plain', ts: PLAIN_TYPES[typeName] }
  throw new Error(
    `${where}: no TypeScript type for the column type ${elementType ? `${elementType}[]` : typeName}; ` +
      'add it to PLAIN_TYPES in server/src/db/generate-types.ts',
  )
}

export interface CatalogColumn {
  table: string
  column: string
  position: number
  typeName: string
  elementType: string | null
  notNull: boolean
  hasDefault: boolean
  identity: string
  generated: string
  comment: string | null
}

/** The columns of every table of the public schema (partitions are typed by their parent). */
export async function readColumns(db: Db): Promise<CatalogColumn[]> {
  const { rows } = await sql<{
    table_name: string
    column_name: string
    position: number
    type_name: string
    element_type: string | null
    not_null: boolean
    has_default: boolean
    identity: string
    generated: string
    comment: string | null
  }>`
    SELECT c.relname::text AS table_name,
           a.attname::text AS column_name,
           a.attnum::int AS position,
           bt.typname::text AS type_name,
           et.typname::text AS element_type,
           (a.attnotnull OR (t.typtype = 'd' AND t.typnotnull)) AS not_null,
           (a.atthasdef OR (t.typtype = 'd' AND t.typdefault IS NOT NULL)) AS has_default,
           a.attidentity::text AS identity,
           a.attgenerated::text AS generated,
           col_description(c.oid, a.attnum) AS comment
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
      LEFT JOIN pg_catalog.pg_type et ON et.oid = bt.typelem AND bt.typcategory = 'A'
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  `.execute(db)
  return rows
    .filter((r) => !IGNORED_TABLES.has(r.table_name))
    .map((r) => ({
      table: r.table_name,
      column: r.column_name,
      position: Number(r.position),
      typeName: r.type_name,
      elementType: r.element_type,
      notNull: r.not_null,
      hasDefault: r.has_default,
      identity: r.identity,
      generated: r.generated,
      comment: r.comment,
    }))
    .sort((a, b) => byCodePoint(a.table, b.table) || a.position - b.position)
}

export interface CheckList {
  table: string
  constraint: string
  column: string
  values: string[]
  /** The constraint is this list and nothing else, so it fixes the column's values. */
  sole: boolean
}

// `col = ANY (ARRAY['a'::text, …])`, as PostgreSQL prints `col IN ('a', …)`; varchar columns print as
// `(col)::text = ANY ((ARRAY['a'::character varying, …])::text[])`.
const IN_LIST = /\(*"?(\w+)"?\)*(?:::[\w ]+)? = ANY \(\(*ARRAY\[((?:'(?:[^']|'')*'(?:::[\w ]+)?(?:, )?)+)\]/g
const LITERAL = /'((?:[^']|'')*)'/g

/** Every `IN (…)` list of every CHECK constraint of the public schema, as the database prints them back. */
export async function readCheckLists(db: Db): Promise<CheckList[]> {
  const { rows } = await sql<{ table_name: string; constraint_name: string; definition: string }>`
    SELECT c.relname::text AS table_name, k.conname::text AS constraint_name,
           pg_catalog.pg_get_constraintdef(k.oid) AS definition
      FROM pg_catalog.pg_constraint k
      JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND k.contype = 'c'
  `.execute(db)
  const lists: CheckList[] = []
  for (const r of rows) {
    if (IGNORED_TABLES.has(r.table_name)) continue
    const found = [...r.definition.matchAll(IN_LIST)]
    for (const m of found) {
      const rest = r.definition.replace(m[0], '').replace(/::[\w ]+\[\]/g, '')
      lists.push({
        table: r.table_name,
        constraint: r.constraint_name,
        column: m[1]!,
        values: [...m[2]!.matchAll(LITERAL)].map((v) => v[1]!.replaceAll("''", "'")),
        sole: found.length === 1 && /^CHECK[\s()]*$/.test(rest),
      })
    }
  }
  return lists.sort(
    (a, b) =>
      byCodePoint(a.table, b.table) ||
      byCodePoint(a.column, b.column) ||
      byCodePoint(a.constraint, b.constraint),
  )
}

/** The enum of enums.ts whose values are exactly these (in any order), if one is. */
export function enumWithValues(values: readonly string[]): DatabaseEnumName | undefined {
  const wanted = [...new Set(values)].sort().join('\u0000')
  const names = (Object.keys(DATABASE_ENUMS) as DatabaseEnumName[]).filter(
    (name) => [...new Set(DATABASE_ENUMS[name])].sort().join('\u0000') === wanted,
  )
  if (names.length > 1) throw new Error(`enums ${names.join(' and ')} have the same values: keep one`)
  return names[0]
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Import order as the formatter sorts named specifiers: letter by letter, ignoring case, capitals first. */
function bySpecifier(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!]
    if (x === y) continue
    const [lx, ly] = [x.toLowerCase(), y.toLowerCase()]
    if (lx !== ly) return lx < ly ? -1 : 1
    return x === x.toUpperCase() ? -1 : 1
  }
  return a.length - b.length
}

const pascal = (table: string) =>
  table
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')

const HELPERS = {
  Timestamp: [
    '/** timestamptz: read as a Date, written as a Date or an ISO string. */',
    'type Timestamp = ColumnType<Date, Date | string, Date | string>',
  ],
  GeneratedTimestamp: [
    'type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>',
  ],
  Json: [
    '/** jsonb: read parsed, written as a value or as JSON text. */',
    'type Json<T> = ColumnType<T, T | string, T | string>',
  ],
  GeneratedJson: ['type GeneratedJson<T> = ColumnType<T, T | string | undefined, T | string>'],
} as const

/** The text of db/types.ts for the schema of this database. */
export async function generateTypes(db: Db): Promise<string> {
  const columns = await readColumns(db)
  const checks = await readCheckLists(db)

  const enumOf = new Map<string, DatabaseEnumName>()
  for (const c of checks) {
    if (!c.sole) continue
    const name = enumWithValues(c.values)
    if (!name)
      throw new Error(
        `${c.table}.${c.column}: CHECK IN (${c.values.join(', ')}) matches no array of server/src/db/enums.ts; ` +
          'add the enum there (and to DATABASE_ENUMS), or bring its values in line with the migration',
      )
    enumOf.set(`${c.table}.${c.column}`, name)
  }
  const known = new Set(columns.map((c) => `${c.table}.${c.column}`))
  for (const key of Object.keys(OVERRIDES)) {
    if (!known.has(key)) throw new Error(`OVERRIDES names ${key}, which is not a column: remove the entry`)
    if (enumOf.has(key))
      throw new Error(`OVERRIDES names ${key}, which its CHECK already types: remove the entry`)
  }

  const helpers = new Set<keyof typeof HELPERS>()
  const kysely = new Set<string>()
  const enums = new Set<DatabaseEnumName>()

  function typeOf(c: CatalogColumn): string {
    const key = `${c.table}.${c.column}`
    let kind = kindOf(c.typeName, c.elementType, key)
    const named = enumOf.get(key) ?? OVERRIDES[key]
    if (named) {
      if (kind.kind === 'timestamp') throw new Error(`${key}: a timestamp cannot take the type ${named}`)
      kind = { ...kind, ts: named }
      if (named in DATABASE_ENUMS) enums.add(named as DatabaseEnumName)
    }
    const nullable = c.notNull ? '' : ' | null'
    if (c.identity === 'a' || c.generated === 's') {
      kysely.add('GeneratedAlways')
      return `GeneratedAlways<${kind.kind === 'timestamp' ? 'Date' : kind.ts}${nullable}>`
    }
    const optional = c.hasDefault || c.identity === 'd'
    if (kind.kind === 'timestamp') {
      const helper = optional ? 'GeneratedTimestamp' : 'Timestamp'
      helpers.add(helper)
      return `${helper}${nullable}`
    }
    if (kind.kind === 'json') {
      const helper = optional ? 'GeneratedJson' : 'Json'
      helpers.add(helper)
      return `${helper}<${kind.ts}>${nullable}`
    }
    if (optional) {
      kysely.add('Generated')
      return `Generated<${kind.ts}${nullable}>`
    }
    return `${kind.ts}${nullable}`
  }

  const tables = [...new Set(columns.map((c) => c.table))]
  const bodies: string[] = []
  for (const table of tables) {
    const lines = [`export interface ${pascal(table)}Table {`]
    for (const c of columns.filter((col) => col.table === table)) {
      if (c.comment) lines.push(`  /** ${c.comment.replaceAll('*/', '* /').replace(/\s+/g, ' ').trim()} */`)
      lines.push(`  ${c.column}: ${typeOf(c)}`)
    }
    lines.push('}')
    bodies.push(lines.join('\n'))
  }
  bodies.push(
    ['export interface Database {', ...tables.map((t) => `  ${t}: ${pascal(t)}Table`), '}'].join('\n'),
  )
  if (helpers.size > 0) kysely.add('ColumnType')

  const out = [
    '// Generated by `npm run db:types` (server/src/db/generate-types.ts) from the migrated schema; do not edit.',
    '// Columns whose CHECK (col IN (…)) list equals an array of enums.ts carry that enum.',
    '',
  ]
  if (kysely.size > 0) out.push(`import type { ${[...kysely].sort(bySpecifier).join(', ')} } from 'kysely'`)
  if (enums.size > 0) out.push(...namedList('import type', [...enums], './enums.ts'))
  out.push('')
  out.push(...namedList('export type', Object.keys(DATABASE_ENUMS), './enums.ts'))
  out.push('')
  for (const name of Object.keys(HELPERS) as (keyof typeof HELPERS)[])
    if (helpers.has(name)) out.push(...HELPERS[name])
  if (helpers.size > 0) out.push('')
  out.push(bodies.join('\n\n'))
  return `${out.join('\n')}\n`
}

/** `import type { A, B } from '…'`, one name a line when it does not fit the formatter's line width. */
function namedList(keyword: string, names: string[], from: string): string[] {
  const sorted = [...names].sort(bySpecifier)
  const oneLine = `${keyword} { ${sorted.join(', ')} } from '${from}'`
  if (oneLine.length <= 110) return [oneLine]
  return [`${keyword} {`, ...sorted.map((n) => `  ${n},`), `} from '${from}'`]
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-types-'))
  const handle = await createDb({ dataDir: dir })
  try {
    await migrateToLatest(handle.db)
    const text = await generateTypes(handle.db)
    const before = fs.existsSync(TYPES_FILE) ? fs.readFileSync(TYPES_FILE, 'utf8') : ''
    fs.writeFileSync(TYPES_FILE, text)
    console.log(`${path.relative(process.cwd(), TYPES_FILE)} ${before === text ? 'unchanged' : 'written'}`)
  } finally {
    await handle.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
