#!/usr/bin/env node
// Prints the gzipped JavaScript each built entry loads on first visit (the entry script plus the chunks
// it preloads), and fails when the citizen site exceeds its 150 KB budget.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const BUDGET_KB = 150

function firstLoadJs(htmlFile) {
  const html = readFileSync(path.join(dist, htmlFile), 'utf8')
  const refs = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => m[1])
  const files = [...new Set(refs)]
  const sizes = files.map((f) => {
    const bytes = readFileSync(path.join(dist, f.replace(/^\//, '')))
    return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  })
  return { files: sizes, gzip: sizes.reduce((n, s) => n + s.gzip, 0) }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
let failed = false
for (const [name, html, budget] of [
  ['citizen site (/)', 'index.html', BUDGET_KB],
  ['staff console (/console/)', 'console/index.html', null],
]) {
  const result = firstLoadJs(html)
  console.log(`${name}: ${kb(result.gzip)} gzipped JS on first load${budget ? ` (budget ${budget} KB)` : ''}`)
  for (const f of result.files) console.log(`  ${f.file}  ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`)
  if (budget && result.gzip > budget * 1024) failed = true
}
if (failed) {
  console.error(`the citizen site is over its ${BUDGET_KB} KB budget`)
  process.exit(1)
}
