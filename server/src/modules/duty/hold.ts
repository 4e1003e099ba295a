import type { Db } from '../../db/index.ts'
import type { Audit } from '../../platform/context.ts'
import { type Actor, runTransition } from '../../platform/workflow.ts'
import { activeDeputies, deputiesOfSlots, getSlot, swapDeputy } from './repo.ts'
import { dutySlotWorkflow } from './workflow.ts'

/**
 * A reception record kept a duty slot: the slot becomes `held` through the kernel (its event, its audit row),
 * in the caller's transaction. A slot already held stays so; a cancelled one is left cancelled and reported.
 */
export async function holdSlot(
  trx: Db,
  ctx: { audit: Audit | null; actor: Actor; countyCode: string },
  slotId: string,
  receptionId: string,
): Promise<'held' | 'already' | 'cancelled'> {
  const slot = await getSlot(trx, slotId, true)
  if (!slot || slot.status === 'held') return 'already'
  if (slot.status === 'cancelled') return 'cancelled'
  await runTransition(
    dutySlotWorkflow,
    {
      trx,
      countyCode: ctx.countyCode,
      actor: ctx.actor,
      relationsFor: () => new Set(['reception'] as const),
      audit: ctx.audit,
      ports: {
        swap: (id, outId, inId) => swapDeputy(trx, id, outId, inId),
        deputies: async (id) =>
          (await deputiesOfSlots(trx, [id])).map((d) => ({ deputyId: d.deputy_id, name: d.name })),
        isActiveDeputy: async (id) => (await activeDeputies(trx, [id])).has(id),
      },
    },
    slotId,
    'hold',
    { receptionId },
  )
  return 'held'
}
