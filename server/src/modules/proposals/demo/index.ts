import type { DemoStep } from '../../../demo/world.ts'

/** The demo county's proposals (docs/domain.md "Deputies' proposals (代表建议)"). */
export const proposalsStep: DemoStep = {
  name: 'proposals',
  async run() {},
}
