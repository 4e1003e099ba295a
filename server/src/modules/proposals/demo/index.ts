import type { Insertable } from 'kysely'
import type { Database, ProposalStatus, Rating } from '../../../db/types.ts'
import { DEMO_UNIT_NAME } from '../../../demo/units.ts'
import { type DemoContext, type DemoStep, insertRows, stableId } from '../../../demo/world.ts'
import { cstDay, cstInstant } from '../../../platform/calendar.ts'
import { addDays } from '../../../platform/holidays.ts'
import { monthsAfter } from '../actions/index.ts'
import { CURRENT_DRAFT, PROPOSALS_2022 } from './plan.ts'

/**
 * The demo county's proposals (docs/domain.md "Deputies' proposals (代表建议)"): the 12 proposals of 2022, each
 * taken up by a county deputy from one to three of their own items of that year, co-signed by two to five other
 * county deputies, registered and assigned to a department (the demo unit's among them), contacted, answered
 * and rated — one unsatisfied, handled again and closed; and the demo deputy's current-year draft, inviting the
 * second demo deputy to co-sign. Rows are written as the kernel would have (events in order), deterministically.
 */
export const proposalsStep: DemoStep = {
  name: 'proposals',
  async run(ctx) {
    await history2022(ctx)
    await currentDraft(ctx)
  },
}

type Rows = {
  proposals: Insertable<Database['proposals']>[]
  sources: Insertable<Database['proposal_sources']>[]
  cosigners: Insertable<Database['proposal_cosigners']>[]
  units: Insertable<Database['proposal_units']>[]
  events: Insertable<Database['proposal_events']>[]
}

const at = (day: string, hour: number) => cstInstant(day, hour * 60)

async function users(ctx: DemoContext) {
  const rows = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'deputy_id'])
    .execute()
  return new Map(rows.map((r) => [r.username, r]))
}

async function history2022(ctx: DemoContext) {
  const { world } = ctx
  const county = world.countyCode
  const rng = ctx.rng.fork('proposals-2022')
  const accounts = await users(ctx)
  const demoDeputy = accounts.get('deputy')?.deputy_id ?? null
  const countyDeputies = world.deputies.filter((d) => d.memberships.some((m) => m.level === 'county'))
  const items = await ctx.db
    .selectFrom('suggestions')
    .select(['id', 'deputy_id', 'received_at'])
    .where(
      'deputy_id',
      'in',
      countyDeputies.map((d) => d.id),
    )
    .where('received_at', '>=', cstInstant('2022-01-01', 0))
    .where('received_at', '<', cstInstant('2022-09-01', 0))
    .orderBy('received_at')
    .orderBy('id')
    .execute()
  const byDeputy = new Map<string, string[]>()
  for (const i of items) byDeputy.set(i.deputy_id!, [...(byDeputy.get(i.deputy_id!) ?? []), i.id])
  const candidates = countyDeputies.filter(
    (d) => (byDeputy.get(d.id)?.length ?? 0) > 0 && d.id !== demoDeputy,
  )
  const leads = [
    ...(demoDeputy && byDeputy.has(demoDeputy) ? [countyDeputies.find((d) => d.id === demoDeputy)!] : []),
    ...rng.shuffle(candidates),
  ].slice(0, PROPOSALS_2022.length)
  const departments = world.units.filter((u) => u.kind === 'department')
  const demoUnit = world.units.find((u) => u.name === DEMO_UNIT_NAME)
  const admin = accounts.get('admin')
  const rows: Rows = { proposals: [], sources: [], cosigners: [], units: [], events: [] }
  for (const [n, lead] of leads.entries()) {
    const plan = PROPOSALS_2022[n]!
    const id = stableId(county, 'proposals', `2022/${n + 1}`)
    const sources = rng.sample(byDeputy.get(lead.id)!, rng.int(1, 3))
    const cosigners = rng.sample(
      countyDeputies.filter((d) => d.id !== lead.id),
      rng.int(2, 5),
    )
    const unit = n % 3 === 0 && demoUnit ? demoUnit : rng.pick(departments)
    const co = rng.chance(0.4)
      ? rng.sample(
          departments.filter((u) => u.id !== unit.id),
          1,
        )
      : []
    const created = `2022-${String(rng.int(9, 10)).padStart(2, '0')}-${String(rng.int(1, 20)).padStart(2, '0')}`
    const submitted = addDays(created, rng.int(8, 14))
    const registered = addDays(submitted, rng.int(3, 8))
    const contacted = addDays(registered, rng.int(15, 40))
    const answered = addDays(contacted, rng.int(7, 20))
    const rated = addDays(answered, rng.int(2, 10))
    const unhappy = n === 6
    const rating: Rating = rng.chance(0.7) ? 'satisfied' : 'basically_satisfied'
    const recontacted = addDays(rated, rng.int(5, 12))
    const reanswered = addDays(recontacted, rng.int(7, 15))
    const closedOn = unhappy ? addDays(reanswered, rng.int(2, 6)) : rated
    rows.proposals.push({
      id,
      year: 2022,
      number: n + 1,
      title: plan.title,
      reason: plan.reason,
      measures: plan.measures,
      lead_deputy_id: lead.id,
      status: 'closed',
      submitted_at: at(submitted, 10),
      registered_at: at(registered, 15),
      due_on: monthsAfter(registered, 3),
      contacted_at: at(unhappy ? recontacted : contacted, 9),
      contact_method: rng.pick(['in_person', 'phone', 'meeting'] as const),
      contact_with: lead.name,
      contact_note: '听取代表意见，介绍办理思路。',
      answer: unhappy ? `${plan.answer}经重新办理，已明确实施时间表。` : plan.answer,
      outcome: plan.outcome,
      answered_at: at(unhappy ? reanswered : answered, 16),
      first_rating: unhappy ? 'dissatisfied' : rating,
      rating: unhappy ? 'basically_satisfied' : rating,
      rated_at: at(closedOn, 11),
      closed_at: at(closedOn, 11),
      county_code: county,
      created_at: at(created, 9),
      updated_at: at(closedOn, 11),
      version: 7 + cosigners.length + (unhappy ? 3 : 0),
    })
    for (const [i, s] of sources.entries())
      rows.sources.push({ proposal_id: id, source_type: 'suggestion', source_id: s, seq: i + 1 })
    for (const [i, d] of cosigners.entries())
      rows.cosigners.push({
        proposal_id: id,
        deputy_id: d.id,
        seq: i + 1,
        status: 'signed',
        responded_at: at(addDays(created, 2 + i), 14),
      })
    rows.units.push({ proposal_id: id, unit_id: unit.id, role: 'lead' })
    for (const c of co) rows.units.push({ proposal_id: id, unit_id: c.id, role: 'co' })
    const event = (
      key: string,
      action: string,
      from: ProposalStatus | null,
      to: ProposalStatus,
      when: Date,
      actor: string,
      note: string | null = null,
    ) =>
      rows.events.push({
        id: stableId(county, 'proposal_events', `${id}/${key}`),
        proposal_id: id,
        action,
        from_status: from,
        to_status: to,
        actor_id: null,
        actor_name: actor,
        public: ['submit', 'register', 'answer', 'rate'].includes(action),
        note,
        created_at: when,
        county_code: county,
      })
    const unitActor = `${unit.name}承办员`
    event('create', 'create', null, 'draft', at(created, 9), lead.name)
    event('invite', 'invite', 'draft', 'cosigning', at(created, 10), lead.name)
    for (const [i, d] of cosigners.entries())
      event(`cosign/${i}`, 'cosign', 'cosigning', 'cosigning', at(addDays(created, 2 + i), 14), d.name)
    event('submit', 'submit', 'cosigning', 'submitted', at(submitted, 10), lead.name)
    event(
      'register',
      'register',
      'submitted',
      'registered',
      at(registered, 15),
      admin?.display_name ?? '县人大',
    )
    event('contact', 'contact', 'registered', 'contacted', at(contacted, 9), unitActor)
    event('answer', 'answer', 'contacted', 'answered', at(answered, 16), unitActor)
    if (unhappy) {
      event('rate', 'rate', 'answered', 'rehandling', at(rated, 11), lead.name, '答复未明确实施时间')
      event('contact/2', 'contact', 'rehandling', 'contacted', at(recontacted, 9), unitActor)
      event('answer/2', 'answer', 'contacted', 'answered', at(reanswered, 16), unitActor)
      event('rate/2', 'rate', 'answered', 'closed', at(closedOn, 11), lead.name)
    } else event('rate', 'rate', 'answered', 'closed', at(rated, 11), lead.name)
  }
  await write(ctx, rows)
}

