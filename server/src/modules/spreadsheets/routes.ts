import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { type TObject, Type } from 'typebox'
import { regionPaths, requireRole } from '../../platform/access.ts'
import { command } from '../../platform/context.ts'
import { AppError } from '../../platform/errors.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { REFERENCE_EDITORS, referenceReadScope } from '../../platform/scope.ts'
import { buildWorkbook, type Column, readSheet } from '../../platform/workbook.ts'
import { AuditQuery, listAudit } from '../audit/routes.ts'
import {
  DeputyGroupQuery,
  DeputyQuery,
  deputyLevelLabels,
  listDeputies,
  listDeputyGroups,
} from '../deputies/routes.ts'
import { GridQuery, listGrids, listRegions, RegionQuery } from '../regions/routes.ts'
import { suggestionsModule } from '../suggestions/index.ts'
import { listUnits, UnitQuery, unitKindLabels } from '../units/routes.ts'
import { listVenues, VenueQuery, venueKindLabels } from '../venues/routes.ts'
import { deputyHeaders, importDeputies, importVenues, venueHeaders } from './imports.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
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

const ImportResult = Type.Object({ imported: Type.Integer(), dryRun: Type.Boolean() })

export async function spreadsheetRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, cipher, config } = app.ctx

  app.addContentTypeParser(
    [XLSX, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD },
    (_req, body, done) => done(null, body),
  )

  const importers = {
    deputies: {
      headers: deputyHeaders,
      run: importDeputies,
      roles: ['county_admin'] as const,
      label: '人大代表 Deputies',
    },
    venues: { headers: venueHeaders, run: importVenues, roles: REFERENCE_EDITORS, label: '联络阵地 Venues' },
  }

  for (const [name, importer] of Object.entries(importers)) {
    app.post(
      `/api/import/${name}`,
      {
        bodyLimit: MAX_UPLOAD,
        schema: {
          tags: ['spreadsheets'],
          summary: `Import ${name} from .xlsx: every bad row is reported and nothing is imported if any row is bad`,
          querystring: Type.Object(
            { dryRun: Type.Optional(Type.Boolean({ default: false })) },
            { additionalProperties: false },
          ),
          consumes: [XLSX],
          response: { 200: ImportResult, ...errorResponses(400, 401, 403, 413, 415, 422) },
        },
      },
      async (request) => {
        const principal = requireRole(request, ...importer.roles)
        const body = request.body
        if (!Buffer.isBuffer(body) || body.length === 0) {
          throw new AppError(
            'validation_error',
            { zh: '请上传 .xlsx 文件', en: 'Upload an .xlsx file' },
            'file',
          )
        }
        let sheet: Awaited<ReturnType<typeof readSheet>>
        try {
          sheet = await readSheet(body, importer.headers)
        } catch {
          throw new AppError(
            'validation_error',
            { zh: '文件不是有效的 .xlsx 表格', en: 'The file is not a valid .xlsx workbook' },
            'file',
          )
        }
        if (sheet.missingHeaders.length > 0) {
          const names = sheet.missingHeaders.map(
            (k) => (importer.headers as Record<string, { zh: string; en: string }>)[k]!,
          )
          throw new AppError(
            'validation_error',
            {
              zh: `表头缺少列：${names.map((n) => n.zh).join('、')}`,
              en: `Missing columns: ${names.map((n) => n.en).join(', ')}`,
            },
            'file',
          )
        }
        const dryRun = request.query.dryRun ?? false
        const ctx = {
          db,
          cipher,
          countyCode: config.countyCode,
          scopePaths: regionPaths(principal, [...importer.roles]),
        }
        const result = await command(request, (trx, audit) =>
          importer.run({ ...ctx, db: trx }, sheet.rows, trx, audit, dryRun),
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
        return { imported: result.imported, dryRun }
      },
    )

    app.get(
      `/api/import/${name}/template`,
      {
        schema: {
          tags: ['spreadsheets'],
          summary: `Blank .xlsx template for importing ${name}`,
          produces: [XLSX],
          response: { ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        requireRole(request, ...importer.roles)
        const columns: Column<never>[] = Object.values(importer.headers).map((h) => ({
          header: h,
          value: () => null,
        }))
        return sendXlsx(reply, `template-${name}`, await buildWorkbook(importer.label, columns, []))
      },
    )
  }

  const big = { limit: EXPORT_LIMIT, offset: 0 }
  const exporters: {
    name: string
    query: TObject
    run: (request: import('fastify').FastifyRequest, q: any) => Promise<{ items: any[] }>
    columns: Column<any>[]
  }[] = [
    {
      name: 'regions',
      query: RegionQuery,
      run: async (r, q) => {
        referenceReadScope(r)
        return listRegions(db, { ...q, ...big })
      },
      columns: [
        { header: { zh: '区划代码', en: 'Code' }, value: (x) => x.code, width: 16 },
        { header: { zh: '名称', en: 'Name' }, value: (x) => x.name },
        { header: { zh: '层级', en: 'Level' }, value: (x) => x.level },
        { header: { zh: '类别', en: 'Kind' }, value: (x) => x.kind },
        { header: { zh: '上级代码', en: 'Parent code' }, value: (x) => x.parentCode },
      ],
    },
    {
      name: 'grids',
      query: GridQuery,
      run: async (r, q) => listGrids(db, referenceReadScope(r).paths, { ...q, ...big }),
      columns: [
        { header: { zh: '编码', en: 'Code' }, value: (x) => x.code, width: 22 },
        { header: { zh: '名称', en: 'Name' }, value: (x) => x.name, width: 24 },
        { header: { zh: '村/社区', en: 'Village' }, value: (x) => x.regionName },
        { header: { zh: '镇(街道)', en: 'Town' }, value: (x) => x.townName },
        { header: { zh: '代表人数', en: 'Deputies' }, value: (x) => x.deputyCount },
      ],
    },
    {
      name: 'venues',
      query: VenueQuery,
      run: async (r, q) => listVenues(db, referenceReadScope(r).paths, { ...q, ...big }),
      columns: [
        { header: { zh: '编码', en: 'Code' }, value: (x) => x.code, width: 20 },
        {
          header: { zh: '类型', en: 'Kind' },
          value: (x) => venueKindLabels[x.kind as keyof typeof venueKindLabels].zh,
        },
        { header: { zh: '名称', en: 'Name' }, value: (x) => x.name, width: 30 },
        { header: { zh: '区划代码', en: 'Region code' }, value: (x) => x.regionCode },
        { header: { zh: '所在区划', en: 'Region' }, value: (x) => x.regionName },
        { header: { zh: '地址', en: 'Address' }, value: (x) => x.address, width: 30 },
        { header: { zh: '纬度', en: 'Latitude' }, value: (x) => x.lat },
        { header: { zh: '经度', en: 'Longitude' }, value: (x) => x.lng },
        { header: { zh: '接待时间', en: 'Reception hours' }, value: (x) => x.receptionHours, width: 30 },
        { header: { zh: '代表人数', en: 'Deputies' }, value: (x) => x.deputyCount },
      ],
    },
    {
      name: 'deputies',
      query: DeputyQuery,
      run: async (r, q) => listDeputies(db, referenceReadScope(r).paths, { ...q, ...big }),
      columns: [
        { header: { zh: '编码', en: 'Code' }, value: (x) => x.code },
        { header: { zh: '姓名', en: 'Name' }, value: (x) => x.name },
        { header: { zh: '性别', en: 'Gender' }, value: (x) => (x.gender === 'male' ? '男' : '女') },
        { header: { zh: '出生年份', en: 'Birth year' }, value: (x) => x.birthYear },
        { header: { zh: '政治面貌', en: 'Party' }, value: (x) => x.party },
        { header: { zh: '职业', en: 'Occupation' }, value: (x) => x.occupation },
        { header: { zh: '工作单位', en: 'Organisation' }, value: (x) => x.organisation, width: 30 },
        { header: { zh: '镇(街道)', en: 'Town' }, value: (x) => x.townName },
        { header: { zh: '手机号码（脱敏）', en: 'Phone (masked)' }, value: (x) => x.phoneMasked },
        {
          header: { zh: '代表层级', en: 'Levels' },
          value: (x) =>
            x.memberships
              .map(
                (m: any) =>
                  `${deputyLevelLabels[m.level as keyof typeof deputyLevelLabels].zh}（第${m.term}届）`,
              )
              .join('；'),
          width: 30,
        },
      ],
    },
    {
      name: 'deputy-groups',
      query: DeputyGroupQuery,
      run: async (r, q) => listDeputyGroups(db, referenceReadScope(r).paths, { ...q, ...big }),
      columns: [
        { header: { zh: '编码', en: 'Code' }, value: (x) => x.code },
        { header: { zh: '名称', en: 'Name' }, value: (x) => x.name, width: 30 },
        { header: { zh: '镇(街道)', en: 'Town' }, value: (x) => x.regionName },
        { header: { zh: '联络站', en: 'Station' }, value: (x) => x.venueName, width: 30 },
        { header: { zh: '组长', en: 'Leader' }, value: (x) => x.leaderName },
        { header: { zh: '人数', en: 'Members' }, value: (x) => x.memberCount },
      ],
    },
    {
      name: 'units',
      query: UnitQuery,
      run: async (r, q) => {
        referenceReadScope(r)
        return listUnits(db, { ...q, ...big })
      },
      columns: [
        { header: { zh: '编码', en: 'Code' }, value: (x) => x.code, width: 22 },
        { header: { zh: '名称', en: 'Name' }, value: (x) => x.name, width: 30 },
        {
          header: { zh: '类别', en: 'Kind' },
          value: (x) => unitKindLabels[x.kind as keyof typeof unitKindLabels].zh,
        },
        { header: { zh: '平台', en: 'Platform' }, value: (x) => x.platformTypeName },
        { header: { zh: '所属区划', en: 'Region' }, value: (x) => x.regionName },
      ],
    },
    ...(suggestionsModule.exporters ?? []),
    {
      name: 'audit',
      query: AuditQuery,
      run: async (r, q) => {
        requireRole(r, 'county_admin')
        return listAudit(db, { ...q, ...big })
      },
      columns: [
        { header: { zh: '序号', en: 'Seq' }, value: (x) => x.seq },
        { header: { zh: '时间', en: 'Time' }, value: (x) => x.at, width: 24 },
        { header: { zh: '操作人', en: 'Actor' }, value: (x) => x.actorName },
        { header: { zh: '操作', en: 'Action' }, value: (x) => x.action, width: 24 },
        { header: { zh: '对象类型', en: 'Target type' }, value: (x) => x.targetType },
        { header: { zh: '对象', en: 'Target' }, value: (x) => x.targetId, width: 38 },
        { header: { zh: '结果', en: 'Result' }, value: (x) => x.result },
        { header: { zh: '请求编号', en: 'Request id' }, value: (x) => x.requestId, width: 38 },
      ],
    },
  ]

  for (const exporter of exporters) {
    app.get(
      `/api/export/${exporter.name}`,
      {
        schema: {
          tags: ['spreadsheets'],
          summary: `Export the ${exporter.name} list (same filters as the list) as .xlsx`,
          querystring: filtersOf(exporter.query),
          produces: [XLSX],
          response: { ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const { items } = await exporter.run(request, request.query)
        await command(request, (_trx, audit) =>
          audit({
            action: `export.${exporter.name}`,
            targetType: exporter.name,
            detail: { rows: items.length, filters: request.query as Record<string, unknown> },
          }),
        )
        return sendXlsx(reply, exporter.name, await buildWorkbook(exporter.name, exporter.columns, items))
      },
    )
  }
}
