import type { Static } from 'typebox'
import type { SuggestionStatus } from '../../db/types.ts'
import { reopenRefusal } from './actions/index.ts'
import type { DetailContext } from './repo/detail.ts'
import { PHOTO, REPLY_ATTACHMENT } from './repo/detail.ts'
import type { Limits, LoadedItem, SuggestionRow } from './repo/items.ts'
import type { ListRow } from './repo/queue.ts'
import type { TrackingContext } from './repo/tracking.ts'
import type { Detail, Tracking } from './schema.ts'
import {
  type Action,
  ANSWERED,
  HANDLING,
  RATEABLE,
  SAME_DAY,
  type StaffAction,
  statusLabels,
  TRANSITIONS,
} from './workflow.ts'

/** Rows → responses. Personal data leaves only masked; the reveal is its own audited route. */

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)
const parseDetail = (d: unknown) => (typeof d === 'string' ? JSON.parse(d) : d) as Record<string, unknown>

/** The deadline that matters now: the same-day limit before assignment, the completion deadline after. */
export function currentDeadline(r: {
  status: SuggestionStatus
  same_day_due_at: Date
  due_at: Date | null
}): Date | null {
  if (SAME_DAY.includes(r.status)) return new Date(r.same_day_due_at)
  if (HANDLING.includes(r.status)) return r.due_at ? new Date(r.due_at) : null
  return null
}

/** A queue row. */
export function presentListItem(r: ListRow) {
  const due = currentDeadline(r)
  return {
    id: r.id,
    trackingCode: r.tracking_code,
    status: r.status,
    statusLabel: statusLabels[r.status],
    channel: r.channel,
    tier: r.tier,
    regionCode: r.region_code,
    regionName: r.region_name,
    regionNameEn: r.region_name_en || null,
    townCode: r.town_code,
    townName: r.town_name,
    townNameEn: r.town_name_en || null,
    category: r.category_code,
    categoryName: r.category_name,
    categoryNameEn: r.category_name_en || null,
    excerpt: r.content.length > 80 ? `${r.content.slice(0, 80)}…` : r.content,
    receivedAt: iso(r.received_at)!,
    dueAt: due ? due.toISOString() : null,
    overdue: Boolean(r.overdue),
    leadUnitId: r.lead_unit_id,
    leadUnitName: r.lead_unit_name,
    contactPhoneMasked: r.contact_phone_masked,
    urgeCount: r.urge_count,
    escalated: r.escalated_at !== null,
    extensionRequested: r.extension_requested_days !== null,
    mergedIntoId: r.merged_into_id,
    venueId: r.venue_id,
    deputyId: r.deputy_id,
    supportCount: Number(r.support_count),
    highAttention: Boolean(r.high_attention),
    version: r.version,
  }
}

const SUBMIT_LABEL = { zh: '提交', en: 'Submit' }

export function presentTimeline(events: DetailContext['events']) {
  return events.map((e) => ({
    at: iso(e.at)!,
    action: e.action as Action | 'submit',
    actionLabel:
      e.action === 'submit' ? SUBMIT_LABEL : (TRANSITIONS[e.action as Action]?.label ?? SUBMIT_LABEL),
    fromStatus: e.from_status,
    toStatus: e.to_status,
    actorName: e.actor_name,
    public: e.public,
    note: e.note,
    detail: parseDetail(e.detail),
  }))
}

