import type { NotificationRow } from './repo.ts'

export function presentNotification(r: NotificationRow) {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    titleEn: typeof r.payload.titleEn === 'string' ? r.payload.titleEn : null,
    body: r.body,
    subject: r.subject_type && r.subject_id ? { type: r.subject_type, id: r.subject_id } : null,
    link: typeof r.payload.link === 'string' ? r.payload.link : null,
    // The inbox holds in-app messages only: never a citizen's.
    recipientType: r.recipient_type as 'user' | 'unit' | 'region' | 'venue' | 'deputy',
    createdAt: new Date(r.created_at).toISOString(),
    read: r.read_at !== null,
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
    done: r.done_at !== null,
    doneAt: r.done_at ? new Date(r.done_at).toISOString() : null,
  }
}
