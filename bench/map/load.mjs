/**
 * Grows the demo's 2022 projects to `total` sites with one INSERT … SELECT: each of the demo's sites copied with
 * a new id and a position jittered by up to ±0.02° (so the copies spread over the county), the status, progress
 * and lead deputies of the original; then VACUUM ANALYZE. Not the HTTP path: no audit, no events.
 */
export async function growSites(pool, total) {
  const { rows } = await pool.query(
    `SELECT count(*)::int AS n FROM project_sites s JOIN projects p ON p.id = s.project_id WHERE p.year = 2022`,
  )
  const have = rows[0].n
  if (have === 0) throw new Error('the demo has no 2022 sites to copy')
  const extra = Math.max(0, total - have)
  const t0 = performance.now()
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query(
      `CREATE TEMP TABLE grow ON COMMIT DROP AS
         SELECT gen_random_uuid() AS id, src.id AS src, g
         FROM generate_series(0, $1::int - 1) g
         JOIN LATERAL (
           SELECT s.id FROM project_sites s JOIN projects p ON p.id = s.project_id WHERE p.year = 2022
           ORDER BY s.id OFFSET (g % $2::int) LIMIT 1
         ) src ON true`,
      [extra, have],
    )
    await client.query(
      `INSERT INTO project_sites (id, project_id, name, town_code, region_code, address, lat, lng, unit_id,
         plan_start, plan_end, investment, milestones, status, progress, last_report_month, crossed_off_at, county_code)
       SELECT g.id, s.project_id, s.name || '·' || g.g, s.town_code, s.region_code, s.address,
         s.lat + (random() - 0.5) * 0.04, s.lng + (random() - 0.5) * 0.04, s.unit_id, s.plan_start, s.plan_end,
         s.investment, s.milestones, s.status, s.progress, s.last_report_month, s.crossed_off_at, s.county_code
       FROM grow g JOIN project_sites s ON s.id = g.src`,
    )
    await client.query(
      `INSERT INTO site_deputies (site_id, deputy_id, seq)
       SELECT g.id, d.deputy_id, d.seq FROM grow g JOIN site_deputies d ON d.site_id = g.src`,
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
  await pool.query('VACUUM ANALYZE project_sites')
  await pool.query('VACUUM ANALYZE site_deputies')
  return { copied: extra, demoSites: have, loadMs: Math.round(performance.now() - t0) }
}
