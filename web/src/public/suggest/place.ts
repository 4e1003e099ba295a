/** The town a 12-digit statistical code belongs to (its first nine digits), or null for the county itself. */
export function townOf(regionCode: string | null | undefined): string | null {
  if (!regionCode || !/^\d{12}$/.test(regionCode)) return null
  if (regionCode.slice(6, 9) === '000') return null
  return `${regionCode.slice(0, 9)}000`
}
