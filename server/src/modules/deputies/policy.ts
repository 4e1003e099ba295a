import type { Principal } from '../../platform/access.ts'
import type { EntityPolicy } from '../../platform/policy.ts'
import type { Capability } from '../../platform/roles.ts'
import { regionRelations, regionScope, regionWithin } from '../../platform/scope.ts'

/** Who may see a deputy's phone in clear (each reveal audited), within their region subtrees. */
const DEPUTY_CONTACT: Capability = 'deputy.contact'

/**
 * Deputies belong to the region they were elected in. Reference readers read those in their region subtrees
 * (`reader`); the staff of `DEPUTY_CONTACT` may also reveal their phone there (`contact`). Revealing first needs
 * that role set (`deputyContact`): other roles get 403 before any record is looked at.
 */
export const deputyPolicy: EntityPolicy<{ region_path: string }, 'reader' | 'contact', 'read' | 'reveal'> = {
  entity: { zh: '代表', en: 'deputy' },
  reach: 'reference.read',
  relations: (principal, row) =>
    regionRelations(principal, row.region_path, { reader: 'reference.read', contact: DEPUTY_CONTACT }),
  scope: (principal, alias) => regionScope(principal, 'reference.read', `${alias}.region_code`),
  abilities: { read: ['reader', 'contact'], reveal: ['contact'] },
}

/** The role set that may reveal a deputy's phone. */
export const deputyContact = { reach: DEPUTY_CONTACT } as const

/** Deputy groups are organised by town: readers see those in their region subtrees. */
export const deputyGroupPolicy: EntityPolicy<{ region_path: string }, 'reader', 'read'> = {
  entity: { zh: '代表小组', en: 'deputy group' },
  reach: 'reference.read',
  relations: (principal, row) => regionRelations(principal, row.region_path, { reader: 'reference.read' }),
  scope: (principal, alias) => regionScope(principal, 'reference.read', `${alias}.region_code`),
  abilities: { read: ['reader'] },
}

/** Importing deputies is for the county's administrators, within their region subtrees. */
export const deputyImport = { reach: 'county.admin' } as const

/** Whether the principal may import a deputy elected in the region. */
export const mayImportDeputyIn = (principal: Principal, regionPath: string): boolean =>
  regionWithin(principal, deputyImport.reach, regionPath)
