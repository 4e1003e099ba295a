import type { PartnerKind } from '../../db/types.ts'
import { statusLabels, TRANSITIONS } from '../suggestions/index.ts'
import type { assignmentOf, itemByReference, KeyRow, PartnerRow, primaryOf, publicEventsOf } from './repo.ts'

/** Rows → answers. A key is shown by its first characters only; a webhook secret never. */

export const partnerKindLabels: Record<PartnerKind, { zh: string; en: string }> = {
  province: { zh: '省代表履职平台', en: "Province's deputy-work platform" },
  hotline: { zh: '12345 热线', en: '12345 hotline' },
  platform: { zh: '一室四平台', en: 'Town platform' },
  other: { zh: '其他系统', en: 'Other system' },
}

/** An instant in the county's time, ISO 8601 with its offset: 2026-12-07T09:30:00+08:00. */
export function countyIso(at: Date | string): string {
  return `${new Date(new Date(at).getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`
}

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString())

export function presentPartner(row: PartnerRow, keys: KeyRow[]) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindLabel: partnerKindLabels[row.kind],
    unitId: row.unit_id,
    unitName: row.unit_name,
    webhookUrl: row.webhook_url,
    createdAt: new Date(row.created_at).toISOString(),
    keys: keys
      .filter((k) => k.partner_id === row.id)
      .map((k) => ({
        id: k.id,
        prefix: k.prefix,
        scopes: k.scopes,
        createdAt: new Date(k.created_at).toISOString(),
        createdBy: k.created_by_name,
        revokedAt: iso(k.revoked_at),
        lastUsedAt: iso(k.last_used_at),
      })),
  }
}

const SUBMIT_LABEL = { zh: '提交', en: 'Submitted' }
const actionLabel = (action: string) =>
  action === 'submit'
    ? SUBMIT_LABEL
    : (TRANSITIONS[action as keyof typeof TRANSITIONS]?.label ?? SUBMIT_LABEL)

/** What changed, for the answer to reach the partner only once it reached the citizen. */
const ANSWER_SENT = new Set(['answered_on_spot', 'feedback_given', 'closed'])

/**
 * A partner's item: its state, its public timeline and, once sent to the citizen, the answer. A merged item
 * (并单) follows its primary: the primary's state, and its answer once sent, as the citizen's tracking page shows.
 */
export function presentStatus(
  item: NonNullable<Awaited<ReturnType<typeof itemByReference>>>,
  events: Awaited<ReturnType<typeof publicEventsOf>>,
  primary?: Awaited<ReturnType<typeof primaryOf>>,
) {
  const answered = primary ?? item
  const sent = ANSWER_SENT.has(answered.status) && answered.answer !== null
  return {
    id: item.id,
    reference: item.partner_reference!,
    trackingCode: item.tracking_code,
    status: item.status,
    statusLabel: statusLabels[item.status],
    receivedAt: countyIso(item.received_at),
    updatedAt: countyIso(item.updated_at),
    answer: sent ? answered.answer : null,
    outcome: sent ? answered.outcome : null,
    mergedInto: primary
      ? {
          trackingCode: primary.tracking_code,
          status: primary.status,
          statusLabel: statusLabels[primary.status],
        }
      : null,
    events: events.map((e) => ({
      at: countyIso(e.at),
      action: e.action,
      label: actionLabel(e.action),
      status: e.to_status,
    })),
  }
}

export function presentAssignment(row: NonNullable<Awaited<ReturnType<typeof assignmentOf>>>) {
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    status: row.status,
    statusLabel: statusLabels[row.status],
    role: row.role,
    content: row.content,
    category: row.category_code,
    regionCode: row.region_code,
    contactPhone: row.contact_phone_masked,
    dueAt: row.due_at ? countyIso(row.due_at) : null,
    version: row.version,
  }
}