/** The demo deputy's draft of this year, from two of their items, inviting `deputy2` to co-sign. */
async function currentDraft(ctx: DemoContext) {
  const county = ctx.world.countyCode
  const accounts = await users(ctx)
  const deputy = accounts.get('deputy')
  const deputy2 = accounts.get('deputy2')
  if (!deputy?.deputy_id || !deputy2?.deputy_id) return
  const today = cstDay(ctx.now)
  const items = await ctx.db
    .selectFrom('suggestions')
    .select('id')
    .where('deputy_id', '=', deputy.deputy_id)
    .where('received_at', '>=', cstInstant(`${today.slice(0, 4)}-01-01`, 0))
    .orderBy('received_at')
    .orderBy('id')
    .limit(2)
    .execute()
  if (items.length === 0) return
  const id = stableId(county, 'proposals', `${today.slice(0, 4)}/draft/${deputy.deputy_id}`)
  const created = new Date(ctx.now.getTime() - 26 * 3600_000)
  const invited = new Date(ctx.now.getTime() - 25 * 3600_000)
  const rows: Rows = {
    proposals: [
      {
        id,
        year: Number(today.slice(0, 4)),
        ...CURRENT_DRAFT,
        lead_deputy_id: deputy.deputy_id,
        created_by: deputy.id,
        status: 'cosigning',
        county_code: county,
        created_at: created,
        updated_at: invited,
        version: 2,
      },
    ],
    sources: items.map((i, n) => ({
      proposal_id: id,
      source_type: 'suggestion',
      source_id: i.id,
      seq: n + 1,
    })),
    cosigners: [{ proposal_id: id, deputy_id: deputy2.deputy_id, seq: 1, status: 'invited' }],
    units: [],
    events: [
      {
        id: stableId(county, 'proposal_events', `${id}/create`),
        proposal_id: id,
        action: 'create',
        from_status: null,
        to_status: 'draft',
        actor_id: deputy.id,
        actor_name: deputy.display_name,
        public: false,
        created_at: created,
        county_code: county,
      },
      {
        id: stableId(county, 'proposal_events', `${id}/invite`),
        proposal_id: id,
        action: 'invite',
        from_status: 'draft',
        to_status: 'cosigning',
        actor_id: deputy.id,
        actor_name: deputy.display_name,
        public: false,
        created_at: invited,
        county_code: county,
      },
    ],
  }
  await write(ctx, rows)
}

async function write(ctx: DemoContext, rows: Rows) {
  await insertRows(ctx, 'proposals', rows.proposals)
  await insertRows(ctx, 'proposal_sources', rows.sources)
  await insertRows(ctx, 'proposal_cosigners', rows.cosigners)
  await insertRows(ctx, 'proposal_units', rows.units)
  await insertRows(ctx, 'proposal_events', rows.events)
}
