import { Type } from 'typebox'
import { OUTCOMES, PARTNER_KINDS, PARTNER_SCOPES, SUGGESTION_STATUSES } from '../../db/enums.ts'
import { Bilingual, Nullable, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'

/** The partner systems' contract: the console's keys, the partner API (/api/partner/v1) and Open311. */

export const PartnerKindSchema = Type.Enum(PARTNER_KINDS)
export const PartnerScopeSchema = Type.Enum(PARTNER_SCOPES)
const StatusSchema = Type.Enum(SUGGESTION_STATUSES)

/** A county time (ISO 8601 with +08:00). */
const CountyTime = Type.String({ format: 'date-time', examples: ['2026-12-07T09:30:00+08:00'] })

// ── the console: partners and their keys (county admins) ───────────────────────────────────────────────────

export const PartnerKey = Type.Object({
  id: Uuid,
  prefix: Type.String({ description: 'The first characters of the key, to tell keys apart' }),
  scopes: Type.Array(PartnerScopeSchema),
  createdAt: Timestamp,
  createdBy: Nullable(Type.String()),
  revokedAt: Nullable(Timestamp),
  lastUsedAt: Nullable(Timestamp),
})

export const Partner = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: PartnerKindSchema,
  kindLabel: Bilingual,
  unitId: Nullable(Uuid),
  unitName: Nullable(Type.String()),
  webhookUrl: Nullable(Type.String()),
  createdAt: Timestamp,
  keys: Type.Array(PartnerKey),
})

const PARTNER_EXAMPLE = {
  id: '0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f61',
  name: '德清县 12345 热线',
  kind: 'hotline',
  kindLabel: { zh: '12345 热线', en: '12345 hotline' },
  unitId: null,
  unitName: null,
  webhookUrl: 'https://hotline.example.gov.cn/lianxin/hook',
  createdAt: '2026-12-07T01:30:00.000Z',
  keys: [
    {
      id: '0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f62',
      prefix: 'lxk_xF4KGKIP',
      scopes: ['intake', 'status'],
      createdAt: '2026-12-07T01:30:00.000Z',
      createdBy: 'admin',
      revokedAt: null,
      lastUsedAt: '2026-12-07T02:12:09.000Z',
    },
  ],
}

/** A partner after a change (a key revoked). */
export const PartnerAnswer = Type.Object(Partner.properties, {
  examples: [
    {
      ...PARTNER_EXAMPLE,
      keys: [{ ...PARTNER_EXAMPLE.keys[0], revokedAt: '2026-12-08T03:00:00.000Z' }],
    },
  ],
})

export const PartnerList = Type.Object(
  { items: Type.Array(Partner), total: Type.Integer({ minimum: 0 }) },
  { examples: [{ items: [PARTNER_EXAMPLE], total: 1 }] },
)
export const PartnerQuery = Type.Object({ ...Paging }, { additionalProperties: false })

const WebhookUrl = Type.String({
  maxLength: 500,
  pattern: '^https?://[^\\s]+$',
  description: 'Where the partner hears of its items (and a platform of its assignments), signed HMAC-SHA256',
})
const Scopes = Type.Array(PartnerScopeSchema, { minItems: 1, maxItems: 3, uniqueItems: true })

export const PartnerCreate = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 60 }),
    kind: PartnerKindSchema,
    unitId: Type.Optional(Uuid),
    webhookUrl: Type.Optional(WebhookUrl),
    scopes: Scopes,
  },
  {
    additionalProperties: false,
    examples: [
      {
        name: '浙江省人大代表履职平台',
        kind: 'province',
        webhookUrl: 'https://province.example.gov.cn/lianxin/hook',
        scopes: ['intake', 'status'],
      },
    ],
  },
)

export const KeyCreate = Type.Object(
  { scopes: Scopes },
  { additionalProperties: false, examples: [{ scopes: ['intake', 'status'] }] },
)

/** A key just issued: the secret is in this answer and nowhere else. */
export const IssuedKey = Type.Object(
  {
    partner: Partner,
    keyId: Uuid,
    key: Type.String({ description: 'The API key: shown this once, stored only as its hash' }),
    webhookSecret: Nullable(
      Type.String({ description: 'The webhook signing secret, shown once (when the partner has a URL)' }),
    ),
  },
  {
    examples: [
      {
        partner: PARTNER_EXAMPLE,
        keyId: '0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f62',
        key: 'lxk_xF4KGKIPSGT8I6_5c_C7ebx5ueawjWppfo64jyaEZ3U',
        webhookSecret: 'whsec_Fj6YsQoXiwMn2lIq7S4EJUqtbK_bViop',
      },
    ],
  },
)

export const WebhookSet = Type.Object(
  { webhookUrl: Nullable(WebhookUrl) },
  {
    additionalProperties: false,
    examples: [{ webhookUrl: 'https://province.example.gov.cn/lianxin/hook' }],
  },
)

/** A partner after its webhook was set: a new signing secret, shown once (null when the webhook was removed). */
export const WebhookIssued = Type.Object(
  {
    partner: Partner,
    webhookSecret: Nullable(Type.String({ description: 'The new signing secret, shown this once' })),
  },
  { examples: [{ partner: PARTNER_EXAMPLE, webhookSecret: 'whsec_Fj6YsQoXiwMn2lIq7S4EJUqtbK_bViop' }] },
)

