import type { Static } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { Principal } from '../../platform/access.ts'
import type { WorkCalendar } from '../../platform/calendar.ts'
import { cstDay } from '../../platform/calendar.ts'
import type { Audit, CommandTools } from '../../platform/context.ts'
import { maskName, maskPhone, type PersonalDataCipher } from '../../platform/crypto.ts'
import { AppError, conflict, invalidField } from '../../platform/errors.ts'
import { authorize, may } from '../../platform/policy.ts'
import type { Actor } from '../../platform/workflow.ts'
import { activeDeputies } from '../duty/repo.ts'
import { normalisedPhone, takeInReceptionIssue } from '../suggestions/index.ts'
import { receptionPolicy } from './policy.ts'
import {
  getReception,
  getStop,
  insertIssue,
  insertReception,
  insertVisitor,
  issuesByIds,
  type ReceptionRow,
  recountPeople,
  slotForReception,
  venueForReception,
  visitorsByIds,
  writeReceptionEvent,
} from './repo.ts'
import type { ReceptionCreate, VisitorInput } from './schema.ts'

/**
 * Recording a reception (接待记录), made for a phone that may be offline: every record, visitor and issue carries
 * an id chosen by the device, so that sending the same thing again (a retry, a sync after the signal returns) finds
 * it already there and writes nothing twice. Something sent again that differs from what is stored is a conflict
 * (409) the device shows to its user; nothing already saved is changed by it.
 */

export interface RecordTools {
  trx: Db
  audit: Audit
  tools: CommandTools
  cipher: PersonalDataCipher
  calendar: WorkCalendar
  countyCode: string
  principal: Principal
  actor: Actor
}

type Create = Static<typeof ReceptionCreate>
type Visitor = Static<typeof VisitorInput>

/** Where a new record belongs: its venue (and duty slot) or its round's stop; checked against the caller. */
async function placeOf(t: RecordTools, body: Create) {
  if (body.kind === 'station') {
    let venueId = body.venueId ?? null
    if (body.dutySlotId) {
      const slot = await slotForReception(t.trx, body.dutySlotId)
      if (!slot || (venueId && slot.venue_id !== venueId))
        throw invalidField('body.dutySlotId', {
          zh: '排班不存在或不属于该阵地',
          en: 'Unknown duty slot for this venue',
        })
      if (slot.status === 'cancelled')
        throw invalidField('body.dutySlotId', { zh: '该排班已取消', en: 'The duty slot is cancelled' })
      venueId = slot.venue_id
    }
    if (!venueId) throw invalidField('body.venueId', { zh: '请选择接待的联络阵地', en: 'Choose the venue' })
    const venue = await venueForReception(t.trx, venueId)
    if (!venue?.active) throw invalidField('body.venueId', { zh: '联络阵地不存在', en: 'Unknown venue' })
    return {
      venue_id: venue.id,
      duty_slot_id: body.dutySlotId ?? null,
      round_stop_id: null,
      region_code: venue.region_code,
      town_code: venue.town_code,
      region_path: venue.region_path,
      roundDeputies: [] as string[],
    }
  }
  if (!body.roundStopId)
    throw invalidField('body.roundStopId', { zh: '请选择巡诊站点', en: 'Choose the round’s stop' })
  const stop = await getStop(t.trx, body.roundStopId)
  if (!stop) throw invalidField('body.roundStopId', { zh: '巡诊站点不存在', en: 'Unknown stop' })
  if (stop.round_status === 'cancelled')
    throw invalidField('body.roundStopId', { zh: '该巡诊已取消', en: 'The round is cancelled' })
  return {
    venue_id: stop.venue_id,
    duty_slot_id: null,
    round_stop_id: stop.id,
    region_code: stop.region_code,
    town_code: stop.town_code,
    region_path: stop.region_path,
    roundDeputies: stop.deputy_ids,
  }
}

/** Creates the record, or finds it (same id) and adds what is new; the answer says which. */
export async function recordReception(t: RecordTools, body: Create) {
  const existing = await getReception(t.trx, body.id, true)
  if (existing) {
    const same =
      existing.kind === body.kind &&
      (body.kind === 'station'
        ? !body.venueId || body.venueId === existing.venue_id
        : body.roundStopId === existing.round_stop_id)
    if (!same)
      throw conflict(
        { zh: '该编号的接待记录已存在且内容不同', en: 'A different reception record has this id' },
        'body.id',
      )
    authorize(receptionPolicy, t.principal, 'record', existing)
    const result = body.visitors?.length ? await addVisitors(t, existing, body.visitors) : none
    return { created: false, ...result }
  }
  const place = await placeOf(t, body)
  const deputies = await activeDeputies(t.trx, body.deputyIds)
  const unknown = body.deputyIds.find((id) => !deputies.has(id))
  if (unknown) throw invalidField('body.deputyIds', { zh: '代表不存在', en: 'Unknown deputy' })
  const relations = receptionPolicy.relations(t.principal, {
    region_path: place.region_path,
    venue_id: place.venue_id,
    deputy_ids: body.deputyIds,
  })
  if (!may(receptionPolicy, relations, 'record'))
    throw new AppError('forbidden', { zh: '您不能在此记录接待', en: 'You may not record a reception here' })
  const now = new Date()
  const startedAt = body.startedAt ? new Date(body.startedAt) : now
  if (startedAt.getTime() > now.getTime() + 5 * 60_000)
    throw invalidField('body.startedAt', {
      zh: '开始时间不能晚于现在',
      en: 'The start cannot be in the future',
    })
  await insertReception(
    t.trx,
    {
      id: body.id,
      kind: body.kind,
      venue_id: place.venue_id,
      duty_slot_id: place.duty_slot_id,
      round_stop_id: place.round_stop_id,
      region_code: place.region_code,
      town_code: place.town_code,
      started_at: startedAt,
      note: body.note?.trim() ?? '',
      county_code: t.countyCode,
      recorded_by: t.principal.userId,
    },
    body.deputyIds,
  )
  await writeReceptionEvent(t.trx, {
    subjectId: body.id,
    action: 'open',
    from: null,
    to: 'open',
    actor: t.actor,
    public: false,
    note: null,
    detail: { kind: body.kind, day: cstDay(startedAt) },
    at: now,
    countyCode: t.countyCode,
  })
  await t.audit({
    action: 'reception.open',
    targetType: 'reception',
    targetId: body.id,
    detail: { kind: body.kind, venueId: place.venue_id, roundStopId: place.round_stop_id },
  })
  const row = (await getReception(t.trx, body.id, true))!
  const result = body.visitors?.length ? await addVisitors(t, row, body.visitors) : none
  return { created: true, ...result }
}

