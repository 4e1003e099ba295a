/**
 * Preloaded (`node --import ./count-queries.mjs …`) into a server for the accounting phase: counts the SQL
 * statements it sends, BEGIN and COMMIT included, and the transactions — through pg's Client (PostgreSQL; the same
 * class the server's and Kysely's pool use), and through PGlite's query and transaction (the embedded engine; its
 * transaction sends BEGIN and COMMIT itself, counted as the two statements they are). Also counts the statements
 * sent outside a transaction (a statement that is its own transaction). Written as JSON to QUERY_COUNT_FILE at
 * exit; SIGUSR2 sets the counts back to zero.
 */
import fs from 'node:fs'
import pg from 'pg'

const counts = { statements: 0, transactions: 0, singleStatementTransactions: 0 }
const inTransaction = new WeakSet()

const query = pg.Client.prototype.query
pg.Client.prototype.query = function countedQuery(config, values, callback) {
  const text = (typeof config === 'string' ? config : (config?.text ?? '')).trimStart().toLowerCase()
  counts.statements++
  if (text.startsWith('begin')) {
    counts.transactions++
    inTransaction.add(this)
  } else if (text.startsWith('commit') || text.startsWith('rollback')) inTransaction.delete(this)
  else if (!inTransaction.has(this)) counts.singleStatementTransactions++
  return query.call(this, config, values, callback)
}

try {
  const { PGlite } = await import('@electric-sql/pglite')
  const proto = PGlite.prototype
  const pgliteQuery = proto.query
  const pgliteTransaction = proto.transaction
  proto.query = function countedQuery(...args) {
    counts.statements++
    counts.singleStatementTransactions++
    return pgliteQuery.apply(this, args)
  }
  proto.transaction = function countedTransaction(callback) {
    counts.statements += 2
    counts.transactions++
    return pgliteTransaction.call(this, (tx) => {
      const counted = Object.create(tx)
      counted.query = (...args) => {
        counts.statements++
        return tx.query(...args)
      }
      return callback(counted)
    })
  }
} catch {
  // No PGlite here (the PostgreSQL baseline): pg only.
}

// The runner sends SIGUSR2 once the server is up and warmed: start-up and warm-up are not counted.
process.on('SIGUSR2', () => {
  for (const k of Object.keys(counts)) counts[k] = 0
})
process.on('exit', () => {
  if (process.env.QUERY_COUNT_FILE) fs.writeFileSync(process.env.QUERY_COUNT_FILE, JSON.stringify(counts))
})
