import { Type } from 'typebox'
import {
  CONTACT_METHODS,
  COSIGNER_STATUSES,
  OUTCOMES,
  PROPOSAL_SOURCE_TYPES,
  PROPOSAL_STATUSES,
  RATINGS,
} from '../../db/enums.ts'
import { Bilingual, Nullable, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'
import { Day } from '../settings/schema.ts'
import { PROPOSAL_ACTIONS } from './workflow.ts'

/** The contract of deputies' proposals (docs/domain.md "Deputies' proposals (代表建议)"). */

export const ProposalStatusSchema = Type.Enum(PROPOSAL_STATUSES)
export const ProposalActionSchema = Type.Enum(PROPOSAL_ACTIONS)
export const ProposalAbilitySchema = Type.Union([ProposalActionSchema, Type.Literal('edit')])
const Year = Type.Integer({ minimum: 2000, maximum: 2199 })
const Version = Type.Integer({ minimum: 1 })
const Person = Type.Object({ id: Uuid, name: Type.String() })

const textFields = {
  title: Type.String({ minLength: 1, maxLength: 100, description: '标题' }),
  reason: Type.String({ minLength: 1, maxLength: 5000, description: '案由: the situation and its reasons' }),
  measures: Type.String({ minLength: 1, maxLength: 5000, description: '建议措施' }),
  category: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 40 }))),
  suggestionIds: Type.Array(Uuid, {
    maxItems: 20,
    description: 'Items of the loop the proposal takes up (ones the deputy sees)',
  }),
  siteReportIds: Type.Optional(
    Type.Array(Uuid, { maxItems: 5, description: 'Monthly reports on sites the deputy leads' }),
  ),
  cosignerIds: Type.Optional(
    Type.Array(Uuid, { maxItems: 30, description: 'Deputies to invite to co-sign (联名)' }),
  ),
}

export const ProposalCreate = Type.Object(textFields, { additionalProperties: false })
export const ProposalUpdate = Type.Object(
  { ...textFields, version: Version },
  { additionalProperties: false },
)

export const ProposalQuery = Type.Object(
  {
    status: Type.Optional(ProposalStatusSchema),
    year: Type.Optional(Year),
    mine: Type.Optional(
      Type.Boolean({ description: 'Deputies: the proposals I lead or was invited to co-sign' }),
    ),
    ...Paging,
  },
  { additionalProperties: false },
)

export const ProposalListItem = Type.Object({
  id: Uuid,
  year: Type.Integer(),
  number: Nullable(Type.Integer()),
  title: Type.String(),
  status: ProposalStatusSchema,
  statusLabel: Bilingual,
  leadDeputy: Person,
  cosigners: Type.Integer({ description: 'Deputies who co-signed' }),
  leadUnitName: Nullable(Type.String()),
  dueOn: Nullable(Day),
  outcome: Nullable(Type.Enum(OUTCOMES)),
  rating: Nullable(Type.Enum(RATINGS)),
  updatedAt: Timestamp,
})
export const ProposalList = Type.Object({ items: Type.Array(ProposalListItem), total: Type.Integer() })

export const ProposalEvent = Type.Object({
  id: Uuid,
  at: Timestamp,
  action: Type.String(),
  title: Bilingual,
  fromStatus: Nullable(ProposalStatusSchema),
  toStatus: ProposalStatusSchema,
  actorName: Type.String(),
  note: Nullable(Type.String()),
})

export const Proposal = Type.Object({
  id: Uuid,
  year: Type.Integer(),
  number: Nullable(Type.Integer({ description: '立案号 within the year, once registered' })),
  title: Type.String(),
  reason: Type.String(),
  measures: Type.String(),
  category: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  status: ProposalStatusSchema,
  statusLabel: Bilingual,
  leadDeputy: Person,
  cosigners: Type.Array(
    Type.Object({
      deputyId: Uuid,
      name: Type.String(),
      status: Type.Enum(COSIGNER_STATUSES),
      respondedAt: Nullable(Timestamp),
    }),
  ),
  requiredCosigners: Type.Integer(),
  sources: Type.Array(
    Type.Object({
      type: Type.Enum(PROPOSAL_SOURCE_TYPES),
      id: Uuid,
      label: Type.String({ description: 'The tracking code, or the site and month of the report' }),
      text: Type.String(),
    }),
  ),
  leadUnit: Nullable(Person),
  coUnits: Type.Array(Person),
  submittedAt: Nullable(Timestamp),
  registeredAt: Nullable(Timestamp),
  dueOn: Nullable(Day),
  notRegisteredReason: Nullable(Type.String()),
  contact: Nullable(
    Type.Object({
      at: Timestamp,
      method: Type.Enum(CONTACT_METHODS),
      with: Type.String(),
      note: Type.String(),
    }),
  ),
  answer: Nullable(Type.String()),
  outcome: Nullable(Type.Enum(OUTCOMES)),
  answeredAt: Nullable(Timestamp),
  firstRating: Nullable(Type.Enum(RATINGS)),
  rating: Nullable(Type.Enum(RATINGS)),
  closedAt: Nullable(Timestamp),
  rehandled: Type.Boolean({ description: 'Sent back to the unit once after an unsatisfied rating' }),
  createdAt: Timestamp,
  version: Type.Integer(),
  allowedActions: Type.Array(ProposalAbilitySchema),
  timeline: Type.Array(ProposalEvent),
})

export const IdParams = Type.Object({ id: Uuid })
export const ActionParams = Type.Object({ id: Uuid, action: ProposalActionSchema })
export const ProposalActionBody = Type.Object(
  {
    version: Type.Optional(Version),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    deputyIds: Type.Optional(Type.Array(Uuid, { maxItems: 30 })),
    leadUnitId: Type.Optional(Uuid),
    coUnitIds: Type.Optional(Type.Array(Uuid, { maxItems: 10 })),
    dueOn: Type.Optional(Day),
    contactedAt: Type.Optional(Timestamp),
    method: Type.Optional(Type.Enum(CONTACT_METHODS)),
    contactWith: Type.Optional(Type.String({ maxLength: 200 })),
    answer: Type.Optional(Type.String({ maxLength: 10000 })),
    outcome: Type.Optional(Type.Enum(OUTCOMES)),
    rating: Type.Optional(Type.Enum(RATINGS)),
  },
  { additionalProperties: false },
)

export const ExportQuery = Type.Object({ year: Year }, { additionalProperties: false })
