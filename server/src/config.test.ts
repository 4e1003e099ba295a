import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({})
    expect(c).toMatchObject({
      port: 3000,
      sessionIdleMinutes: 30,
      loginMaxFailures: 5,
      loginLockMinutes: 15,
      require2fa: false,
      databaseUrl: undefined,
    })
  })
  it('reads and validates variables with clear errors', () => {
    expect(
      loadConfig({ PORT: '8080', LIANXIN_REQUIRE_2FA: '1', DATABASE_URL: 'postgres://x/y' }),
    ).toMatchObject({ port: 8080, require2fa: true, databaseUrl: 'postgres://x/y' })
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError)
    expect(() => loadConfig({ LIANXIN_SESSION_IDLE_MINUTES: '0' })).toThrow(/LIANXIN_SESSION_IDLE_MINUTES/)
    expect(() => loadConfig({ LIANXIN_DATA_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/)
    expect(() => loadConfig({ LIANXIN_COUNTY_CODE: '3305' })).toThrow(/12-digit/)
  })
  it('reads the audit chainer settings', () => {
    expect(loadConfig({})).toMatchObject({
      auditChainIntervalMs: 1000,
      auditCheckpointEverySeconds: 10,
      auditCheckpointFile: undefined,
    })
    expect(
      loadConfig({
        LIANXIN_AUDIT_CHAIN_INTERVAL_MS: '250',
        LIANXIN_AUDIT_CHECKPOINT_SECONDS: '0',
        LIANXIN_AUDIT_CHECKPOINT_FILE: '/var/log/lianxin/audit.jsonl',
      }),
    ).toMatchObject({
      auditChainIntervalMs: 250,
      auditCheckpointEverySeconds: 0,
      auditCheckpointFile: '/var/log/lianxin/audit.jsonl',
    })
    expect(() => loadConfig({ LIANXIN_AUDIT_CHAIN_INTERVAL_MS: 'often' })).toThrow(
      /LIANXIN_AUDIT_CHAIN_INTERVAL_MS/,
    )
  })

  it('reads the public base URL the QR codes encode', () => {
    expect(loadConfig({})).toMatchObject({ publicBaseUrl: 'http://localhost:3000', publicBaseUrlSet: false })
    expect(loadConfig({ PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080')
    expect(loadConfig({ LIANXIN_PUBLIC_BASE_URL: 'https://lianxin.deqing.gov.cn/' })).toMatchObject({
      publicBaseUrl: 'https://lianxin.deqing.gov.cn',
      publicBaseUrlSet: true,
    })
    expect(loadConfig({ LIANXIN_PUBLIC_BASE_URL: 'https://rd.example.cn/lianxin//' }).publicBaseUrl).toBe(
      'https://rd.example.cn/lianxin',
    )
    for (const bad of ['lianxin.deqing.gov.cn', 'ftp://x.cn', 'https://x.cn/?a=1', 'https://x.cn/#top'])
      expect(() => loadConfig({ LIANXIN_PUBLIC_BASE_URL: bad })).toThrow(/LIANXIN_PUBLIC_BASE_URL/)
  })

  it('reads the public map’s base tiles', () => {
    expect(loadConfig({})).toMatchObject({ mapTiandituTk: undefined, mapTilesUrl: undefined })
    expect(loadConfig({ LIANXIN_MAP_TIANDITU_TK: 'abc123DEF456' }).mapTiandituTk).toBe('abc123DEF456')
    expect(() => loadConfig({ LIANXIN_MAP_TIANDITU_TK: 'abc&tk=x' })).toThrow(/LIANXIN_MAP_TIANDITU_TK/)
    expect(
      loadConfig({
        LIANXIN_MAP_TILES_URL: 'https://{s}.tiles.example.cn/{z}/{x}/{y}.png',
        LIANXIN_MAP_TILES_ATTRIBUTION: '© 县测绘院',
      }),
    ).toMatchObject({
      mapTilesUrl: 'https://{s}.tiles.example.cn/{z}/{x}/{y}.png',
      mapTilesAttribution: '© 县测绘院',
    })
    for (const bad of [
      'tiles.example.cn/{z}/{x}/{y}.png',
      'https://x.cn/{z}/{x}.png',
      'ftp://x.cn/{z}/{x}/{y}',
    ])
      expect(() => loadConfig({ LIANXIN_MAP_TILES_URL: bad })).toThrow(/LIANXIN_MAP_TILES_URL/)
  })
})
