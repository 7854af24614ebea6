import type { CascadeSession } from '@shared/cop'

/**
 * How many generations of trainers grew from these sessions: their graduates are the first, the
 * graduates of sessions those led the second, and so on. Counted over what is shown, so a filtered
 * cascade says its own depth rather than the whole hub's.
 */
export function generationsOf(sessions: CascadeSession[]): number {
  let deepest = 0
  for (const session of sessions)
    for (const trainer of session.graduates) deepest = Math.max(deepest, 1 + generationsOf(trainer.sessions))
  return deepest
}
