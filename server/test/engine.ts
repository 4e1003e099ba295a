/** Which database the integration suite runs on: PGlite by default, PostgreSQL when asked for. */
export type TestEngine = 'pglite' | 'postgres'

export function testEngine(): TestEngine {
  return process.env.LIANXIN_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite'
}

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('LIANXIN_TEST_ENGINE=postgres needs TEST_DATABASE_URL')
  return url
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}
