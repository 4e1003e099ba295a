import path from 'node:path'

/** Typed configuration read from the environment. Every variable is documented in README.md. */
export interface Config {
  port: number
  host: string
  /** PostgreSQL connection string; when absent the embedded PGlite engine is used. */
  databaseUrl: string | undefined
  /** Directory for PGlite data, the generated data key and uploaded files. */
  dataDir: string
  /** Region code of the county this installation serves. */
  countyCode: string
  sessionIdleMinutes: number
  sessionMaxHours: number
  loginMaxFailures: number
  loginLockMinutes: number
  require2fa: boolean
  /** 32-byte key (base64) for personal data at rest; generated into dataDir when absent on PGlite. */
  dataKey: string | undefined
  cookieSecure: 'auto' | boolean
  trustProxy: boolean
  logLevel: string
  adminPassword: string | undefined
  demoPassword: string
  webDistDir: string
  version: string
  /** Seconds between runs of the background jobs (sweeps, outbox delivery); 0 = no scheduler on this node. */
  jobsIntervalSeconds: number
  /** Where webhook notifications (SMS gateway, DingTalk/浙政钉 robot) are POSTed; unset = they stay pending. */
  webhookUrl: string | undefined
  /** HMAC-SHA256 key signing each webhook body (X-Lianxin-Signature); required with webhookUrl. */
  webhookSecret: string | undefined
  /** Delivery attempts before a webhook notification is marked failed. */
  webhookMaxAttempts: number
  /** Per-request timeout of a webhook delivery. */
  webhookTimeoutSeconds: number
  /** Public submissions per client address per minute (photo uploads: five times as many); 0 = no limit. */
  publicRateLimitPerMinute: number
  /** Sign-in attempts per client address and minute; 0 turns the limit off. */
  loginRateLimitPerMinute: number
  /** Tracking look-ups, ratings and reopenings per client address and minute; 0 turns the limit off. */
  trackingRateLimitPerMinute: number
  /** Milliseconds between runs of the audit chainer on a node running jobs; 0 = with the other jobs. */
  auditChainIntervalMs: number
  /** A checkpoint of the audit chain's head is written when it has moved and the last is this many seconds old. */
  auditCheckpointEverySeconds: number
  /** File to which each audit checkpoint is appended (JSON lines), outside the database; unset = none. */
  auditCheckpointFile: string | undefined
  /** Failed token attempts per tracking code and minute, from any address; 0 turns the limit off. */
  trackingCodeRateLimitPerMinute: number
  /** Requests per partner API key and minute (partner API and Open311 POST); 0 turns the limit off. */
  partnerRateLimitPerMinute: number
  /** Recovery codes sent by SMS per phone number and hour (whether it has items or not); 0 turns the limit off. */
  recoveryCodesPerPhonePerHour: number
  /** A request's line and headers must arrive within this (platform/timeouts.ts). */
  headersTimeoutSeconds: number
  /** A request's body must arrive within this, plus a second per bodyMinBytesPerSecond bytes received. */
  requestTimeoutSeconds: number
  /** The slowest a body may arrive without being cut (a phone on a slow network); 0 = no allowance. */
  bodyMinBytesPerSecond: number
  /**
   * Where citizens reach the public site (scheme, host and any path prefix, no trailing slash): the URL the venue
   * and deputy QR codes encode. Defaults to http://localhost:PORT, which only suits the demo.
   */
  publicBaseUrl: string
  /** False when publicBaseUrl is the localhost default (the start warns: printed codes would not open). */
  publicBaseUrlSet: boolean
  /** The public map's base tiles: a 天地图 key (vector and label layers), else any XYZ template, else none. */
  mapTiandituTk: string | undefined
  mapTilesUrl: string | undefined
  mapTilesAttribution: string | undefined
}

export class ConfigError extends Error {}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`)
  }
  return value
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false
  throw new ConfigError(`${name} must be 1/0 or true/false, got "${raw}"`)
}

/** An http(s) URL without query, fragment or trailing slash (a path prefix is kept). */
function baseUrlVar(raw: string): string {
  const fail = () =>
    new ConfigError(
      `LIANXIN_PUBLIC_BASE_URL must be an http(s) URL such as https://lianxin.example.gov.cn, got "${raw}"`,
    )
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw fail()
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username)
    throw fail()
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

