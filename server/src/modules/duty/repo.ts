/** All of the duty schedule's SQL (rules and slots live in repo/). */
export * from './repo/rules.ts'
export * from './repo/slots.ts'
