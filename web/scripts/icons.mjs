#!/usr/bin/env node
// Writes the console's app icons (public/console/icons/icon-{192,512}.png): a red square, a white ring and a
// heart-like dot — 连心, "hearts joined". Plain PNG from zlib, no image library. Run again to change them.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/console/icons')

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const sum = Buffer.alloc(4)
  sum.writeUInt32BE(crc(td))
  return Buffer.concat([len, td, sum])
}

function icon(size) {
  const red = [183, 28, 28]
  const white = [255, 255, 255]
  const rows = []
  const c = size / 2
  for (let y = 0; y < size; y++) {
    const row = [0]
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) / size
      // Two joined rings, side by side.
      const d1 = Math.hypot(x + 0.5 - c * 0.78, y + 0.5 - c) / size
      const d2 = Math.hypot(x + 0.5 - c * 1.22, y + 0.5 - c) / size
      const ring = (v) => v > 0.17 && v < 0.22
      const px = ring(d1) || ring(d2) || d < 0.05 ? white : red
      row.push(...px)
    }
    rows.push(Buffer.from(row))
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8
  header[9] = 2
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

mkdirSync(dir, { recursive: true })
for (const size of [192, 512]) writeFileSync(path.join(dir, `icon-${size}.png`), icon(size))
