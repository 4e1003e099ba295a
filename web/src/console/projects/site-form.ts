import type { SiteBody } from './queries'

export interface SiteValues {
  projectId: string
  townCode: string
  regionCode: string
  name: string
  address?: string
  lat: number
  lng: number
  unitId?: string | null
  deputyIds: string[]
  planStart?: string | null
  planEnd?: string | null
  investment?: number | null
  milestones?: { name: string; due: string; done?: boolean }[]
}

/** The county of a town: its 12-digit code with the town part zeroed (330521001000 → 330521000000). */
export const countyOf = (townCode: string) => `${townCode.slice(0, 6)}000000`

/** A village's position as the site's default map point, when the reference data has one. */
export function villagePoint(
  villages: readonly { code: string; lat: number | null; lng: number | null }[],
  code: string,
): { lat: number; lng: number } | null {
  const v = villages.find((r) => r.code === code)
  return v && v.lat !== null && v.lng !== null ? { lat: v.lat, lng: v.lng } : null
}

/** The form's values as the body of POST /api/projects/sites (PUT leaves the project out). */
export function siteBody(v: SiteValues): SiteBody {
  return {
    projectId: v.projectId,
    name: v.name.trim(),
    regionCode: v.regionCode,
    address: v.address?.trim() ?? '',
    location: { lat: v.lat, lng: v.lng },
    unitId: v.unitId ?? null,
    deputyIds: v.deputyIds,
    planStart: v.planStart ?? null,
    planEnd: v.planEnd ?? null,
    investment: v.investment ?? null,
    milestones: (v.milestones ?? []).map((m) => ({ name: m.name.trim(), due: m.due, done: Boolean(m.done) })),
  }
}
