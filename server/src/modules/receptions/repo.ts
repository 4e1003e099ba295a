/** The receptions module's data access: rounds (repo/rounds.ts) and reception records (repo/receptions.ts). */
export * from './repo/receptions.ts'
export * from './repo/rounds.ts'
