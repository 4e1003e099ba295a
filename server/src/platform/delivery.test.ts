import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../config.ts'
import { backoffMs, signBody } from './delivery.ts'

describe('webhook delivery', () => {
  it('backs off exponentially from the base delay, up to the cap', () => {
    expect([1, 2, 3, 4, 7].map((n) => backoffMs(n))).toEqual([60_000, 120_000, 240_000, 480_000, 3_840_000])
    expect(backoffMs(30)).toBe(6 * 3600_000)
    expect(backoffMs(3, 1000, 2500)).toBe(2500)
  })

  it('signs the timestamp and the raw body with HMAC-SHA256', () => {
    const body = '{"id":"1","title":"意见建议已收到"}'
    expect(signBody('secret-secret-secret', '1764100000', body)).toBe(
      `sha256=${createHmac('sha256', 'secret-secret-secret').update(`1764100000.${body}`).digest('hex')}`,
    )
    expect(signBody('secret-secret-secret', '1764100000', `${body} `)).not.toBe(
      signBody('secret-secret-secret', '1764100000', body),
    )
    expect(signBody('secret-secret-secret', '1764100001', body)).not.toBe(
      signBody('secret-secret-secret', '1764100000', body),
    )
  })

  it('reads the job and webhook settings, refusing a URL without a secret', () => {
    expect(loadConfig({})).toMatchObject({
      jobsIntervalSeconds: 60,
      webhookUrl: undefined,
      webhookMaxAttempts: 8,
      webhookTimeoutSeconds: 5,
    })
    expect(
      loadConfig({
        LIANXIN_WEBHOOK_URL: 'https://sms.example.gov.cn/hook',
        LIANXIN_WEBHOOK_SECRET: 'a-long-enough-secret',
        LIANXIN_JOBS_INTERVAL_SECONDS: '0',
      }),
    ).toMatchObject({ webhookUrl: 'https://sms.example.gov.cn/hook', jobsIntervalSeconds: 0 })
    expect(() => loadConfig({ LIANXIN_WEBHOOK_URL: 'https://sms.example.gov.cn/hook' })).toThrow(
      /LIANXIN_WEBHOOK_SECRET/,
    )
    expect(() =>
      loadConfig({ LIANXIN_WEBHOOK_URL: 'ftp://x', LIANXIN_WEBHOOK_SECRET: 'x'.repeat(20) }),
    ).toThrow(ConfigError)
    expect(() => loadConfig({ LIANXIN_WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(/LIANXIN_WEBHOOK_MAX_ATTEMPTS/)
  })
})
