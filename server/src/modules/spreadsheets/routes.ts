import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { type TObject, Type } from 'typebox'
import { command } from '../../platform/context.ts'
import { readCsvSheet } from '../../platform/csv.ts'
import { AppError } from '../../platform/errors.ts'
import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { buildWorkbook, type Column, readSheet } from '../../platform/workbook.ts'
import { CSV, type Importer, ImportQuery, ImportResult, XLSX } from './schema.ts'

const MAX_UPLOAD = 10 * 1024 * 1024
/** An export holds at most this many rows; larger sets must be narrowed with filters. */
const EXPORT_LIMIT = 100_000

function sendXlsx(reply: FastifyReply, name: string, body: Buffer) {
  const stamp = new Date().toISOString().slice(0, 10)
  return reply
    .header('content-type', XLSX)
    .header(
      'content-disposition',
      `attachment; filename="${name}-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}-${stamp}.xlsx`,
    )
    .send(body)
}

/** Drops limit/offset from a list's query schema: an export takes the list's filters only. */
function filtersOf(schema: TObject): TObject {
  const { limit: _l, offset: _o, ...rest } = schema.properties as Record<string, any>
  return Type.Object(rest, { additionalProperties: false })
}

const fileError = (message: { zh: string; en: string }) => new AppError('validation_error', message, 'file')

export interface SpreadsheetOptions {
  /** Each served at GET /api/export/{name}, in this order. */
  exporters: readonly Exporter[]
  /** Each served at POST /api/import/{name} and GET /api/import/{name}/template, in this order. */
  importers: readonly Importer[]
}

/**
 * The spreadsheet routes for the exporters and importers the modules declare: the .xlsx upload, its checks
 * and the audit row are here; what a row means, who may import it and where, is the importer's.
 */
export function spreadsheetRoutesFor(options: () => SpreadsheetOptions) {
  return async function spreadsheetRoutes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const { cipher, config } = app.ctx
    const { exporters, importers } = options()

    app.addContentTypeParser(
      [XLSX, CSV, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD },
      (_req, body, done) => done(null, body),
    )

    for (const importer of importers) {
      const { name } = importer
      app.post(
        `/api/import/${name}`,
        {
          config: { reach: importer.reach },
          bodyLimit: MAX_UPLOAD,
          schema: {
            tags: ['spreadsheets'],
            summary: `Import ${name} from .xlsx or .csv: every bad row is reported and nothing is imported if any row is bad`,
            querystring: ImportQuery,
            consumes: [XLSX, CSV],
            response: { 200: ImportResult, ...errorResponses(400, 401, 403, 413, 415, 422) },
          },
        },
        async (request) => {
          const principal = reach(request, importer)
          const body = request.body
          if (!Buffer.isBuffer(body) || body.length === 0) {
            throw fileError({ zh: '请上传 .xlsx 或 .csv 文件', en: 'Upload an .xlsx or .csv file' })
          }
          let sheet: Awaited<ReturnType<typeof readSheet>>
          try {
            // A CSV file is sent as text/csv; anything else must be a workbook.
            sheet = request.headers['content-type']?.startsWith(CSV)
              ? readCsvSheet(body, importer.headers)
              : await readSheet(body, importer.headers)
          } catch {
            throw fileError({ zh: '文件不是有效的 .xlsx 表格', en: 'The file is not a valid .xlsx workbook' })
          }
          if (sheet.missingHeaders.length > 0) {
            const names = sheet.missingHeaders.map((k) => importer.headers[k]!)
            throw fileError({
              zh: `表头缺少列：${names.map((n) => n.zh).join('、')}`,
              en: `Missing columns: ${names.map((n) => n.en).join(', ')}`,
            })
          }
          const dryRun = request.query.dryRun ?? false
          const result = await command(request, (trx, audit) =>
            importer.run(
              { db: trx, cipher, countyCode: config.countyCode, principal },
              sheet.rows,
              audit,
              dryRun,
            ),
          )
          if (result.errors.length > 0) {
            throw new AppError(
              'validation_error',
              {
                zh: `有 ${result.errors.length} 处错误，未导入任何数据`,
                en: `${result.errors.length} problems found; nothing was imported`,
              },
              'file',
              result.errors,
            )
          }
          return { imported: result.imported, dryRun, ...(result.changes ? { changes: result.changes } : {}) }
        },
      )

      app.get(
        `/api/import/${name}/template`,
        {
          config: { reach: importer.reach },
          schema: {
            tags: ['spreadsheets'],
            summary: `Blank .xlsx template for importing ${name}`,
            produces: [XLSX],
            response: { ...errorResponses(401, 403) },
          },
        },
        async (request, reply) => {
          reach(request, importer)
          const columns: Column<never>[] = Object.values(importer.headers).map((h) => ({
            header: h,
            value: () => null,
          }))
          return sendXlsx(reply, `template-${name}`, await buildWorkbook(importer.label, columns, []))
        },
      )
    }

    for (const exporter of exporters) {
      app.get(
        `/api/export/${exporter.name}`,
        {
          config: { reach: exporter.reach },
          schema: {
            tags: ['spreadsheets'],
            summary: `Export the ${exporter.name} list (same filters as the list) as .xlsx`,
            querystring: filtersOf(exporter.query),
            produces: [XLSX],
            response: { ...errorResponses(400, 401, 403) },
          },
        },
        async (request, reply) => {
          const filters = request.query as Record<string, unknown>
          const { items } = await exporter.run(request, { ...filters, limit: EXPORT_LIMIT, offset: 0 })
          await command(request, (_trx, audit) =>
            audit({
              action: `export.${exporter.name}`,
              targetType: exporter.name,
              detail: { rows: items.length, filters },
            }),
          )
          return sendXlsx(reply, exporter.name, await buildWorkbook(exporter.name, exporter.columns, items))
        },
      )
    }
  }
}
