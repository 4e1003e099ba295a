/**
 * The bare baseline the intake budget is measured against: Fastify + a pg Pool of the server's size, one
 * endpoint that runs a transaction with two INSERTs (an item row and a key row) and answers 201 JSON.
 * No validation, no crypto, no segmentation, no audit: the floor cost of "a durable transactional write over
 * HTTP" on this machine and database. Run in its own process: `node bench/intake/baseline-server.mjs`.
 * Env: DATABASE_URL, PORT, POOL_SIZE (default 10, the server's createDb default).
 */
import Fastify from 'fastify'
import pg from 'pg'

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
})
const app = Fastify({ logger: false })

app.get('/health', async () => {
  await pool.query('SELECT 1')
  return { status: 'ok' }
})

app.post('/bench/items', async (request, reply) => {
  const key = request.headers['idempotency-key']
  const body = request.body
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query(
      'INSERT INTO bench_items (content, phone) VALUES ($1, $2) RETURNING id',
      [body.content, body.contact?.phone ?? null],
    )
    await client.query('INSERT INTO bench_keys (key, item_id) VALUES ($1, $2)', [key, rows[0].id])
    await client.query('COMMIT')
    reply.code(201)
    return { id: rows[0].id }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
})

const close = async () => {
  await app.close()
  await pool.end()
  process.exit(0)
}
process.once('SIGTERM', close)
process.once('SIGINT', close)

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
console.log(`baseline listening on ${app.server.address().port}`)
