import { describe, expect, it } from 'vitest'
import { decodeText, parseCsv, readCsvSheet } from './csv.ts'

const HEADERS = { code: { zh: '区划代码', en: 'Code' }, name: { zh: '名称', en: 'Name' } }

describe('CSV files', () => {
  it('parses quotes, doubled quotes, commas and line breaks inside quotes, and CRLF', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n"x\ny",2,\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['x\ny', '2', ''],
    ])
    expect(parseCsv('a,b')).toEqual([['a', 'b']])
  })

  it('reads UTF-8 with or without a byte-order mark, and GB18030 as Excel saves it', () => {
    expect(decodeText(Buffer.from('\uFEFF德清县', 'utf8'))).toBe('德清县')
    expect(decodeText(Buffer.from('德清县', 'utf8'))).toBe('德清县')
    // 德清县 in GB18030 (GBK): not valid UTF-8.
    expect(decodeText(Buffer.from([0xb5, 0xc2, 0xc7, 0xe5, 0xcf, 0xd8]))).toBe('德清县')
  })

  it('matches headers in either language and numbers rows as a spreadsheet does, skipping empty ones', () => {
    const text = '\uFEFF名称,Code,other\n武康街道,330521001000,x\n,,\n舞阳街道, 330521002000 ,\n'
    const sheet = readCsvSheet(Buffer.from(text), HEADERS)
    expect(sheet.missingHeaders).toEqual([])
    expect(sheet.rows).toEqual([
      { row: 2, cells: { name: '武康街道', code: '330521001000' } },
      { row: 4, cells: { name: '舞阳街道', code: '330521002000' } },
    ])
    expect(readCsvSheet(Buffer.from('code\n1\n'), HEADERS).missingHeaders).toEqual(['name'])
  })
})
