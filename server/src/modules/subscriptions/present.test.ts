import { describe, expect, it } from 'vitest'
import { atomFeed, rfc3339Cst, xmlEscape } from './present.ts'

describe('the Atom feed’s text', () => {
  it('writes instants in the county’s time, whatever the server’s zone', () => {
    expect(rfc3339Cst('2026-12-31T16:30:00.000Z')).toBe('2027-01-01T00:30:00+08:00')
    expect(rfc3339Cst(new Date('2022-06-01T00:00:00Z'))).toBe('2022-06-01T08:00:00+08:00')
  })

  it('escapes markup and drops characters XML does not allow', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0001\u0008`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    )
    expect(xmlEscape('路灯\n坏了')).toBe('路灯\n坏了')
  })

  it('is a feed with an id, a title, an update time and an author even when empty', () => {
    const xml = atomFeed(
      {
        self: 'https://x/feed.atom',
        alternate: 'https://x/follow',
        title: 'T & U',
        subtitle: 's',
        author: 'a',
      },
      [],
      'https://x',
      new Date('2026-01-05T01:00:00Z'),
    )
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect(xml).toContain('<id>https://x/feed.atom</id>')
    expect(xml).toContain('<title>T &amp; U</title>')
    expect(xml).toContain('<updated>2026-01-05T09:00:00+08:00</updated>')
    expect(xml).toContain('<author><name>a</name></author>')
    expect(xml).not.toContain('<entry>')
  })
})