export function presentDetail(
  { item, units }: LoadedItem,
  c: DetailContext,
  caller: { allowedActions: StaffAction[]; canRevealContact: boolean },
  now = new Date(),
): Static<typeof Detail> {
  const due = currentDeadline(item)
  const fileRef = (p: DetailContext['files'][number]) => ({
    id: p.id,
    url: `/api/suggestions/${item.id}/photos/${p.id}`,
    width: p.width,
    height: p.height,
  })
  return {
    id: item.id,
    trackingCode: item.tracking_code,
    status: item.status,
    statusLabel: statusLabels[item.status],
    channel: item.channel,
    tier: item.tier,
    content: item.content,
    category: item.category_code,
    categoryName: c.category?.name ?? null,
    categoryNameEn: c.category?.name_en || null,
    regionCode: item.region_code,
    regionName: c.region?.name ?? '',
    regionNameEn: c.region?.name_en || null,
    townCode: item.town_code,
    townName: c.town?.name ?? null,
    townNameEn: c.town?.name_en || null,
    venue: c.venue ?? null,
    deputy: c.deputy ?? null,
    location: item.lat !== null && item.lng !== null ? { lat: item.lat, lng: item.lng } : null,
    contactNameMasked: item.contact_name_masked,
    contactPhoneMasked: item.contact_phone_masked,
    canRevealContact: caller.canRevealContact && Boolean(item.contact_phone_enc || item.contact_name_enc),
    units: units.map((u) => ({
      id: u.unit_id,
      role: u.role,
      name: c.unitRows.find((r) => r.id === u.unit_id)?.name ?? '',
    })),
    answer: item.answer,
    unitAnswer: item.unit_answer,
    outcome: item.outcome,
    rating: item.rating,
    ratingComment: item.rating_comment,
    rejectReason: item.reject_reason,
    mergedInto: c.mergedInto ? { id: c.mergedInto.id, trackingCode: c.mergedInto.tracking_code } : null,
    mergedFollowers: c.followers.map((f) => ({ id: f.id, trackingCode: f.tracking_code })),
    duplicates: c.duplicates.map((d) => ({
      id: d.id,
      trackingCode: d.tracking_code,
      score: Number(d.score),
      excerpt: d.content.slice(0, 80),
      status: d.status,
    })),
    photos: c.files.filter((p) => p.purpose === PHOTO).map(fileRef),
    attachments: c.files.filter((p) => p.purpose === REPLY_ATTACHMENT).map(fileRef),
    timestamps: {
      receivedAt: iso(item.received_at)!,
      clockStartAt: iso(item.clock_start_at)!,
      sameDayDueAt: iso(item.same_day_due_at)!,
      acceptedAt: iso(item.accepted_at),
      routedAt: iso(item.routed_at),
      acknowledgedAt: iso(item.acknowledged_at),
      assignedAt: iso(item.assigned_at),
      signedAt: iso(item.signed_at),
      repliedAt: iso(item.replied_at),
      reviewedAt: iso(item.reviewed_at),
      feedbackAt: iso(item.feedback_at),
      closedAt: iso(item.closed_at),
      dueAt: iso(item.due_at),
    },
    dueAt: iso(due),
    overdue: due !== null && due.getTime() < now.getTime(),
    extensionRequest: item.extension_requested_days
      ? { days: item.extension_requested_days, reason: item.extension_reason ?? '' }
      : null,
    reopenCount: item.reopen_count,
    urgeCount: item.urge_count,
    escalatedAt: iso(item.escalated_at),
    allowedActions: caller.allowedActions,
    timeline: presentTimeline(c.events),
    version: item.version,
  }
}

// ── the citizen's tracking view ─────────────────────────────────────────────────────────────────────────────

/**
 * The citizen's one name for each state: the chip on the tracking page, the list of their items, and the title of
 * every timeline step that brings the item into that state use the same words (plainer than the staff's labels).
 */
export const publicStatusLabels: Record<SuggestionStatus, { zh: string; en: string }> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  accepted: { zh: '已受理', en: 'Accepted' },
  rejected: { zh: '不予受理', en: 'Not accepted' },
  answered_on_spot: { zh: '已当场答复', en: 'Answered on the spot' },
  routed: { zh: '已流转办理', en: 'Passed on for handling' },
  assigned: { zh: '已交办承办单位', en: 'Assigned to the responsible unit' },
  signed: { zh: '承办单位已签收', en: 'The unit has taken it on' },
  // The unit's reply and its review are internal steps: the citizen's item is still being handled.
  in_progress: { zh: '正在办理', en: 'Being handled' },
  replied: { zh: '正在办理', en: 'Being handled' },
  reviewed: { zh: '正在办理', en: 'Being handled' },
  feedback_given: { zh: '已答复', en: 'Answered' },
  closed: { zh: '已办结', en: 'Closed' },
}

