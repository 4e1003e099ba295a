#!/usr/bin/env node
// Launches the server CLI (server/src/main.ts) with tsx, building the web app first when it is not built yet.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const serves = args[0] === 'start' || args[0] === 'demo'
const dist = process.env.LIANXIN_WEB_DIST ?? path.join(root, 'web', 'dist')

if (serves && !fs.existsSync(path.join(dist, 'index.html'))) {
  console.log('building the web app (first start only)…')
  const build = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

// Run the TypeScript CLI in this same process (one Node start, not two): tsx compiles on import.
const { register } = await import('tsx/esm/api')
register()
const main = path.join(root, 'server', 'src', 'main.ts')
process.argv = [process.argv[0], main, ...args]
await import(pathToFileURL(main).href)
