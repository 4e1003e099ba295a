/**
 * The bare baseline on PGlite, the demo's embedded engine: Fastify and one PGlite in the same process (its own data
 * directory), one `POST /bench/items` that runs a transaction with two INSERTs (an item row and a key row) and
 * answers 201 JSON. No validation, crypto, segmentation or audit: the floor cost of "a durable transactional write
 * over HTTP" on PGlite on this machine. Run in its own process: `node bench/intake/baseline-pglite-server.mjs`.
 * Env: PGLITE_DIR (a data directory; created), PORT.
 */
import { PGlite } from '@electric-sql/pglite'
import Fastify from 'fastify'

const db = await PGlite.create({ dataDir: process.env.PGLITE_DIR })
await db.exec(`CREATE TABLE IF NOT EXISTS bench_items (
  id bigserial PRIMARY KEY, content text NOT NULL, phone text, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS bench_keys (
  key text PRIMARY KEY, item_id bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now());`)
const app = Fastify({ logger: false })

app.get('/health', async () => {
  await db.query('SELECT 1')
  return { status: 'ok' }
})

app.post('/bench/items', async (request, reply) => {
  const key = request.headers['idempotency-key']
  const body = request.body
  const id = await db.transaction(async (tx) => {
    const { rows } = await tx.query('INSERT INTO bench_items (content, phone) VALUES ($1, $2) RETURNING id', [
      body.content,
      body.contact?.phone ?? null,
    ])
    await tx.query('INSERT INTO bench_keys (key, item_id) VALUES ($1, $2)', [key, rows[0].id])
    return rows[0].id
  })
  reply.code(201)
  return { id }
})

const close = async () => {
  await app.close()
  await db.close()
  process.exit(0)
}
process.once('SIGTERM', close)
process.once('SIGINT', close)

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
console.log(`baseline (PGlite) listening on ${app.server.address().port}`)
