import { matchHeaders, type SheetRow } from './workbook.ts'

/**
 * Text files in the layout of a spreadsheet (the national division codes are published and packaged as CSV):
 * decoding (UTF-8, with or without its byte-order mark, else GB18030 as Excel on a Chinese system saves it),
 * RFC 4180 fields (quotes, doubled quotes, line breaks inside quotes, CRLF), and the header row matched to
 * field keys as for .xlsx (workbook.ts).
 */

/** The text of a CSV file: UTF-8 when it is valid UTF-8, else GB18030 (a superset of GBK and GB2312). */
export function decodeText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data)
  } catch {
    return new TextDecoder('gb18030').decode(data)
  }
}

/** The records of a CSV text, each a list of fields. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endField = () => {
    record.push(field)
    field = ''
  }
  const endRecord = () => {
    endField()
    records.push(record)
    record = []
  }
  while (i < text.length) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += ch
      i++
      continue
    }
    if (ch === '"' && field === '') quoted = true
    else if (ch === ',') endField()
    else if (ch === '\n') endRecord()
    else if (ch === '\r') {
      if (text[i + 1] === '\n') i++
      endRecord()
    } else field += ch
    i++
  }
  if (field !== '' || record.length > 0) endRecord()
  return records
}

/**
 * Reads a CSV file as readSheet reads a workbook: the first record is the header row, matched to the field
 * keys in either language; returns trimmed text cells per row (numbered as a spreadsheet would number them),
 * skipping empty rows.
 */
export function readCsvSheet(
  data: Uint8Array,
  headers: Record<string, { zh: string; en: string }>,
): { rows: SheetRow[]; missingHeaders: string[] } {
  const [head, ...body] = parseCsv(decodeText(data))
  const columnOf = new Map<number, string>()
  for (const [col, text] of (head ?? []).entries()) {
    const key = matchHeaders(text, headers)
    if (key) columnOf.set(col, key)
  }
  const found = new Set(columnOf.values())
  const missingHeaders = Object.keys(headers).filter((k) => !found.has(k))
  const rows: SheetRow[] = []
  body.forEach((record, index) => {
    const cells: Record<string, string> = {}
    let any = false
    for (const [col, key] of columnOf) {
      const text = (record[col] ?? '').trim()
      cells[key] = text
      if (text) any = true
    }
    if (any) rows.push({ row: index + 2, cells })
  })
  return { rows, missingHeaders }
}
