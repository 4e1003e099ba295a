import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { createDb, migrateToLatest } from '../src/db/index.ts'
import { testDatabaseUrl, testEngine, withDatabase } from './engine.ts'

/**
 * Builds one migrated database per run: a PGlite data directory that each test file copies, or a
 * PostgreSQL template database that each test file clones with CREATE DATABASE … TEMPLATE. The demo county's
 * template is built later, by the first test file that asks for it (test/demo-template.ts), in `demoDir`.
 */
export default async function setup(project: TestProject) {
  const engine = testEngine()
  const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-demo-'))
  project.provide('demoDir', demoDir)
  const removeDemoDir = () => fs.rmSync(demoDir, { recursive: true, force: true })
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-tpl-'))
    const handle = await createDb({ dataDir: dir })
    await migrateToLatest(handle.db)
    await handle.close()
    project.provide('pgliteTemplate', dir)
    return () => {
      fs.rmSync(dir, { recursive: true, force: true })
      removeDemoDir()
    }
  }
  const adminUrl = testDatabaseUrl()
  const template = `lianxin_tpl_${process.pid}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${template}`)
  await admin.query(`CREATE DATABASE ${template}`)
  const handle = await createDb({ databaseUrl: withDatabase(adminUrl, template), poolSize: 1 })
  await migrateToLatest(handle.db)
  await handle.close()
  await admin.end()
  project.provide('postgresTemplate', template)
  return async () => {
    const c = new pg.Client({ connectionString: adminUrl })
    await c.connect()
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'lianxin_t_${process.pid}_%' OR datname = $1`,
      [template],
    )
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`)
    await c.end()
    removeDemoDir()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string
    postgresTemplate: string
    /** Where the first test file that needs the demo county builds its template (test/demo-template.ts). */
    demoDir: string
  }
}
