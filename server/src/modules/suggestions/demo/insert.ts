import { type DemoContext, insertRows } from '../../../demo/world.ts'
import type { DemoItems } from './ports.ts'

/**
 * Writes the items, their unit links and their events. Items go in order of arrival (merged_into_id references
 * an earlier row); events item by item, in time order, so that their ids (bigserial) follow each history.
 */
export async function insertItems(ctx: DemoContext, items: DemoItems): Promise<void> {
  const entries = [...items.byId.values()].sort(
    (a, b) => a.item.received_at.getTime() - b.item.received_at.getTime(),
  )
  await insertRows(
    ctx,
    'suggestions',
    entries.map((e) => e.item),
  )
  await insertRows(
    ctx,
    'suggestion_units',
    entries.flatMap((e) => e.unitRows),
  )
  await insertRows(
    ctx,
    'suggestion_events',
    entries.flatMap((e) => e.events.map((event) => ({ ...event, detail: JSON.stringify(event.detail) }))),
  )
}
