import { Type } from 'typebox'
import { Nullable } from '../../platform/schemas.ts'

/** Open311 GeoReport v2's shapes (https://wiki.open311.org/GeoReport_v2), as this county answers them. */

export { IdempotencyHeader } from './schema.ts'

export const Open311Service = Type.Object(
  {
    service_code: Type.String(),
    service_name: Type.String(),
    description: Type.String(),
    metadata: Type.Boolean(),
    type: Type.Enum(['realtime', 'batch', 'blackbox']),
    keywords: Type.String(),
    group: Type.String(),
  },
  {
    examples: [
      {
        service_code: 'construction',
        service_name: '城乡建设',
        description: '城乡建设 · Housing and construction',
        metadata: false,
        type: 'realtime',
        keywords: 'Housing and construction',
        group: '意见建议',
      },
    ],
  },
)

export const Open311Request = Type.Object(
  {
    service_request_id: Type.String(),
    status: Type.Enum(['open', 'closed']),
    status_notes: Type.String(),
    service_name: Nullable(Type.String()),
    service_code: Nullable(Type.String()),
    agency_responsible: Nullable(Type.String()),
    requested_datetime: Type.String(),
    updated_datetime: Type.String(),
    expected_datetime: Nullable(Type.String()),
    address: Type.String(),
  },
  {
    examples: [
      {
        service_request_id: 'K7Q2MP',
        status: 'open',
        status_notes: '已交办 · Assigned',
        service_name: '城乡建设',
        service_code: 'construction',
        agency_responsible: '新市镇综合执法平台',
        requested_datetime: '2026-12-07T09:30:00+08:00',
        updated_datetime: '2026-12-07T15:12:40+08:00',
        expected_datetime: '2026-12-14T17:30:00+08:00',
        address: '新市镇某村',
      },
    ],
  },
)

const Day = Type.String({ format: 'date-time', pattern: '^(19|20|21)[0-9]{2}-' })

export const Open311Query = Type.Object(
  {
    service_request_id: Type.Optional(Type.String({ maxLength: 700, pattern: '^[A-Za-z0-9, ]+$' })),
    service_code: Type.Optional(Type.String({ maxLength: 40 })),
    start_date: Type.Optional(Day),
    end_date: Type.Optional(Day),
    status: Type.Optional(Type.Enum(['open', 'closed'])),
    jurisdiction_id: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
)

export const Open311RequestParams = Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9]{4,16}$' }) })

const Coordinate = Type.Union([
  Type.Number(),
  Type.String({ maxLength: 32, pattern: '^-?[0-9]+(\\.[0-9]+)?$' }),
])

export const Open311Submission = Type.Object(
  {
    api_key: Type.Optional(Type.String({ maxLength: 200 })),
    jurisdiction_id: Type.Optional(Type.String({ maxLength: 64 })),
    service_code: Type.String({ minLength: 1, maxLength: 40 }),
    lat: Type.Optional(Coordinate),
    long: Type.Optional(Coordinate),
    address_string: Type.Optional(Type.String({ maxLength: 200 })),
    address_id: Type.Optional(Type.String({ maxLength: 40 })),
    email: Type.Optional(Type.String({ maxLength: 200 })),
    device_id: Type.Optional(Type.String({ maxLength: 200 })),
    account_id: Type.Optional(Type.String({ maxLength: 200 })),
    first_name: Type.Optional(Type.String({ maxLength: 20 })),
    last_name: Type.Optional(Type.String({ maxLength: 20 })),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    description: Type.String({ minLength: 1, maxLength: 2000 }),
    media_url: Type.Optional(Type.String({ maxLength: 500 })),
  },
  {
    additionalProperties: false,
    examples: [
      {
        api_key: 'lxk_…',
        service_code: 'construction',
        address_id: '330521101201',
        address_string: '新市镇某村村口',
        description: '村口路灯已坏一周，夜间通行不便。',
        first_name: '三',
        last_name: '张',
        phone: '13800000000',
      },
    ],
  },
)

export const Open311Created = Type.Object(
  {
    service_request_id: Type.String(),
    service_notice: Type.String(),
    account_id: Nullable(Type.String()),
  },
  {
    examples: [
      {
        service_request_id: 'K7Q2MP',
        service_notice: '已收到，将在当天受理 · Received; it will be taken in today',
        account_id: null,
      },
    ],
  },
)
