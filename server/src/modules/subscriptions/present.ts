import type { FeedItem, Update } from './repo.ts'

/** Subscriptions in words: the SMS of an update, and the Atom feeds (RFC 4287). */

const SHORT = 30
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT)}…` : text)

export const answerUrl = (baseUrl: string, id: string) => `${baseUrl}/answers/${id}`
export const unsubscribeUrl = (baseUrl: string, token: string) =>
  `${baseUrl}/follow/unsubscribe?token=${encodeURIComponent(token)}`

const STATUS_WORDS: Record<string, string> = {
  accepted: '已受理',
  routed: '已流转',
  assigned: '已交办',
  signed: '已签收',
  in_progress: '办理中',
  replied: '已答复',
  reviewed: '已审核',
  feedback_given: '已反馈答复',
  closed: '已办结',
  rejected: '不予受理',
  answered_on_spot: '当场答复',
}

export function updateMessage(update: Update, targetType: string, baseUrl: string, token: string) {
  const link = answerUrl(baseUrl, update.suggestion_id)
  const stop = unsubscribeUrl(baseUrl, token)
  const what =
    update.kind === 'published'
      ? `您关注的${targetType === 'category' ? '类别' : '镇(街道)'}有新的公开意见建议`
      : update.kind === 'answered'
        ? '您关注的事项已公开答复'
        : `您关注的事项${STATUS_WORDS[update.to_status ?? ''] ?? '有新进展'}`
  return {
    title: '连心 · 关注更新',
    body: `${what}：「${short(update.question)}」查看 ${link} 退订 ${stop}`,
    answerUrl: link,
    unsubscribeUrl: stop,
  }
}

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 does not allow. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** RFC 3339 in the county's time (+08:00), whatever the server's zone. */
export function rfc3339Cst(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + 8 * 3600_000)
  return `${d.toISOString().slice(0, 19)}+08:00`
}

export interface FeedHead {
  /** The feed's own URL (its id and rel="self"). */
  self: string
  /** The public page the feed is about (rel="alternate"). */
  alternate: string
  title: string
  subtitle: string
  author: string
}

const entryUpdated = (item: FeedItem) =>
  item.answer_published_at && new Date(item.answer_published_at) > new Date(item.published_at)
    ? item.answer_published_at
    : item.published_at

/** An Atom feed of published items: entries link to /answers/{id}; only the published (scrubbed) texts. */
export function atomFeed(head: FeedHead, items: FeedItem[], baseUrl: string, now: Date): string {
  const updated = items.length
    ? rfc3339Cst(new Date(Math.max(...items.map((i) => new Date(entryUpdated(i)).getTime()))))
    : rfc3339Cst(now)
  const entries = items.map((item) => {
    const link = answerUrl(baseUrl, item.suggestion_id)
    const place = [item.town_name, item.category_name].filter(Boolean).join(' · ')
    const content = item.answer ? `${item.question}\n\n【答复】${item.answer}` : item.question
    return [
      '  <entry>',
      `    <id>urn:uuid:${item.suggestion_id}</id>`,
      `    <title>${xmlEscape(short(item.question))}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
      `    <published>${rfc3339Cst(item.published_at)}</published>`,
      `    <updated>${rfc3339Cst(entryUpdated(item))}</updated>`,
      place ? `    <category term="${xmlEscape(place)}"/>` : '',
      `    <summary>${xmlEscape(item.answer ? '已公开答复' : '办理中')}</summary>`,
      `    <content type="text">${xmlEscape(content)}</content>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xmlEscape(head.self)}</id>`,
    `  <title>${xmlEscape(head.title)}</title>`,
    `  <subtitle>${xmlEscape(head.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlEscape(head.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(head.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(head.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
