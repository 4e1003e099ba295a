import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { errorSerializer } from './logging.ts'

/** A database error as PGlite raises it: the statement and its parameters attached. */
function databaseError() {
  const error = new Error('invalid byte sequence for encoding "UTF8": 0x00') as Error &
    Record<string, unknown>
  error.code = '22021'
  error.query = 'insert into "suggestions" ("content", "contact_phone_masked") values ($1, $2)'
  error.params = ['我家门口的路灯坏了', '138****5678']
  error.detail = 'Failing row contains (王小明, 13812345678).'
  error.cause = Object.assign(new Error('inner'), { params: ['hash-abc'] })
  return error
}

describe('error serializer', () => {
  it('keeps the code, message and stack, and withholds statements, parameters and row details', () => {
    const out = errorSerializer(databaseError())
    expect(out).toMatchObject({ code: '22021', message: expect.stringContaining('UTF8') })
    expect(out.stack).toBeTruthy()
    for (const key of ['query', 'params', 'detail']) expect(out).not.toHaveProperty(key)
    expect(out.cause).not.toHaveProperty('params')
  })

  it('leaves no personal data in a log line written through pino', () => {
    const lines: string[] = []
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const log = pino({ serializers: { err: errorSerializer } }, stream)
    log.error({ err: databaseError() }, 'unhandled error')
    const text = lines.join('')
    expect(text).toContain('22021')
    for (const secret of ['路灯', '138****5678', '13812345678', '王小明', 'hash-abc'])
      expect(text).not.toContain(secret)
  })
})
