import type { Principal } from '../../platform/access.ts'
import type { EntityPolicy } from '../../platform/policy.ts'
import { regionRelations, regionScope, regionWithin } from '../../platform/scope.ts'

type VenueRelation = 'reader' | 'editor'
type VenueAction = 'read' | 'update'

/**
 * Venues belong to a region. Reference readers read those in their region subtrees; county and town congress
 * staff (`reference.edit`) also change them there. Creating, changing and importing venues first needs the
 * editors' role set (`venueEditing`): other roles get 403 before any record is looked at.
 */
export const venuePolicy: EntityPolicy<{ region_path: string }, VenueRelation, VenueAction> = {
  entity: { zh: '联络阵地', en: 'venue' },
  reach: 'reference.read',
  relations: (principal, row) =>
    regionRelations(principal, row.region_path, { reader: 'reference.read', editor: 'reference.edit' }),
  scope: (principal, alias) => regionScope(principal, 'reference.read', `${alias}.region_code`),
  abilities: { read: ['reader', 'editor'], update: ['editor'] },
}

/** The role set that may create, change and import venues. */
export const venueEditing = { reach: 'reference.edit' } as const

/** Whether the principal may place a venue in the region (creating, moving or importing it). */
export const mayPlaceVenue = (principal: Principal, regionPath: string | null | undefined): boolean =>
  regionWithin(principal, 'reference.edit', regionPath)
