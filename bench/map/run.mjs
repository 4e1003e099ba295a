#!/usr/bin/env node
/**
 * The public map at scale (bench/README.md, "Map"): the year's sites as GeoJSON over HTTP against a bare baseline
 * in the same run, and supercluster (the library the page clusters with) over the same points in Node.
 *   npm run bench:map -w bench        (PostgreSQL at PG_ADMIN_URL; BENCH_SITES=200000, BENCH_REQUESTS=20)
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import pg from 'pg'
import Supercluster from 'supercluster'
import { growSites } from './load.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '..', '..')
const SITES = Number(process.env.BENCH_SITES ?? 200_000)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20)
const ADMIN = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const dbName = `lianxin_bench_map_${process.pid}`
const dbUrl = Object.assign(new URL(ADMIN), { pathname: `/${dbName}` }).toString()
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const children = []

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

function runChild(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')}: ${err.slice(-2000)}`)),
    )
  })
}

async function startServer(name, args, env, healthUrl) {
  const logFile = path.join(os.tmpdir(), `lianxin-bench-map-${name}-${process.pid}.log`)
  const out = fs.openSync(logFile, 'w')
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', out, out] })
  fs.closeSync(out)
  children.push(child)
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start; log: ${logFile}`)
    try {
      if ((await fetch(healthUrl)).ok) return { child, logFile }
    } catch {}
    if (Date.now() > deadline) throw new Error(`${name} did not start in 90 s; log: ${logFile}`)
    await sleep(200)
  }
}

/** One GET read to its end, without compression: milliseconds to the last byte and the bytes received. */
function timedGet(url) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    http
      .get(url, { headers: { accept: 'application/json', 'accept-encoding': 'identity' } }, (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`))
          resolve({ ms: performance.now() - t0, body: Buffer.concat(chunks) })
        })
      })
      .on('error', reject)
  })
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}
const r1 = (n) => Math.round(n * 10) / 10
const stats = (xs) => ({ p50: r1(pct(xs, 50)), p99: r1(pct(xs, 99)), max: r1(Math.max(...xs)), n: xs.length })
const mb = (n) => r1(n / 1024 / 1024)

function gc() {
  if (global.gc) {
    global.gc()
    global.gc()
  }
}

async function main() {
  const started = new Date()
  const loadBefore = os.loadavg().map(r1)
  const admin = new pg.Client({ connectionString: ADMIN })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${dbName}`)
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 })
  try {
    const env = { ...process.env, DATABASE_URL: dbUrl, LIANXIN_DATA_KEY: randomBytes(32).toString('base64') }
    const setup = JSON.parse(
      (await runChild(['--import', 'tsx', 'bench/intake/setup.ts'], env)).trim().split('\n').at(-1),
    )
    if (setup.mode !== 'demo')
      throw new Error(`the demo county did not load (${setup.mode}): no projects to grow`)
    console.log(`demo county loaded in ${setup.demoMs} ms; growing 2022 to ${SITES} sites…`)
    const load = await growSites(pool, SITES)
    console.log(`bulk load: ${load.copied} copies in ${load.loadMs} ms`)

    // ── (1) the GeoJSON API against the bare baseline ─────────────────────────────────────────────────────
    const [port, basePort] = [await freePort(), await freePort()]
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-bench-map-'))
    const server = await startServer(
      'server',
      ['--import', 'tsx', 'server/src/main.ts', 'start'],
      {
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        LIANXIN_JOBS_INTERVAL_SECONDS: '0',
        LIANXIN_DATA_DIR: dataDir,
      },
      `http://127.0.0.1:${port}/api/health`,
    )
    await startServer(
      'baseline',
      [path.join(here, 'baseline-server.mjs')],
      { ...env, PORT: String(basePort) },
      `http://127.0.0.1:${basePort}/health`,
    )
    const real = `http://127.0.0.1:${port}/api/public/projects/sites.geojson?year=2022`
    const bare = `http://127.0.0.1:${basePort}/bench/sites`
    for (let i = 0; i < 2; i++)
      await Promise.all([timedGet(real), timedGet(bare)].map((p) => p.catch((e) => e)))
    const times = { geojson: [], baseline: [] }
    const bytes = { geojson: 0, baseline: 0, geojsonGzip: 0, baselineGzip: 0, features: 0, baselineRows: 0 }
    for (let i = 0; i < REQUESTS; i++) {
      // Alternate which goes first, one request at a time: the machine's drift falls on both alike.
      const order = i % 2 ? ['baseline', 'geojson'] : ['geojson', 'baseline']
      for (const which of order) {
        const { ms, body } = await timedGet(which === 'geojson' ? real : bare)
        times[which].push(ms)
        if (i === 0) {
          bytes[which] = body.length
          bytes[`${which}Gzip`] = gzipSync(body).length
          const parsed = JSON.parse(body)
          if (which === 'geojson') bytes.features = parsed.features.length
          else bytes.baselineRows = parsed.length
        }
      }
    }
    const api = {
      geojson: stats(times.geojson),
      baseline: stats(times.baseline),
      ratioP50: r1(pct(times.geojson, 50) / pct(times.baseline, 50)),
      bytes,
    }
    console.log('GeoJSON API:', JSON.stringify(api))
    const serverRss =
      Number(fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) * 1024

    // ── (2) supercluster over the same points, in this process ────────────────────────────────────────────
    const frame = await (await fetch(`http://127.0.0.1:${port}/api/public/map`)).json()
    const geo = JSON.parse((await timedGet(real)).body)
    const colour = { red: [1, 0, 0], yellow: [0, 1, 0], blue: [0, 0, 1] }
    const points = geo.features.map((f) => {
      const [red, yellow, blue] = colour[f.properties.colour]
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: f.geometry.coordinates },
        properties: {
          id: f.properties.id,
          name: f.properties.name,
          crossedOff: f.properties.crossedOff,
          red,
          yellow,
          blue,
        },
      }
    })
    // The page's options (web/src/public/map/clusters.ts).
    const options = {
      radius: 56,
      maxZoom: 16,
      map: (p) => ({ red: p.red, yellow: p.yellow, blue: p.blue }),
      reduce: (s, p) => {
        s.red += p.red
        s.yellow += p.yellow
        s.blue += p.blue
      },
    }
    const builds = []
    let index
    gc()
    const heapBefore = process.memoryUsage().heapUsed
    for (let i = 0; i < 3; i++) {
      index = null
      gc()
      const t0 = performance.now()
      index = new Supercluster(options).load(points)
      builds.push(performance.now() - t0)
    }
    gc()
    const heapIndex = process.memoryUsage().heapUsed - heapBefore
    // The sites' extent (a loop: spreading 200,000 arguments overflows the stack).
    const county = [180, 90, -180, -90]
    for (const p of points) {
      const [lng, lat] = p.geometry.coordinates
      county[0] = Math.min(county[0], lng)
      county[1] = Math.min(county[1], lat)
      county[2] = Math.max(county[2], lng)
      county[3] = Math.max(county[3], lat)
    }
    const town = frame.center && [
      frame.center.lng - 0.05,
      frame.center.lat - 0.04,
      frame.center.lng + 0.05,
      frame.center.lat + 0.04,
    ]
    const zooms = { county: Math.floor(frame.zoom), town: Math.floor(frame.zoom) + 3 }
    const query = (bbox, zoom) => {
      const t = []
      let marks = 0
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now()
        marks = index.getClusters(bbox, zoom).length
        t.push(performance.now() - t0)
      }
      return { zoom, bbox: bbox.map((n) => Math.round(n * 1e4) / 1e4), marks, ...stats(t) }
    }
    const clusters = {
      points: points.length,
      buildMs: builds.map(r1),
      county: query(county, zooms.county),
      town: query(town, zooms.town),
      heapIndexMB: mb(heapIndex),
      rssMB: mb(process.memoryUsage().rss),
    }
    console.log('supercluster:', JSON.stringify(clusters))

    const git = (...args) =>
      execFileSync('git', ['--no-optional-locks', ...args], { cwd: repoRoot, encoding: 'utf8' }).trim()
    const results = {
      benchmark: 'map',
      at: started.toISOString(),
      commit: git('rev-parse', '--short', 'HEAD'),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        memGB: r1(os.totalmem() / 2 ** 30),
        loadBefore,
        loadAfter: os.loadavg().map(r1),
      },
      node: process.version,
      engine: 'postgresql',
      sites: { requested: SITES, ...load, demoMs: setup.demoMs },
      api: { ...api, serverRssMB: mb(serverRss) },
      clusters,
    }
    const stamp = started.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', 'T')
    const file = path.join(
      here,
      '..',
      'results',
      `map-${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9)}Z.json`,
    )
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`results: ${path.relative(repoRoot, file)}`)
  } finally {
    for (const c of children) c.kill('SIGTERM')
    await sleep(500)
    await pool.end()
    if (!process.env.BENCH_KEEP_DB) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    await admin.end()
  }
}

await main()
