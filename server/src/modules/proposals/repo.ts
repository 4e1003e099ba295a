/**
 * All of the proposals module's SQL (repo/): the record and its links, the sources, the figures. Other modules
 * may use `proposalFigures` (the county's figures) and `proposalsOfSuggestion` (the citizen's tracking page).
 */
export * from './repo/figures.ts'
export * from './repo/proposals.ts'
export * from './repo/timers.ts'
export * from './repo/tracking.ts'