export const PartnerParams = Type.Object({ id: Uuid })
export const KeyParams = Type.Object({ id: Uuid, keyId: Uuid })

// ── the partner API ─────────────────────────────────────────────────────────────────────────────────────────

const Reference = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:/-]*$',
  description: "The partner's own reference for the item (unique per partner)",
})

export const PartnerSubmission = Type.Object(
  {
    reference: Reference,
    content: Type.String({ minLength: 1, maxLength: 2000 }),
    category: Type.Optional(Type.String({ maxLength: 40 })),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    location: Type.Optional(
      Type.Object(
        {
          lat: Type.Number({ minimum: -90, maximum: 90 }),
          lng: Type.Number({ minimum: -180, maximum: 180 }),
        },
        { additionalProperties: false },
      ),
    ),
    contact: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String({ maxLength: 40 })),
          phone: Type.Optional(Type.String({ maxLength: 20 })),
        },
        { additionalProperties: false },
      ),
    ),
    receivedAt: Type.Optional(Timestamp),
  },
  {
    additionalProperties: false,
    examples: [
      {
        reference: '12345-20261207-0042',
        content: '新市镇某村路口路灯已坏一周，夜间通行不便，请尽快修复。',
        category: 'construction',
        regionCode: '330521101201',
        contact: { name: '张三', phone: '13800000000' },
      },
    ],
  },
)

export const PartnerCreated = Type.Object(
  {
    id: Uuid,
    reference: Type.String(),
    trackingCode: Type.String(),
    statusUrl: Type.String(),
  },
  {
    examples: [
      {
        id: '0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f60',
        reference: '12345-20261207-0042',
        trackingCode: 'K7Q2MP',
        statusUrl: '/api/partner/v1/suggestions/12345-20261207-0042',
      },
    ],
  },
)

export const IdempotencyHeader = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_-]{8,128}$',
      description: 'Retries with the same key answer the first response; another body with it is a 409',
    }),
  ),
})

export const ReferenceParams = Type.Object({ reference: Reference })

const TimelineEvent = Type.Object({
  at: CountyTime,
  action: Type.String(),
  label: Bilingual,
  status: StatusSchema,
})

export const PartnerStatus = Type.Object(
  {
    id: Uuid,
    reference: Type.String(),
    trackingCode: Type.String(),
    status: StatusSchema,
    statusLabel: Bilingual,
    receivedAt: CountyTime,
    updatedAt: CountyTime,
    answer: Nullable(Type.String({ description: 'The answer, once it has been sent to the citizen' })),
    outcome: Nullable(Type.Enum(OUTCOMES)),
    mergedInto: Nullable(
      Type.Object(
        { trackingCode: Type.String(), status: StatusSchema, statusLabel: Bilingual },
        {
          description:
            'The item this one was merged into (并单): it follows its handling and gets its answer',
        },
      ),
    ),
    events: Type.Array(TimelineEvent),
  },
  {
    examples: [
      {
        id: '0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f60',
        reference: '12345-20261207-0042',
        trackingCode: 'K7Q2MP',
        status: 'feedback_given',
        statusLabel: { zh: '已反馈', en: 'Answered' },
        receivedAt: '2026-12-07T09:30:00+08:00',
        updatedAt: '2026-12-09T16:02:11+08:00',
        answer: '路灯已于12月9日修复。',
        outcome: 'A',
        mergedInto: null,
        events: [
          {
            at: '2026-12-07T09:30:00+08:00',
            action: 'submit',
            label: { zh: '提交', en: 'Submitted' },
            status: 'submitted',
          },
        ],
      },
    ],
  },
)

export const AssignmentParams = Type.Object({ id: Uuid })

export const Assignment = Type.Object(
  {
    id: Uuid,
    trackingCode: Type.String(),
    status: StatusSchema,
    statusLabel: Bilingual,
    role: Type.Enum(['lead', 'co']),
    content: Type.String(),
    category: Nullable(Type.String()),
    regionCode: Type.String(),
    contactPhone: Nullable(Type.String({ description: 'Masked' })),
    dueAt: Nullable(CountyTime),
    version: Type.Integer(),
  },
  {
    examples: [
      {
        id: '0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f60',
        trackingCode: 'K7Q2MP',
        status: 'assigned',
        statusLabel: { zh: '已交办', en: 'Assigned' },
        role: 'lead',
        content: '新市镇某村路口路灯已坏一周，夜间通行不便，请尽快修复。',
        category: 'construction',
        regionCode: '330521101201',
        contactPhone: '138****0000',
        dueAt: '2026-12-14T17:30:00+08:00',
        version: 4,
      },
    ],
  },
)

export const AssignmentReply = Type.Object(
  {
    answer: Type.String({ minLength: 1, maxLength: 4000 }),
    outcome: Type.Enum(OUTCOMES),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  {
    additionalProperties: false,
    examples: [{ answer: '路灯已于12月9日更换并恢复照明。', outcome: 'A' }],
  },
)
