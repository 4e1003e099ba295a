/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by area (a package under
 * node_modules, a server source file, or V8's own buckets such as "(garbage collector)").
 *
 *   node bench/intake/profile-summary.mjs path/to/file.cpuprofile [top] [fromMs toMs]
 */
import fs from 'node:fs'

function areaOf(url) {
  if (!url) return null
  const nm = url.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  const src = url.indexOf('/server/src/')
  if (src >= 0) return url.slice(src + 1)
  if (url.startsWith('node:')) return url
  return url.replace(/^file:\/\//, '')
}

/**
 * `window` ({ fromMs, toMs }, relative to the process start, which is close to the profile's start) keeps only
 * the samples taken in that interval, e.g. one load phase rather than start-up and module compilation.
 */
export function summariseProfile(file, top = 20, window = null) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  // Self time from the samples and their time deltas (more exact than hitCount × interval).
  const selfUs = new Map()
  let at = 0
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    if (window && (at / 1000 < window.fromMs || at / 1000 > window.toMs)) continue
    const id = profile.samples[i]
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta)
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0)
  const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id))
  const idle = [...idleIds].reduce((a, id) => a + (selfUs.get(id) ?? 0), 0)
  const busy = total - idle
  const fns = new Map()
  const areas = new Map()
  for (const [id, us] of selfUs) {
    if (idleIds.has(id)) continue
    const { callFrame: cf } = byId.get(id)
    const area = areaOf(cf.url) ?? cf.functionName
    const fn = `${cf.functionName || '(anonymous)'} ${area}${cf.url ? `:${cf.lineNumber + 1}` : ''}`
    fns.set(fn, (fns.get(fn) ?? 0) + us)
    areas.set(area, (areas.get(area) ?? 0) + us)
  }
  // Inclusive time of the server's own functions (anything under server/src on the stack), to see which step
  // of a request the time goes to, whatever library does the work.
  const serverFrames = new Map() // node id → Set of "function file" on the path from the root
  const parentOf = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id)
  const framesOf = (id) => {
    if (serverFrames.has(id)) return serverFrames.get(id)
    const n = byId.get(id)
    const parent = parentOf.get(id)
    const set = new Set(parent === undefined ? [] : framesOf(parent))
    const src = n.callFrame.url.indexOf('/server/src/')
    if (src >= 0 && n.callFrame.functionName)
      set.add(`${n.callFrame.functionName} ${n.callFrame.url.slice(src + '/server/src/'.length)}`)
    serverFrames.set(id, set)
    return set
  }
  const inclusive = new Map()
  for (const [id, us] of selfUs) {
    if (idleIds.has(id)) continue
    for (const f of framesOf(id)) inclusive.set(f, (inclusive.get(f) ?? 0) + us)
  }
  const pct = (us) => Math.round((us / busy) * 1000) / 10
  const list = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, percentOfBusy: pct(us), ms: Math.round(us / 1000) }))
  return {
    wallMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    busyPercent: Math.round((busy / total) * 1000) / 10,
    topAreas: list(areas),
    topFunctions: list(fns),
    serverFunctionsInclusive: list(inclusive),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top, fromMs, toMs] = process.argv.slice(2)
  if (!file) {
    console.error('usage: node bench/intake/profile-summary.mjs file.cpuprofile [top] [fromMs toMs]')
    process.exit(2)
  }
  const window = fromMs ? { fromMs: Number(fromMs), toMs: Number(toMs ?? Infinity) } : null
  console.log(JSON.stringify(summariseProfile(file, Number(top ?? 20), window), null, 2))
}
