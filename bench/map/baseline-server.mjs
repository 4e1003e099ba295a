/**
 * The bare baseline the map's GeoJSON is measured against: Fastify + a pg Pool of the server's size, one endpoint
 * that selects every site's id, position and status and answers them as JSON (Fastify's default serialiser).
 * No join, no schema, no GeoJSON shape. Env: DATABASE_URL, PORT, POOL_SIZE (default 10).
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

app.get('/bench/sites', async () => {
  const { rows } = await pool.query('SELECT id, lat, lng, status FROM project_sites')
  return rows
})

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
