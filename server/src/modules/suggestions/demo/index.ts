import type { DemoStep } from '../../../demo/world.ts'
import { insertItems } from './insert.ts'
import { planLive } from './live.ts'
import { planYear } from './plan.ts'
import { createGeneration } from './setup.ts'
import { playHistories } from './simulate.ts'

/**
 * The demo county's suggestions: those of 2021 and 2022 with complete histories, from which the programme's
 * published 2022 figures come out of the raw records (3,276 collected, 2,236 online against 1,339 in 2021,
 * 1,577 problems resolved, 98 % online completion, a mean completion time of about five days), plus about two
 * hundred live items received over the weeks before `now`, in every state.
 *
 *   setup.ts           what the planning and the histories share (calendar, limits, look-ups, streams)
 *   plan.ts, live.ts   what happens to each item (routing.ts: to which units), and where a live one stops
 *   intake.ts          the new item as intake writes it
 *   simulate.ts        each history, action by action (actors.ts: who acts; time.ts: when)
 *   ports.ts           the in-memory county the loop's own handlers run on (the kernel's planTransition)
 *   insert.ts          the rows, written at the end; texts.ts the corpus the contents are made of
 */
export const suggestionsStep: DemoStep = {
  name: 'suggestions',
  async run(ctx) {
    const { now } = ctx
    if (now.getTime() < Date.parse('2023-03-01T00:00:00+08:00')) {
      throw new Error(
        'the demo suggestions need a "now" after February 2023 (the 2022 items must have closed)',
      )
    }
    const g = await createGeneration(ctx)
    const plans = [...planYear(g, 2021), ...planYear(g, 2022)]
    g.rng = ctx.rng.fork('live')
    plans.push(...planLive(g, now))
    await playHistories(g, plans, now)
    await insertItems(ctx, g.items)
  },
}
