import type { DemoUnit } from '../../../demo/world.ts'
import type { Actor } from '../../../platform/workflow.ts'
import { CITIZEN_ACTOR, SYSTEM_ACTOR } from '../actions/context.ts'
import type { Plan } from './plan.ts'
import type { Acting } from './ports.ts'
import type { Generation } from './setup.ts'

/**
 * Who acts on an item, and as what relation: the demo accounts where the item is theirs (武康街道, its station,
 * the demo deputy, the demo unit, the county admin), named staff of the town, venue or unit elsewhere.
 */

export const CITIZEN: Acting = { actor: CITIZEN_ACTOR, relation: 'citizen' }
/** The periodic sweep: escalations and closings of unrated items. */
export const SYSTEM: Acting = { actor: SYSTEM_ACTOR, relation: 'system' }

function userActor(g: Generation, username: string, role: string): Actor | null {
  const u = g.users.get(username)
  return u ? { id: u.id, name: u.name, role } : null
}

function townStaff(g: Generation, p: Plan): Actor {
  if (p.town === g.wukang) {
    const a = userActor(g, 'town', 'town_staff')
    if (a) return a
  }
  return { id: null, name: `${p.town.name}人大工作人员`, role: 'town_staff' }
}

function intakePerson(g: Generation, p: Plan): Actor {
  const demoDeputy = g.users.get('deputy')
  if (p.deputyId && demoDeputy?.deputyId === p.deputyId && p.channel === 'online' && g.rng.chance(0.5)) {
    return { id: demoDeputy.id, name: demoDeputy.name, role: 'deputy' }
  }
  if (p.venue && p.channel !== 'online') {
    if (p.venue.id === g.wukangStation.id) return userActor(g, 'station', 'station_staff') ?? townStaff(g, p)
    return { id: null, name: `${p.venue.name}联络员`, role: 'station_staff' }
  }
  return townStaff(g, p)
}

/** Who takes the item in and routes it (the intake relation). */
export function intakeActor(g: Generation, p: Plan): Acting {
  return { actor: intakePerson(g, p), relation: 'intake' }
}

/** Who owns the item at its tier (the manager relation): the town's staff, or the county's. */
export function managerActor(g: Generation, p: Plan): Acting {
  const actor =
    p.tier === 'town'
      ? townStaff(g, p)
      : (userActor(g, 'admin', 'county_admin') ?? {
          id: null,
          name: '县人大常委会工作人员',
          role: 'county_admin',
        })
  return { actor, relation: 'manager' }
}

/** The lead unit's staff (the lead_unit relation). */
export function unitActor(g: Generation, unit: DemoUnit): Acting {
  const demo = unit.id === g.demoUnit.id ? userActor(g, 'unit', 'unit_staff') : null
  return {
    actor: demo ?? { id: null, name: `${unit.name}承办人员`, role: 'unit_staff' },
    relation: 'lead_unit',
  }
}

/** Who keys in an item (created_by and the submit event's actor): the citizen online. */
export function submitter(g: Generation, p: Plan): Actor {
  if (p.channel === 'online') return CITIZEN.actor
  if (p.channel === 'mediation') {
    return (
      userActor(g, 'admin', 'county_admin') ?? {
        id: null,
        name: '县矛调中心工作人员',
        role: 'county_admin',
      }
    )
  }
  if (p.channel === 'mobile' && p.deputyId && g.users.get('deputy')?.deputyId === p.deputyId) {
    return userActor(g, 'deputy', 'deputy')!
  }
  return intakePerson(g, p)
}
