#!/usr/bin/env node
// The test command of the README: unit, integration on PGlite (and on PostgreSQL when TEST_DATABASE_URL is
// set), the clock tests again under three time zones, lint and format (biome ci), the type check of each
// workspace, the API-client freshness check, and the
// browser journeys in Chromium when it is present. Each gate counts as one check.
// Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ci = process.env.CI === 'true' || process.env.CI === '1'
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label} ━━`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status ?? 1
}

function vitest(label, project, env = {}, files = []) {
  const out = path.join(tmp, `${label.replace(/\W+/g, '-')}.json`)
  const status = run(
    label,
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
      ...files,
    ],
    env,
  )
  let counted = false
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'))
    totals.passed += report.numPassedTests
    totals.failed += report.numFailedTests
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0)
    counted = true
    if (report.numTotalTests === 0) {
      failures.push(`${label}: no test ran`)
      totals.failed += 1
    }
  }
  if (status !== 0) {
    failures.push(`${label}: exit ${status}`)
    if (!counted) totals.failed += 1
  }
}

function check(label, command, args) {
  const status = run(label, command, args)
  if (status === 0) totals.passed += 1
  else {
    totals.failed += 1
    failures.push(`${label}: exit ${status}`)
  }
}

vitest('unit', 'unit')
vitest('integration · PGlite', 'integration', { LIANXIN_TEST_ENGINE: 'pglite' })
if (process.env.TEST_DATABASE_URL) {
  vitest('integration · PostgreSQL', 'integration', { LIANXIN_TEST_ENGINE: 'postgres' })
} else if (ci) {
  failures.push('integration · PostgreSQL: TEST_DATABASE_URL is not set (required under CI)')
  totals.failed += 1
} else {
  console.log('\n━━ integration · PostgreSQL: SKIPPED (set TEST_DATABASE_URL=postgres://… to run it) ━━')
}
// The clocks in the three time zones a server or a laptop is likely to run in: China, UTC and west of UTC. No
// calendar or deadline may depend on the process's zone (docs/domain.md "Clocks").
const CLOCK_UNIT_TESTS = ['server/src/platform/calendar.test.ts']
const CLOCK_INTEGRATION_TESTS = [
  'server/test/calendar.int.test.ts',
  'server/test/settings.int.test.ts',
  'server/test/jobs.int.test.ts',
  // Deputies' records count a year in county time: a reception at 23:30 on 31 December is that year's.
  'server/test/deputy-records.int.test.ts',
]
// The runs above were in the process's own zone: a zone equal to it is not run again (all three stay covered).
const ownZone = zoneName(Intl.DateTimeFormat().resolvedOptions().timeZone)
for (const zone of ['Asia/Shanghai', 'UTC', 'America/Los_Angeles']) {
  if (zoneName(zone) === ownZone) {
    console.log(`\n━━ clocks · TZ=${zone}: covered by the runs above (the process's own zone) ━━`)
    continue
  }
  vitest(`clocks · unit · TZ=${zone}`, 'unit', { TZ: zone }, CLOCK_UNIT_TESTS)
  vitest(
    `clocks · PGlite · TZ=${zone}`,
    'integration',
    { TZ: zone, LIANXIN_TEST_ENGINE: 'pglite' },
    CLOCK_INTEGRATION_TESTS,
  )
  if (process.env.TEST_DATABASE_URL)
    vitest(
      `clocks · PostgreSQL · TZ=${zone}`,
      'integration',
      { TZ: zone, LIANXIN_TEST_ENGINE: 'postgres' },
      CLOCK_INTEGRATION_TESTS,
    )
}
/** One name per zone: UTC has a few (Etc/UTC, Etc/Universal, …), the others are used by their canonical names. */
function zoneName(zone) {
  return /^(Etc\/)?(UTC|UCT|Universal|Zulu|GMT|Greenwich)$/.test(zone) || zone === 'Etc/GMT0' ? 'UTC' : zone
}
check('lint and format · biome ci', 'npx', ['biome', 'ci', '.'])
for (const workspace of ['server', 'web', 'e2e'])
  check(`typecheck · ${workspace}`, 'npx', ['tsc', '-p', workspace, '--noEmit'])
check('API client is up to date with the OpenAPI document', 'npm', ['run', '--silent', 'api:check'])

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (fs.existsSync(chromium)) {
  const out = path.join(tmp, 'e2e.json')
  const status = run(
    'e2e · Chromium',
    'npx',
    ['playwright', 'test', '--config', 'e2e/playwright.config.ts', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      CHROMIUM_PATH: chromium,
    },
  )
  // Playwright runs from the e2e workspace.
  if (fs.existsSync(out)) {
    const { stats } = JSON.parse(fs.readFileSync(out, 'utf8'))
    totals.passed += stats.expected + (stats.flaky ?? 0)
    totals.failed += stats.unexpected
    totals.skipped += stats.skipped
    if (stats.expected + stats.unexpected === 0) {
      failures.push('e2e: no test ran')
      totals.failed += 1
    }
  }
  if (status !== 0) {
    failures.push(`e2e: exit ${status}`)
    if (!fs.existsSync(out)) totals.failed += 1
  }
} else if (ci) {
  failures.push(`e2e: Chromium not found at ${chromium} (required under CI)`)
  totals.failed += 1
} else {
  console.log(
    `\n━━ e2e · SKIPPED: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH) ━━`,
  )
}

fs.rmSync(tmp, { recursive: true, force: true })
if (failures.length) console.log(`\nFailures:\n  ${failures.join('\n  ')}`)
const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`
fs.mkdirSync(path.join(root, '.tmp'), { recursive: true })
fs.writeFileSync(path.join(root, '.tmp', 'test-summary.txt'), `${summary}\n`)
console.log(`\n${summary}`)
process.exit(totals.failed > 0 || failures.length > 0 ? 1 : 0)
