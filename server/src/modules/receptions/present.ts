import type { Db } from '../../db/index.ts'
import { abilitiesOf } from '../../platform/policy.ts'
import { allowedActions } from '../../platform/workflow.ts'
import { statusLabels } from '../suggestions/repo.ts'
import type { ReceptionRelation } from './policy.ts'
import { receptionPolicy, roundPolicy } from './policy.ts'
import {
  deputiesOfReceptions,
  deputiesOfRounds,
  issuesOf,
  type ReceptionRow,
  type RoundRow,
  roundEvents,
  type StopListRow,
  stopsOfRounds,
  visitorsOf,
} from './repo.ts'
import { RECEPTION_TRANSITIONS, ROUND_TRANSITIONS, receptionLabels, roundLabels } from './workflow.ts'

/** Rows → the API's shapes. Timestamps as ISO instants; the clients show them in the county's time. */

const iso = (d: Date | string) => new Date(d).toISOString()
const isoOrNull = (d: Date | string | null) => (d ? iso(d) : null)

function groupBy<T, K extends keyof T>(rows: readonly T[], key: K): Map<T[K], T[]> {
  const map = new Map<T[K], T[]>()
  for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r])
  return map
}

const presentStop = (s: StopListRow) => ({
  id: s.id,
  seq: s.seq,
  kind: s.kind,
  name: s.name,
  regionCode: s.region_code,
  regionName: s.region_name,
  address: s.address,
  startsAt: iso(s.starts_at),
  endsAt: iso(s.ends_at),
  checkedInAt: isoOrNull(s.checked_in_at),
  checkInLocation:
    s.check_in_lat !== null && s.check_in_lng !== null ? { lat: s.check_in_lat, lng: s.check_in_lng } : null,
  happened: s.happened,
  receptions: s.receptions,
  people: s.people,
})

/** Rounds for the public duty calendar: no notes, no check-in location. */
export async function presentPublicRounds(db: Db, rows: RoundRow[]) {
  const ids = rows.map((r) => r.id)
  const deputies = groupBy(await deputiesOfRounds(db, ids), 'round_id')
  const stops = groupBy(await stopsOfRounds(db, ids), 'round_id')
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    townCode: r.town_code,
    townName: r.town_name,
    day: r.day,
    status: r.status,
    statusLabel: roundLabels[r.status],
    deputies: (deputies.get(r.id) ?? []).map((d) => ({ id: d.id, name: d.name })),
    stops: (stops.get(r.id) ?? []).map((s) => ({ ...presentStop(s), checkInLocation: null, happened: '' })),
  }))
}

export async function presentRounds(
  db: Db,
  rows: RoundRow[],
  relationsOf: (r: RoundRow) => ReadonlySet<ReceptionRelation>,
  withEvents = false,
) {
  const ids = rows.map((r) => r.id)
  const deputies = groupBy(await deputiesOfRounds(db, ids), 'round_id')
  const stops = groupBy(await stopsOfRounds(db, ids), 'round_id')
  const out = []
  for (const r of rows) {
    const relations = relationsOf(r)
    const events = withEvents ? await roundEvents(db, r.id) : []
    out.push({
      id: r.id,
      title: r.title,
      townCode: r.town_code,
      townName: r.town_name,
      day: r.day,
      status: r.status,
      statusLabel: roundLabels[r.status],
      deputies: (deputies.get(r.id) ?? []).map((d) => ({ id: d.id, name: d.name })),
      stops: (stops.get(r.id) ?? []).map(presentStop),
      venue: r.venue_id ? { id: r.venue_id, name: r.venue_name ?? '' } : null,
      note: r.note,
      summary: r.summary,
      version: r.version,
      allowedActions: [
        ...(r.status === 'planned' && abilitiesOf(roundPolicy, relations).includes('plan') ? ['edit'] : []),
        ...allowedActions(ROUND_TRANSITIONS, r.status, relations),
      ],
      events: events.map((e) => ({
        action: e.action,
        label: ROUND_TRANSITIONS[e.action as keyof typeof ROUND_TRANSITIONS]?.label ?? {
          zh: '安排巡诊',
          en: 'Planned',
        },
        toStatus: e.to_status,
        actorName: e.actor_name,
        note: e.note,
        at: iso(e.created_at),
      })),
    })
  }
  return out
}

export async function presentReceptions(
  db: Db,
  rows: ReceptionRow[],
  relationsOf: (r: ReceptionRow) => ReadonlySet<ReceptionRelation>,
) {
  const deputies = groupBy(
    await deputiesOfReceptions(
      db,
      rows.map((r) => r.id),
    ),
    'reception_id',
  )
  return rows.map((r) => {
    const relations = relationsOf(r)
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      statusLabel: receptionLabels[r.status],
      venue: r.venue_id ? { id: r.venue_id, name: r.venue_name ?? '' } : null,
      round:
        r.round_id && r.round_stop_id
          ? {
              id: r.round_id,
              title: r.round_title ?? '',
              stopId: r.round_stop_id,
              stopName: r.stop_name ?? '',
            }
          : null,
      dutySlotId: r.duty_slot_id,
      regionCode: r.region_code,
      regionName: r.region_name,
      startedAt: iso(r.started_at),
      endedAt: isoOrNull(r.ended_at),
      people: r.people,
      visitorCount: r.visitor_count,
      issueCount: r.issue_count,
      deputies: (deputies.get(r.id) ?? []).map((d) => ({ id: d.id, name: d.name })),
      note: r.note,
      version: r.version,
      allowedActions: [
        ...(r.status === 'open' && abilitiesOf(receptionPolicy, relations).includes('record') ? ['add'] : []),
        ...allowedActions(RECEPTION_TRANSITIONS, r.status, relations),
      ],
    }
  })
}

export async function presentReception(db: Db, row: ReceptionRow, relations: ReadonlySet<ReceptionRelation>) {
  const [summary] = await presentReceptions(db, [row], () => relations)
  const issues = groupBy(await issuesOf(db, row.id), 'visitor_id')
  const visitors = (await visitorsOf(db, row.id)).map((v) => ({
    id: v.id,
    headcount: v.headcount,
    name: v.name_masked,
    phone: v.phone_masked,
    note: v.note,
    recordedAt: iso(v.recorded_at),
    issues: (issues.get(v.id) ?? []).map((i) => ({
      id: i.id,
      content: i.content,
      disposition: i.disposition,
      answer: i.answer,
      suggestion:
        i.suggestion_id && i.tracking_code && i.suggestion_status
          ? {
              id: i.suggestion_id,
              trackingCode: i.tracking_code,
              status: i.suggestion_status,
              statusLabel: statusLabels[i.suggestion_status],
            }
          : null,
    })),
  }))
  return { ...summary!, visitors }
}
