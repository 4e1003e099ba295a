/** Support (附议) in words: the label staff see beside an item. */

export function supportLabel(count: number, highAttention: boolean) {
  return highAttention
    ? { zh: `附议 ${count} · 关注度高`, en: `${count} supports · high attention` }
    : { zh: `附议 ${count}`, en: `${count} supports` }
}

export const ALREADY_SUPPORTED = {
  zh: '您已附议过此事，感谢关注',
  en: 'You have already added your support to this matter; thank you',
}

export const NOT_OPEN = {
  zh: '此事已答复或办结，不再接受附议',
  en: 'This matter has been answered or closed and no longer takes support',
}

export const NOT_PUBLISHED = { zh: '公开的意见建议', en: 'published suggestion' }

export function thresholdMessage(trackingCode: string, count: number) {
  return {
    title: `关注度高：${trackingCode} 已有 ${count} 人附议`,
    titleEn: `High attention: ${count} citizens support ${trackingCode}`,
    body: `公开的意见建议 ${trackingCode} 附议数已达 ${count}，请优先办理。`,
  }
}
