/** Every table, gathered for drizzle-kit and the typed query builder. Each capability owns its own. */
export * from '../hub/schema'
export * from '../settings/schema'
export * from '../reference/schema'
export * from '../members/schema'
export * from '../sync/schema'
export * from '../initiatives/schema'
export * from '../pledges/schema'
export * from '../attachments/schema'