export const DEFAULT_DEMO_PASSWORD = 'Lianxin@2026'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cookieSecureRaw = env.LIANXIN_COOKIE_SECURE
  const countyCode = env.LIANXIN_COUNTY_CODE ?? '330521000000'
  if (!/^\d{12}$/.test(countyCode))
    throw new ConfigError('LIANXIN_COUNTY_CODE must be a 12-digit region code')
  const dataKey = env.LIANXIN_DATA_KEY || undefined
  if (dataKey !== undefined && Buffer.from(dataKey, 'base64').length !== 32) {
    throw new ConfigError('LIANXIN_DATA_KEY must be 32 bytes encoded in base64 (openssl rand -base64 32)')
  }
  const webhookUrl = env.LIANXIN_WEBHOOK_URL || undefined
  if (webhookUrl !== undefined) {
    let protocol = ''
    try {
      protocol = new URL(webhookUrl).protocol
    } catch {
      throw new ConfigError(`LIANXIN_WEBHOOK_URL must be an http(s) URL, got "${webhookUrl}"`)
    }
    if (protocol !== 'http:' && protocol !== 'https:')
      throw new ConfigError(`LIANXIN_WEBHOOK_URL must be an http(s) URL, got "${webhookUrl}"`)
  }
  const webhookSecret = env.LIANXIN_WEBHOOK_SECRET || undefined
  if (webhookUrl && (!webhookSecret || webhookSecret.length < 16)) {
    throw new ConfigError(
      'LIANXIN_WEBHOOK_SECRET (at least 16 characters) is required with LIANXIN_WEBHOOK_URL: receivers check the signature',
    )
  }
  const port = intVar(env, 'PORT', 3000, 0, 65535)
  const publicBaseUrlRaw = env.LIANXIN_PUBLIC_BASE_URL || undefined
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.LIANXIN_DATA_DIR ?? './data'),
    countyCode,
    sessionIdleMinutes: intVar(env, 'LIANXIN_SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionMaxHours: intVar(env, 'LIANXIN_SESSION_MAX_HOURS', 12, 1, 24 * 30),
    loginMaxFailures: intVar(env, 'LIANXIN_LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockMinutes: intVar(env, 'LIANXIN_LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    require2fa: boolVar(env, 'LIANXIN_REQUIRE_2FA', false),
    dataKey,
    cookieSecure:
      cookieSecureRaw === undefined || cookieSecureRaw === '' || cookieSecureRaw === 'auto'
        ? 'auto'
        : boolVar(env, 'LIANXIN_COOKIE_SECURE', false),
    trustProxy: boolVar(env, 'LIANXIN_TRUST_PROXY', false),
    logLevel: env.LOG_LEVEL ?? 'info',
    adminPassword: env.LIANXIN_ADMIN_PASSWORD || undefined,
    demoPassword: env.LIANXIN_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    webDistDir: path.resolve(env.LIANXIN_WEB_DIST ?? path.join(repoRoot, 'web', 'dist')),
    version: env.LIANXIN_VERSION ?? '0.1.0',
    jobsIntervalSeconds: intVar(env, 'LIANXIN_JOBS_INTERVAL_SECONDS', 60, 0, 24 * 3600),
    webhookUrl,
    webhookSecret,
    webhookMaxAttempts: intVar(env, 'LIANXIN_WEBHOOK_MAX_ATTEMPTS', 8, 1, 30),
    webhookTimeoutSeconds: intVar(env, 'LIANXIN_WEBHOOK_TIMEOUT_SECONDS', 5, 1, 60),
    publicRateLimitPerMinute: intVar(env, 'LIANXIN_PUBLIC_RATE_LIMIT', 20, 0, 100_000),
    loginRateLimitPerMinute: intVar(env, 'LIANXIN_LOGIN_RATE_LIMIT', 30, 0, 100_000),
    trackingRateLimitPerMinute: intVar(env, 'LIANXIN_TRACKING_RATE_LIMIT', 60, 0, 100_000),
    auditChainIntervalMs: intVar(env, 'LIANXIN_AUDIT_CHAIN_INTERVAL_MS', 1000, 0, 3600_000),
    auditCheckpointEverySeconds: intVar(env, 'LIANXIN_AUDIT_CHECKPOINT_SECONDS', 10, 0, 24 * 3600),
    auditCheckpointFile: env.LIANXIN_AUDIT_CHECKPOINT_FILE
      ? path.resolve(env.LIANXIN_AUDIT_CHECKPOINT_FILE)
      : undefined,
    trackingCodeRateLimitPerMinute: intVar(env, 'LIANXIN_TRACKING_CODE_RATE_LIMIT', 20, 0, 100_000),
    recoveryCodesPerPhonePerHour: intVar(env, 'LIANXIN_RECOVERY_CODES_PER_PHONE', 5, 0, 1000),
    partnerRateLimitPerMinute: intVar(env, 'LIANXIN_PARTNER_RATE_LIMIT', 600, 0, 100_000),
    headersTimeoutSeconds: intVar(env, 'LIANXIN_HEADERS_TIMEOUT_SECONDS', 10, 1, 600),
    requestTimeoutSeconds: intVar(env, 'LIANXIN_REQUEST_TIMEOUT_SECONDS', 30, 1, 3600),
    bodyMinBytesPerSecond: intVar(env, 'LIANXIN_BODY_MIN_BYTES_PER_SECOND', 8192, 0, 100_000_000),
    publicBaseUrl: publicBaseUrlRaw ? baseUrlVar(publicBaseUrlRaw) : `http://localhost:${port}`,
    publicBaseUrlSet: publicBaseUrlRaw !== undefined,
    ...mapTilesVars(env),
  }
}

/** LIANXIN_MAP_TIANDITU_TK (a 天地图 browser key), LIANXIN_MAP_TILES_URL (an XYZ template) and its attribution. */
function mapTilesVars(env: NodeJS.ProcessEnv) {
  const tk = env.LIANXIN_MAP_TIANDITU_TK || undefined
  if (tk !== undefined && !/^[0-9A-Za-z]{8,64}$/.test(tk))
    throw new ConfigError(`LIANXIN_MAP_TIANDITU_TK must be a 天地图 key (letters and digits), got "${tk}"`)
  const url = env.LIANXIN_MAP_TILES_URL || undefined
  if (url !== undefined) {
    const fail = () =>
      new ConfigError(
        `LIANXIN_MAP_TILES_URL must be an http(s) tile template with {z}, {x} and {y}, such as https://tiles.example.cn/{z}/{x}/{y}.png, got "${url}"`,
      )
    let protocol = ''
    try {
      protocol = new URL(url.replaceAll(/[{}]/g, '')).protocol
    } catch {
      throw fail()
    }
    if (
      (protocol !== 'http:' && protocol !== 'https:') ||
      !['{z}', '{x}', '{y}'].every((p) => url.includes(p))
    )
      throw fail()
  }
  return {
    mapTiandituTk: tk,
    mapTilesUrl: url,
    mapTilesAttribution: env.LIANXIN_MAP_TILES_ATTRIBUTION || undefined,
  }
}
