import type { RecipientResolver } from '../../platform/notify.ts'

/**
 * A deputy as the subject of a webhook message (a reminder by SMS to a deputy's phone: a monthly site report due,
 * say): the deputy's phone, decrypted by the delivery worker only when it sends.
 */
export const deputyRecipients: RecipientResolver = async (db, ids) => {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('deputies').select(['id', 'phone_enc']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, { phoneEnc: r.phone_enc, reference: null }]))
}
