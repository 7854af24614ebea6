import type { Channel } from '@shared/channels'

/**
 * The first questions the app asks main, sent before React and i18next have even been evaluated
 * (this module has no imports and main.tsx imports it first), so the answers travel while the rest
 * of the bundle starts up. api.ts hands each answer to whoever asks for it first.
 */
const pending = new Map<Channel, Promise<unknown>>()

function remember<T>(channel: Channel, answer: Promise<T>): Promise<T> {
  // Whoever takes the answer handles a failure; until then it must not count as unhandled.
  answer.catch(() => {})
  pending.set(channel, answer)
  return answer
}

export const loadSetupScreen = () => import('./features/setup/SetupScreen')

remember('restore:problem', window.lokadaya.invoke('restore:problem'))
remember('settings:getLanguage', window.lokadaya.invoke('settings:getLanguage'))
remember('hub:status', window.lokadaya.invoke('hub:status')).then(
  (result) => {
    // Setup is due: fetch its code and the province list now. A hub already set up (every other
    // start) loads neither. The lazy screen's own import meets a failure again and offers a retry.
    if (result.ok && !result.value.setUp) {
      remember('reference:provinces', window.lokadaya.invoke('reference:provinces'))
      loadSetupScreen().catch(() => {})
    }
  },
  () => {},
)

/** The answer already on its way for this channel, once; later calls ask main afresh. */
export function takeEarly(channel: Channel): Promise<unknown> | undefined {
  const answer = pending.get(channel)
  pending.delete(channel)
  return answer
}