const none = { added: [] as string[], alreadyRecorded: [] as string[] }

/**
 * Adds visitors and their issues to an open record. A visitor already on this record is a replay and skipped;
 * one on another record is a conflict. Each new issue becomes an item of the loop (suggestions module) in this
 * transaction; the record's people received is recounted.
 */
export async function addVisitors(t: RecordTools, reception: ReceptionRow, visitors: Visitor[]) {
  const ids = visitors.map((v) => v.id)
  if (new Set(ids).size !== ids.length)
    throw invalidField('body.visitors', { zh: '访客编号重复', en: 'Visitor ids repeat' })
  const known = new Map((await visitorsByIds(t.trx, ids)).map((v) => [v.id, v]))
  for (const [i, v] of visitors.entries()) {
    const k = known.get(v.id)
    if (k && (k.reception_id !== reception.id || k.headcount !== v.headcount))
      throw conflict(
        {
          zh: '该访客已记录在其他接待中，或人数不同',
          en: 'This visitor was recorded elsewhere or differently',
        },
        `body.visitors[${i}].id`,
      )
  }
  const fresh = visitors.filter((v) => !known.has(v.id))
  if (fresh.length === 0) return { added: [], alreadyRecorded: ids }
  if (reception.status !== 'open')
    throw conflict(
      { zh: '该接待已结束，请重新打开后再补录', en: 'The reception is closed; reopen it to add visitors' },
      'body.visitors',
    )
  const issueIds = fresh.flatMap((v) => v.issues.map((i) => i.id))
  if (new Set(issueIds).size !== issueIds.length || (await issuesByIds(t.trx, issueIds)).length > 0)
    throw conflict({ zh: '问题编号已被使用', en: 'An issue id is already used' }, 'body.visitors')
  const deputyId =
    t.principal.deputyId && reception.deputy_ids.includes(t.principal.deputyId)
      ? t.principal.deputyId
      : (reception.deputy_ids[0] ?? null)
  const now = new Date()
  for (const v of fresh) {
    // A device's clock may be off: a visitor is not received before the session began.
    const at = new Date(
      Math.max(
        (v.recordedAt ? new Date(v.recordedAt) : now).getTime(),
        new Date(reception.started_at).getTime(),
      ),
    )
    const field = `body.visitors[${visitors.indexOf(v)}]`
    const name = v.name?.trim() || null
    const phone = normalisedPhone(v.phone ?? undefined, `${field}.phone`)
    await insertVisitor(t.trx, {
      id: v.id,
      reception_id: reception.id,
      headcount: v.headcount,
      name_enc: name ? t.cipher.encrypt(name) : null,
      name_masked: name ? maskName(name) : null,
      phone_enc: phone ? t.cipher.encrypt(phone) : null,
      phone_hash: phone ? t.cipher.lookupHash(phone) : null,
      phone_masked: phone ? maskPhone(phone) : null,
      note: v.note?.trim() ?? '',
      recorded_by: t.principal.userId,
      recorded_at: at,
    })
    for (const [j, issue] of v.issues.entries()) {
      const answer = issue.answer?.trim() || null
      if (issue.disposition === 'on_spot' && !answer)
        throw invalidField(`${field}.issues[${j}].answer`, {
          zh: '当场答复的问题请填写答复内容',
          en: 'An issue answered on the spot needs the answer',
        })
      const item = await takeInReceptionIssue(
        t,
        {
          channel: reception.kind,
          content: issue.content,
          categoryCode: issue.category,
          venueId: reception.venue_id,
          deputyId,
          regionCode: reception.region_code,
          contact: name || phone ? { name, phone } : null,
          receivedAt: at,
          answerOnSpot: issue.disposition === 'on_spot' ? answer : null,
        },
        `${field}.issues[${j}].`,
      )
      await insertIssue(t.trx, {
        id: issue.id,
        reception_id: reception.id,
        visitor_id: v.id,
        content: issue.content.trim(),
        category_code: issue.category ?? null,
        disposition: issue.disposition,
        answer: issue.disposition === 'on_spot' ? answer : null,
        suggestion_id: item.id,
      })
    }
  }
  await recountPeople(t.trx, reception.id)
  await t.audit({
    action: 'reception.record_visitors',
    targetType: 'reception',
    targetId: reception.id,
    detail: {
      visitors: fresh.length,
      people: fresh.reduce((n, v) => n + v.headcount, 0),
      issues: issueIds.length,
    },
  })
  return { added: fresh.map((v) => v.id), alreadyRecorded: ids.filter((id) => known.has(id)) }
}
