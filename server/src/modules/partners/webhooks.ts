import type { Db } from '../../db/index.ts'
import type { OutboxMessage } from '../../platform/notify.ts'
import type { TransitionObserver } from '../../platform/workflow.ts'
import { statusLabels } from '../suggestions/index.ts'
import { type LoadedItem, SUBJECT_TYPE, subjectOf } from '../suggestions/repo.ts'
import { countyIso } from './present.ts'
import { partnerFollowersOf, partnerWebhookOf, platformsOfUnits } from './repo.ts'

/**
 * What partners hear by their webhook (signed with their own secret by the outbox worker, platform/delivery.ts):
 * - `partner.status_changed`: an item the partner handed in changed state (the answer with it once sent to the
 *   citizen); an item merged into another (并单) follows that one: its primary's changes come as
 *   `partner.primary_changed`, with the answer once sent;
 * - `partner.assignment`: an item was assigned to the handling unit of a platform partner (一室四平台), which
 *   replies through POST /api/partner/v1/assignments/{id}/reply.
 * Both are enqueued by the workflow kernel in the transition's own transaction (an observer of the suggestion
 * workflow), so a transition rolled back sends nothing.
 */

const ANSWERED = new Set(['answered_on_spot', 'feedback_given'])

function statusMessage(
  partnerId: string,
  item: LoadedItem['item'],
  event: Parameters<TransitionObserver['observe']>[1]['event'],
  set: Record<string, unknown>,
): OutboxMessage {
  const to = event.to as LoadedItem['item']['status']
  const label = statusLabels[to]
  const answer = ANSWERED.has(to) ? ((set.answer as string | undefined) ?? item.answer) : null
  const outcome = ANSWERED.has(to) ? ((set.outcome as string | undefined) ?? item.outcome) : null
  return {
    channel: 'webhook',
    recipientType: 'partner',
    recipientId: partnerId,
    kind: 'partner.status_changed',
    subject: subjectOf(item.id),
    title: `事项 ${item.tracking_code} ${label.zh}`,
    titleEn: `Item ${item.tracking_code} ${label.en.toLowerCase()}`,
    body: item.partner_reference ?? item.tracking_code,
    payload: {
      data: {
        suggestionId: item.id,
        reference: item.partner_reference,
        trackingCode: item.tracking_code,
        // The item's version after the change: deliveries may arrive out of order (and more than once); a
        // receiver keeps the highest version it has seen.
        version: item.version + 1,
        action: event.action,
        from: event.from,
        to,
        statusLabel: label,
        at: countyIso(event.at),
        ...(answer ? { answer, outcome } : {}),
      },
    },
  }
}

/** To the partner of an item merged into `item`: the primary it follows changed state. */
function primaryMessage(
  follower: {
    id: string
    tracking_code: string
    partner_reference: string | null
    version: number
    partner_id: string
  },
  item: LoadedItem['item'],
  event: Parameters<TransitionObserver['observe']>[1]['event'],
  set: Record<string, unknown>,
): OutboxMessage {
  const about = statusMessage(follower.partner_id, item, event, set)
  const label = statusLabels[event.to as LoadedItem['item']['status']]
  return {
    ...about,
    kind: 'partner.primary_changed',
    subject: subjectOf(follower.id),
    title: `事项 ${follower.tracking_code} 并入的 ${item.tracking_code} ${label.zh}`,
    titleEn: `${item.tracking_code}, which ${follower.tracking_code} was merged into, ${label.en.toLowerCase()}`,
    body: follower.partner_reference ?? follower.tracking_code,
    payload: {
      data: {
        ...(about.payload!.data as Record<string, unknown>),
        // The partner's own item, whose state stays `rejected` (merged), and the primary it follows.
        suggestionId: follower.id,
        reference: follower.partner_reference,
        trackingCode: follower.tracking_code,
        version: follower.version,
        mergedInto: { suggestionId: item.id, trackingCode: item.tracking_code, version: item.version + 1 },
      },
    },
  }
}

function assignmentMessage(
  partnerId: string,
  role: 'lead' | 'co',
  item: LoadedItem['item'],
  set: Record<string, unknown>,
): OutboxMessage {
  const dueAt = set.due_at instanceof Date ? countyIso(set.due_at) : null
  return {
    channel: 'webhook',
    recipientType: 'partner',
    recipientId: partnerId,
    kind: 'partner.assignment',
    subject: subjectOf(item.id),
    title: `新交办事项 ${item.tracking_code}`,
    titleEn: `New assignment ${item.tracking_code}`,
    body: item.content.slice(0, 80),
    payload: {
      data: {
        suggestionId: item.id,
        trackingCode: item.tracking_code,
        role,
        content: item.content,
        category: item.category_code,
        regionCode: item.region_code,
        contactPhone: item.contact_phone_masked,
        dueAt,
        assignmentUrl: `/api/partner/v1/assignments/${item.id}`,
        replyUrl: `/api/partner/v1/assignments/${item.id}/reply`,
      },
    },
  }
}

export const partnerObserver: TransitionObserver = {
  workflow: SUBJECT_TYPE,
  async observe(trx: Db, { event, subject, set }) {
    const { item } = subject as LoadedItem
    const messages: OutboxMessage[] = []
    if (item.partner_id && event.from !== event.to) {
      const partner = await partnerWebhookOf(trx, item.partner_id)
      if (partner) messages.push(statusMessage(partner.id, item, event, set))
    }
    if (event.from !== event.to) {
      for (const f of await partnerFollowersOf(trx, item.id))
        messages.push(primaryMessage(f, item, event, set))
    }
    if (event.action === 'assign') {
      const lead = event.detail.leadUnitId as string
      const co = (event.detail.coUnitIds as string[] | undefined) ?? []
      for (const p of await platformsOfUnits(trx, [lead, ...co])) {
        messages.push(assignmentMessage(p.id, p.unit_id === lead ? 'lead' : 'co', item, set))
      }
    }
    return messages
  },
}
