import type { HandlerRegistry } from '../ipc/registry'
import { duplicatePairs } from './duplicate-pairs'
import { dismissPair, showPairAgain } from './dismissals'

/** Kemungkinan duplikat: the directory's suspected pairs, and "not a duplicate" remembered. */
export function registerDuplicateHandlers(registry: HandlerRegistry): void {
  registry.register('members:duplicatePairs', (input, { database }) => duplicatePairs(database, input))
  registry.register('members:dismissDuplicatePair', (input, { database }) => dismissPair(database, input))
  registry.register('members:showDuplicatePairAgain', (input, { database }) => showPairAgain(database, input))
}
