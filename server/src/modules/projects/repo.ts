/** All of the module's SQL (repo/): projects, sites and their events, monthly reports, the map and month ends. */
export * from './repo/map.ts'
export * from './repo/projects.ts'
export * from './repo/reports.ts'
export * from './repo/sites.ts'
