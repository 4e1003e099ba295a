import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { WEBHOOK_SECRET, webhookPort } from './tests/sms-receiver'

// Another port (LIANXIN_E2E_PORT) lets two checkouts run their suites side by side.
const PORT = Number(process.env.LIANXIN_E2E_PORT ?? 3100)
// One fresh, empty data directory per run: the demo county is loaded into it at start. Set once in the
// main process so the worker processes (which load this file again) see the same directory.
process.env.LIANXIN_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'lianxin-e2e-'))
// Webhook messages (citizens' SMS) go to a receiver that the specs reading them start on the next port
// (tests/sms-receiver.ts); other specs' messages find nobody there and are retried later, harmlessly.
const WEBHOOK_PORT = webhookPort()

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium; a downloaded browser build is never used.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node scripts/run.mjs demo',
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: {
      PORT: String(PORT),
      LIANXIN_DATA_DIR: process.env.LIANXIN_E2E_DATA_DIR,
      LIANXIN_DEMO_PASSWORD: 'Lianxin@2026',
      LIANXIN_WEBHOOK_URL: `http://127.0.0.1:${WEBHOOK_PORT}/sms`,
      LIANXIN_WEBHOOK_SECRET: WEBHOOK_SECRET,
      // The QR codes encode the address the tests (and a phone) reach the server at.
      LIANXIN_PUBLIC_BASE_URL: `http://127.0.0.1:${PORT}`,
    },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
