import type { Message } from '../../../platform/errors.ts'
import type { OutboxMessage } from '../../../platform/notify.ts'
import { type SuggestionRow, subjectOf } from '../repo/items.ts'

/** The region that manages an item at its tier: its town for town items, else the county. */
export function managerRegion(item: Pick<SuggestionRow, 'tier' | 'town_code'>, countyCode: string): string {
  if (item.tier === 'county' || item.tier === 'proposal') return countyCode
  return item.town_code ?? countyCode
}

const excerpt = (item: SuggestionRow) => item.content.slice(0, 80)

/** A title in both languages: Chinese in `title`, English in `titleEn`. */
const titled = (title: Message) => ({ title: title.zh, titleEn: title.en })

/** In-app message to a handling unit. */
export const toUnit = (item: SuggestionRow, unitId: string, kind: string, title: Message): OutboxMessage => ({
  channel: 'in_app',
  recipientType: 'unit',
  recipientId: unitId,
  kind,
  subject: subjectOf(item.id),
  ...titled(title),
  body: excerpt(item),
})

/** In-app message to the staff managing the item: the town for town-tier items, else the county. */
export const toManager = (
  item: SuggestionRow,
  countyCode: string,
  kind: string,
  title: Message,
): OutboxMessage => ({
  channel: 'in_app',
  recipientType: 'region',
  recipientId: item.tier === 'town' && item.town_code ? item.town_code : countyCode,
  kind,
  subject: subjectOf(item.id),
  ...titled(title),
  body: excerpt(item),
})

/** In-app message to a region's staff. */
export const toRegion = (
  item: SuggestionRow,
  regionCode: string,
  kind: string,
  title: Message,
): OutboxMessage => ({
  channel: 'in_app',
  recipientType: 'region',
  recipientId: regionCode,
  kind,
  subject: subjectOf(item.id),
  ...titled(title),
  body: excerpt(item),
})

/** SMS (through the webhook) to the citizen who left a phone number; the phone is looked up at delivery. */
export const toCitizen = (
  target: { id: string; tracking_code: string },
  kind: string,
  title: string,
  body: string,
): OutboxMessage => ({
  channel: 'webhook',
  recipientType: 'citizen',
  recipientId: target.id,
  kind,
  subject: subjectOf(target.id),
  title,
  body,
  payload: { trackingCode: target.tracking_code },
})
