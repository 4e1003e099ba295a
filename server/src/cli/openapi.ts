import { buildApp } from '../app.ts'
import { loadConfig } from '../config.ts'
import { createDb } from '../db/index.ts'
import { PersonalDataCipher } from '../platform/crypto.ts'

/**
 * Prints the OpenAPI document to stdout. Routes are registered without touching the database, so an
 * in-memory PGlite that is never migrated is enough.
 */
const config = { ...loadConfig({}), webDistDir: '/nonexistent' }
const handle = await createDb({})
const app = await buildApp({
  db: handle.db,
  engine: handle.engine,
  config,
  cipher: new PersonalDataCipher(Buffer.alloc(32)),
})
await app.ready()
process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`)
await app.close()
await handle.close()
