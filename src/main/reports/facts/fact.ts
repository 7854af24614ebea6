/**
 * One table of derived facts, kept in this connection's TEMP schema and rebuilt whole when the
 * data or the day moves (facts.ts): created with its indexes once, then emptied and filled again
 * by one INSERT over the synced tables and the facts before it (reading the named parameters
 * zoneShift and today).
 */
export interface Fact {
  table: string
  create: string
  fill: string
  indexes?: string[]
}
