import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Personal data at rest: AES-256-GCM with a random 96-bit nonce per value, plus a keyed hash (HMAC-SHA256)
 * for equality look-ups. Stored as "v1.<nonce>.<ciphertext>.<tag>" in base64url so the key can be rotated later.
 */
export class PersonalDataCipher {
  private readonly encKey: Buffer
  private readonly hashKey: Buffer

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('the personal-data key must be 32 bytes')
    this.encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'lianxin-pii-enc', 32))
    this.hashKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'lianxin-pii-hash', 32))
  }

  encrypt(plain: string): string {
    const nonce = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.encKey, nonce)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return [
      'v1',
      nonce.toString('base64url'),
      body.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
    ].join('.')
  }

  decrypt(stored: string): string {
    const [version, nonce, body, tag] = stored.split('.')
    if (version !== 'v1' || !nonce || body === undefined || !tag) throw new Error('unknown ciphertext format')
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(nonce, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  }

  /** Keyed hash for look-up by equality without storing the value in clear. */
  lookupHash(plain: string): string {
    return createHmac('sha256', this.hashKey).update(plain).digest('base64url')
  }
}

/** Mainland mobile numbers: 11 digits starting with 1. Landlines with area code are also accepted. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^\+?86/, '')
  if (/^1[3-9]\d{9}$/.test(digits)) return digits
  if (/^0\d{9,11}$/.test(digits)) return digits
  return null
}

/** 13812345678 → 138****5678; landlines keep the area code and the last 4 digits. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return `${phone.slice(0, 1)}****`
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

/** 王小明 → 王**: the surname stays, the given name is hidden. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return '*'
  return `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`
}

/**
 * The key comes from LIANXIN_DATA_KEY; on an embedded database without one, a key is generated once into the
 * data directory (mode 0600) so that a demo keeps working across restarts. The file is written aside and linked
 * into place: never half-written, and never over a key another process wrote meanwhile (that process may already
 * have encrypted with it).
 */
export function loadOrCreateDataKey(
  configured: string | undefined,
  dataDir: string,
  allowGenerate: boolean,
): Buffer {
  if (configured) return Buffer.from(configured, 'base64')
  const keyFile = path.join(dataDir, 'data.key')
  if (fs.existsSync(keyFile)) return Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'base64')
  if (!allowGenerate) {
    throw new Error('LIANXIN_DATA_KEY is required with DATABASE_URL (all app nodes must share the same key)')
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const key = randomBytes(32)
  const aside = `${keyFile}.${process.pid}.${randomBytes(6).toString('hex')}`
  fs.writeFileSync(aside, key.toString('base64'), { mode: 0o600, flag: 'wx' })
  try {
    try {
      fs.linkSync(aside, keyFile)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error
      // A file system without hard links: exclusive create.
      fs.writeFileSync(keyFile, key.toString('base64'), { mode: 0o600, flag: 'wx' })
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'base64')
  } finally {
    fs.rmSync(aside, { force: true })
  }
  return key
}
