import { describe, expect, it } from 'vitest'
import { validationProblem } from './problem.ts'

describe('validation problems name the field', () => {
  it('required, unknown, type and length errors', () => {
    expect(
      validationProblem(
        [{ instancePath: '', keyword: 'required', params: { missingProperty: 'content' } }],
        'body',
      ).field,
    ).toBe('body.content')
    expect(
      validationProblem(
        [
          {
            instancePath: '/contact',
            keyword: 'additionalProperties',
            params: { additionalProperty: 'email' },
          },
        ],
        'body',
      ).field,
    ).toBe('body.contact.email')
    const type = validationProblem(
      [{ instancePath: '/limit', keyword: 'type', params: { type: 'integer' } }],
      'querystring',
    )
    expect(type.field).toBe('query.limit')
    expect(type.messageText.zh).toContain('query.limit')
    const long = validationProblem(
      [{ instancePath: '/content', keyword: 'maxLength', params: { limit: 2000 } }],
      'body',
    )
    expect(long.messageText.en).toBe('body.content must be at most 2000 characters')
    expect(long.status).toBe(400)
  })
})
