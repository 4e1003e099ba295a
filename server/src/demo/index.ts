export { DEMO_ACCOUNTS } from './accounts.ts'
export {
  DEFAULT_COUNTY_CODE,
  DEMO_SEED,
  DEMO_STEPS,
  type DemoSummary,
  type GenerateDemoOptions,
  generateDemoCounty,
} from './county.ts'
export type { DemoAccount, DemoContext, DemoStep, DemoWorld } from './world.ts'
