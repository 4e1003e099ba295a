import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { inject as injectProvided } from 'vitest'
import { createDb } from '../src/db/index.ts'
import { isLockFile } from '../src/db/lock.ts'
import { type DemoSummary, generateDemoCounty } from '../src/demo/index.ts'
import { PersonalDataCipher } from '../src/platform/crypto.ts'
import { testDatabaseUrl, testEngine, withDatabase } from './engine.ts'
import { openTestDb } from './harness.ts'

/**
 * The demo county of the tests, generated once per run and engine and copied for each test file that reads it
 * (generating it takes tens of seconds). The first file to ask builds the template in the run's `demoDir`
 * (global-setup.ts); the others wait for it. A file that checks the generation itself (that it is repeatable)
 * still generates its own county and compares it with this one.
 */

/** A fixed "today" (a Thursday morning), so the live items are the same on every run. */
export const DEMO_NOW = new Date('2026-11-26T10:30:00+08:00')
export const DEMO_PASSWORD = 'Demo-Lianxin-2022'
export const demoCipher = new PersonalDataCipher(Buffer.alloc(32, 7))

export type TestDb = Awaited<ReturnType<typeof openTestDb>>

/** Generates the demo county (with the options above) into a database. */
export function generateTestCounty(db: TestDb['db']): Promise<DemoSummary> {
  return generateDemoCounty(db, { password: DEMO_PASSWORD, cipher: demoCipher, now: DEMO_NOW })
}

interface Built {
  /** The PGlite data directory or the PostgreSQL database to copy. */
  template: string
  summary: DemoSummary
}

const WAIT_MS = 300_000

/** A fresh copy of the run's demo county, with the summary of its generation. */
export async function openDemoTestDb(): Promise<{ handle: TestDb; summary: DemoSummary }> {
  const built = await demoTemplate()
  return { handle: await openTestDb(built.template), summary: built.summary }
}

async function demoTemplate(): Promise<Built> {
  const dir = injectProvided('demoDir')
  const done = path.join(dir, 'built.json')
  const failed = path.join(dir, 'failed.txt')
  let first = true
  try {
    fs.mkdirSync(path.join(dir, 'building'))
  } catch {
    first = false
  }
  if (first) {
    try {
      const built = await buildTemplate(dir)
      fs.writeFileSync(`${done}.tmp`, JSON.stringify(built))
      fs.renameSync(`${done}.tmp`, done)
      return built
    } catch (error) {
      fs.writeFileSync(failed, String((error as Error)?.stack ?? error))
      throw error
    }
  }
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    if (fs.existsSync(done)) return JSON.parse(fs.readFileSync(done, 'utf8')) as Built
    if (fs.existsSync(failed))
      throw new Error(`the demo county template failed:\n${fs.readFileSync(failed, 'utf8')}`)
    if (Date.now() > deadline) throw new Error(`no demo county template in ${dir} after ${WAIT_MS} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function buildTemplate(dir: string): Promise<Built> {
  if (testEngine() === 'pglite') {
    const template = path.join(dir, 'pglite')
    fs.cpSync(injectProvided('pgliteTemplate'), template, {
      recursive: true,
      filter: (file) => !isLockFile(file),
    })
    const handle = await createDb({ dataDir: template })
    try {
      return { template, summary: await generateTestCounty(handle.db) }
    } finally {
      await handle.close()
    }
  }
  // Named like the files' databases, so that the global teardown drops it with them.
  const template = `${injectProvided('postgresTemplate').replace('lianxin_tpl_', 'lianxin_t_')}_demo`
  const adminUrl = testDatabaseUrl()
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${template} TEMPLATE ${injectProvided('postgresTemplate')}`)
  await admin.end()
  // Closed before anyone copies it: CREATE DATABASE … TEMPLATE needs the template without connections.
  const handle = await createDb({ databaseUrl: withDatabase(adminUrl, template), poolSize: 1 })
  try {
    return { template, summary: await generateTestCounty(handle.db) }
  } finally {
    await handle.close()
  }
}
