import ExcelJS from 'exceljs'

export interface Column<Row> {
  header: { zh: string; en: string }
  width?: number
  /** A point in time (a Date or an ISO string): written as an Excel date and time in county time. */
  time?: boolean
  value: (row: Row) => string | number | boolean | Date | null | undefined
}

/** China Standard Time, the county's: UTC+8 all year. */
const COUNTY_OFFSET_MS = 8 * 3_600_000
const TIME_FORMAT = 'yyyy-mm-dd hh:mm'

/**
 * An instant as Excel holds a time: a wall-clock date and time without a zone. ExcelJS writes a Date by its
 * UTC fields, so the county's wall clock is the instant moved by the county's offset.
 */
export function countyExcelTime(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null
  const instant = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(instant.getTime())) return null
  return new Date(instant.getTime() + COUNTY_OFFSET_MS)
}

function cellOf<Row>(column: Column<Row>, row: Row) {
  const value = column.value(row)
  if (!column.time) return value ?? null
  return countyExcelTime(typeof value === 'string' || value instanceof Date ? value : null)
}

/** Builds an .xlsx with bilingual headers ("姓名 Name"), a frozen header row and an autofilter. */
export async function buildWorkbook<Row>(
  sheetName: string,
  columns: Column<Row>[],
  rows: Row[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Lianxin'
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({
    header: `${c.header.zh} ${c.header.en}`,
    width: c.width ?? (c.time ? 18 : 16),
    ...(c.time ? { style: { numFmt: TIME_FORMAT } } : {}),
  }))
  for (const row of rows) sheet.addRow(columns.map((c) => cellOf(c, row)))
  sheet.getRow(1).font = { bold: true }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  row: number
  cells: Record<string, string>
}

/**
 * Reads the first sheet: the header row maps to field keys by matching either the Chinese or the English
 * part of each known header; returns text cells per row, skipping fully empty rows.
 */
export async function readSheet(
  data: Buffer,
  headers: Record<string, { zh: string; en: string }>,
): Promise<{ rows: SheetRow[]; missingHeaders: string[] }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return { rows: [], missingHeaders: Object.keys(headers) }
  const columnOf = new Map<number, string>()
  sheet.getRow(1).eachCell((cell, col) => {
    const key = matchHeaders(cellText(cell.value), headers)
    if (key) columnOf.set(col, key)
  })
  const found = new Set(columnOf.values())
  const missingHeaders = Object.keys(headers).filter((k) => !found.has(k))
  const rows: SheetRow[] = []
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return
    const cells: Record<string, string> = {}
    let any = false
    for (const [col, key] of columnOf) {
      const text = cellText(row.getCell(col).value).trim()
      cells[key] = text
      if (text) any = true
    }
    if (any) rows.push({ row: rowNumber, cells })
  })
  return { rows, missingHeaders }
}

/** The field key a header cell names: its Chinese or English part, both ("姓名 Name"), or the key itself. */
export function matchHeaders(
  cell: string,
  headers: Record<string, { zh: string; en: string }>,
): string | null {
  const text = cell
    .trim()
    .replace(/^\uFEFF/, '')
    .toLowerCase()
  let found: string | null = null
  for (const [key, h] of Object.entries(headers)) {
    if (
      text === h.zh.toLowerCase() ||
      text === h.en.toLowerCase() ||
      text === `${h.zh} ${h.en}`.toLowerCase() ||
      text === key.toLowerCase()
    )
      found = key
  }
  return found
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
  }
  return String(value)
}
