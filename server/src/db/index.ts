import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration'
import pg from 'pg'
import { acquireDataDirLock, type DataDirLock } from './lock.ts'
import { migrations } from './migrations/index.ts'
import type { Database } from './types.ts'

export type Db = Kysely<Database>
export type Engine = 'pglite' | 'postgres'

export interface DbHandle {
  db: Db
  engine: Engine
  /** The embedded engine itself (PGlite only), for backups. */
  pglite?: PGlite
  close(): Promise<void>
}

export interface CreateDbOptions {
  /** PostgreSQL connection string; when absent PGlite is opened in dataDir. */
  databaseUrl?: string
  /** PGlite data directory (a "pgdata" folder is created inside it); undefined = in memory. */
  dataDir?: string
  poolSize?: number
  /** PGlite only: a backup (tar.gz of a data directory) to start from. */
  loadDataDir?: Blob
  /** PGlite data directory only: what its lock file names as the holder, e.g. "lianxin demo" (no secrets). */
  lockCommand?: string
}

// timestamptz comes back as Date, bigint (count, bigserial) as string on both engines; numeric stays string.
// A date is a day, not an instant: both engines hand it back as the text 'YYYY-MM-DD', whatever the process's
// time zone (as a Date it would be local midnight, a day early east of UTC once turned into ISO text).
const DATE_OID = 1082
pg.types.setTypeParser(20, (value) => value)
pg.types.setTypeParser(DATE_OID, (value) => value)

let lostConnections = 0

function reportLostConnection(error: Error & { code?: string }): void {
  lostConnections++
  // One line, no query or parameters (ARCHITECTURE.md "Logging").
  if (lostConnections <= 5 || lostConnections % 100 === 0)
    process.emitWarning(
      `PostgreSQL connection lost (${error.code ?? error.message}); it is reopened on demand`,
      {
        code: 'LIANXIN_PG_CONNECTION_LOST',
      },
    )
}

/**
 * Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite. One Kysely code path.
 * A PGlite data directory is locked to this process until close (db/lock.ts): opening one that another live
 * process holds throws DataDirLockedError before PGlite touches it.
 */
export async function createDb(options: CreateDbOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 })
    // A connection the server closes while it sits idle (a restart, a failover, an administrator's terminate)
    // is an 'error' event; unheard it would crash the process. The pool drops that connection and opens another
    // on the next query, so the event is only reported. A client being released can still receive it, hence the
    // listener on each client too.
    const lost = (error: Error) => reportLostConnection(error)
    pool.on('error', lost)
    pool.on('connect', (client) => client.on('error', lost))
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return { db, engine: 'postgres', close: () => db.destroy() }
  }
  let dataPath: string | undefined
  let lock: DataDirLock | undefined
  if (options.dataDir) {
    lock = acquireDataDirLock(options.dataDir, { command: options.lockCommand })
    dataPath = path.join(options.dataDir, 'pgdata')
  }
  let pglite: PGlite
  try {
    if (dataPath) fs.mkdirSync(dataPath, { recursive: true })
    pglite = await PGlite.create({
      dataDir: dataPath,
      extensions: { pg_trgm },
      parsers: { [DATE_OID]: (value: string) => value },
      loadDataDir: options.loadDataDir,
    })
  } catch (error) {
    lock?.release()
    throw error
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) })
  return {
    db,
    engine: 'pglite',
    pglite,
    close: async () => {
      await db.destroy()
      if (!pglite.closed) await pglite.close()
      // Released only once PGlite has closed its files (a failed close keeps it until the process exits).
      lock?.release()
    },
  }
}

const provider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => migrations,
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
