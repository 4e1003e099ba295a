import { Type } from 'typebox'
import { OUTCOMES, PROPOSAL_STATUSES, RATINGS } from '../../db/enums.ts'

/** The figures of openness a county publishes for a year (docs/domain.md "Published figures"). */

export const OpennessQuery = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2199, description: 'The year, in county time' }) },
  { additionalProperties: false },
)

const countsOf = (keys: readonly string[], description: string) =>
  Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Integer({ minimum: 0 })])), {
    additionalProperties: false,
    description,
  })

export const OpennessFigures = Type.Object({
  year: Type.Integer(),
  publishedAnswers: Type.Object({
    total: Type.Integer({
      description: 'Items first published in the year and still published (办理结果公开)',
    }),
    answered: Type.Integer({ description: 'Of those, with their answer published' }),
    open: Type.Integer({ description: 'Of those, still being handled: the question only' }),
  }),
  supports: Type.Object({
    total: Type.Integer({ description: 'Supports (附议) citizens added in the year' }),
    items: Type.Integer({ description: 'Items that received at least one of them' }),
  }),
  subscriptions: Type.Object({
    active: Type.Integer({ description: 'Confirmed follows (关注) of towns, categories and items now' }),
  }),
  proposals: Type.Object({
    total: Type.Integer({ description: 'Formal deputy proposals (代表建议) of the year, drafts included' }),
    byStatus: countsOf(PROPOSAL_STATUSES, 'By state'),
    byOutcome: countsOf(
      OUTCOMES,
      'Answers by outcome class: A 已解决 · B 正在解决 · C 计划解决 · D 留作参考',
    ),
    ratings: countsOf(RATINGS, 'The deputies’ final ratings of the answers, of closed proposals'),
    rehandled: Type.Integer({ description: 'Handled again after an unsatisfied first rating' }),
    satisfactionRate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
      description: 'Satisfied or basically satisfied, of the rated ones (null: none rated)',
    }),
  }),
})
