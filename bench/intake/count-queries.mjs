/**
 * Preloaded (`node --import ./count-queries.mjs …`) into a server for the accounting phase: counts the SQL
 * statements it sends through pg, and those it sends while holding the audit chain's advisory lock (from
 * `pg_advisory_xact_lock` to COMMIT/ROLLBACK on the same connection). Written as JSON to QUERY_COUNT_FILE at exit;
 * SIGUSR2 sets the counts back to zero.
 * pg is CommonJS, so this patches the same Client class the server (and Kysely's PostgresDialect) use.
 */
import fs from 'node:fs'
import pg from 'pg'

const counts = { statements: 0, transactions: 0, statementsHoldingAuditLock: 0 }
const locked = new WeakSet()
const query = pg.Client.prototype.query
pg.Client.prototype.query = function countedQuery(config, values, callback) {
  const text = (typeof config === 'string' ? config : (config?.text ?? '')).trimStart().toLowerCase()
  counts.statements++
  if (text.startsWith('begin')) counts.transactions++
  if (locked.has(this)) counts.statementsHoldingAuditLock++
  if (text.includes('pg_advisory_xact_lock')) locked.add(this)
  if (text.startsWith('commit') || text.startsWith('rollback')) locked.delete(this)
  return query.call(this, config, values, callback)
}

// The runner sends SIGUSR2 once the server is up: start-up, migrations and health checks are not counted.
process.on('SIGUSR2', () => {
  counts.statements = 0
  counts.transactions = 0
  counts.statementsHoldingAuditLock = 0
})
process.on('exit', () => {
  if (process.env.QUERY_COUNT_FILE) fs.writeFileSync(process.env.QUERY_COUNT_FILE, JSON.stringify(counts))
})