/** Steps that are not the entry into a state keep a title of their own. */
const publicTitles: Partial<Record<Action | 'submit', { zh: string; en: string }>> = {
  merge: { zh: '已与同类意见合并办理', en: 'Merged with a similar item' },
  decide_extension: { zh: '办理期限调整', en: 'Deadline changed' },
  rate: { zh: '已评价，已办结', en: 'Rated; closed' },
  reopen: { zh: '已申请重新办理', en: 'Asked to be handled again' },
}

const tierNames = {
  town: { zh: '镇(街道)', en: 'the town' },
  county: { zh: '县级部门', en: 'county departments' },
  proposal: { zh: '代表建议', en: 'a formal deputy proposal' },
}

/** Events of the primary that are not this citizen's story (its own submission and intake). */
const PRIMARY_INTAKE = ['submit', 'accept', 'reject', 'merge']
/** Staff notes stay internal, except the reason a submission was not accepted and the citizen's own words. */
const NOTE_SHOWN = ['reject', 'rate', 'reopen']

function publicTitle(action: string, to: SuggestionStatus, detail: Record<string, unknown>) {
  if (action === 'route' && typeof detail.tier === 'string') {
    const tier = tierNames[detail.tier as keyof typeof tierNames]
    if (tier) return { zh: `已流转至${tier.zh}办理`, en: `Passed on to ${tier.en}` }
  }
  if (action === 'decide_extension') {
    return detail.approved
      ? { zh: '办理期限已延长', en: 'Deadline extended' }
      : { zh: '办理期限不变', en: 'Deadline unchanged' }
  }
  return publicTitles[action as Action | 'submit'] ?? publicStatusLabels[to]
}

export function presentTracking(
  item: SuggestionRow,
  c: TrackingContext,
  limits: Limits,
  now = new Date(),
): Static<typeof Tracking> {
  const { shown, primary } = c
  const visible = c.events.filter((e) => e.suggestion_id === item.id || !PRIMARY_INTAKE.includes(e.action))
  const answered = ANSWERED.includes(shown.status) && Boolean(shown.answer)
  return {
    trackingCode: item.tracking_code,
    status: shown.status,
    statusLabel: publicStatusLabels[shown.status],
    content: item.content,
    category: c.category?.name ?? null,
    submittedAt: iso(item.received_at)!,
    regionName: c.region?.name ?? '',
    venueName: c.venue?.name ?? null,
    deputyName: c.deputy?.name ?? null,
    unitName: c.unit?.name ?? null,
    answer: answered ? shown.answer : null,
    outcome: answered ? shown.outcome : null,
    answeredAt: answered ? iso(shown.feedback_at) : null,
    rating: item.rating,
    canRate: RATEABLE.includes(item.status),
    canReopen:
      item.status === 'closed' && item.closed_at !== null && reopenRefusal(item, limits, now) === null,
    mergedInto: primary ? { trackingCode: primary.tracking_code, status: primary.status } : null,
    photoIds: c.photos.map((p) => p.id),
    attachmentIds: answered ? c.attachments.map((a) => a.id) : [],
    publishConsent: item.publish_consent,
    publicUrl: c.publication ? `/answers/${item.id}` : null,
    timeline: visible.map((e) => ({
      at: iso(e.at)!,
      action: e.action as Action | 'submit',
      title: publicTitle(e.action, e.to_status, parseDetail(e.detail)),
      status: e.to_status,
      note: NOTE_SHOWN.includes(e.action) ? e.note : null,
    })),
    proposals: c.proposals.map((p) => ({
      title: p.title,
      status: p.status,
      statusLabel: p.statusLabel,
      leadDeputyName: p.leadDeputyName,
      answer: p.answer,
      outcome: p.outcome,
      answeredAt: iso(p.answeredAt),
    })),
    // From the clocks fixed at intake and assignment (the county's calendar), never computed in the browser.
    nextSteps: {
      acceptBy: iso(shown.same_day_due_at)!,
      answerWithinWorkingDays: limits.completionWorkingDays,
      answerBy: iso(shown.due_at),
    },
  }
}
