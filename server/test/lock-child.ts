// A process for the data directory lock tests: `lock-child.ts DIR HOLD_MS [GO_FILE]` prints "ready", waits for
// GO_FILE to exist (when given), tries to lock DIR, prints "acquired" or "locked", and exits after HOLD_MS
// without releasing (the exit hook must).
import fs from 'node:fs'
import { acquireDataDirLock, DataDirLockedError } from '../src/db/lock.ts'

const [dir, holdMs, goFile] = process.argv.slice(2)
console.log('ready')
while (goFile && !fs.existsSync(goFile)) await new Promise((resolve) => setTimeout(resolve, 2))
try {
  acquireDataDirLock(dir!, { command: 'lianxin-test child' })
  console.log('acquired')
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error
  console.log('locked')
}
setTimeout(() => process.exit(0), Number(holdMs))
