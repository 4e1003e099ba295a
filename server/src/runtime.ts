import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.ts'
import type { Config } from './config.ts'
import { createDb, type DbHandle, migrateToLatest } from './db/index.ts'
import type { AppContext } from './platform/context.ts'
import { loadOrCreateDataKey, PersonalDataCipher } from './platform/crypto.ts'

/**
 * Opens the database (migrating it) and the personal-data cipher: everything a command needs. On PGlite the data
 * directory is locked first (`command` names this process to others); a held one throws DataDirLockedError.
 */
export async function openContext(
  config: Config,
  command?: string,
): Promise<AppContext & { pglite?: DbHandle['pglite']; close(): Promise<void> }> {
  const handle = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    lockCommand: command,
  })
  try {
    await migrateToLatest(handle.db)
  } catch (error) {
    await handle.close()
    throw error
  }
  let key: Buffer
  try {
    key = loadOrCreateDataKey(config.dataKey, config.dataDir, handle.engine === 'pglite')
  } catch (error) {
    await handle.close()
    throw error
  }
  return {
    db: handle.db,
    engine: handle.engine,
    pglite: handle.pglite,
    config,
    cipher: new PersonalDataCipher(key),
    close: handle.close,
  }
}

/** Ensures the county's root region exists: every scope hangs under it. */
export async function ensureCountyRegion(ctx: AppContext, name: string): Promise<void> {
  const code = ctx.config.countyCode
  await ctx.db
    .insertInto('regions')
    .values({
      code,
      parent_code: null,
      level: 'county',
      kind: '县',
      name,
      path: code,
      lat: null,
      lng: null,
      county_code: code,
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute()
}

export async function listen(app: FastifyInstance, config: Config): Promise<string> {
  return app.listen({ port: config.port, host: config.host })
}

export { buildApp }
