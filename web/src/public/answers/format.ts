/** The working days an answer took, from the county's calendar (weekends and statutory holidays not counted). */
export function daysTaken(days: number, t: (zh: string, en: string) => string): string {
  return days === 0
    ? t('当天答复', 'answered the same day')
    : t(`用时 ${days} 个工作日`, `${days} working days`)
}
