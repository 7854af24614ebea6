import type { Channel, InputOf, OutputOf } from '@shared/contract'
import type { Result } from '@shared/errors'
import { takeEarly } from './early'
import { i18n } from './i18n'

/**
 * The renderer's only door to main. Stores call it; components never do. A transport that throws
 * instead of answering (main crashed, the channel broke) still comes back as an error envelope, so
 * every failure reaches the same alert path instead of vanishing as an unhandled rejection.
 */
export async function invoke<C extends Channel>(
  channel: C,
  ...input: InputOf<C> extends undefined ? [] : [InputOf<C>]
): Promise<Result<OutputOf<C>>> {
  try {
    const early = input.length === 0 ? (takeEarly(channel) as Promise<Result<OutputOf<C>>> | undefined) : undefined
    return await (early ?? window.lokadaya.invoke(channel, ...input))
  } catch (error) {
    console.error(`${channel} failed in transport`, error)
    return { ok: false, error: { code: 'INTERNAL', message: i18n.t('errors.internal') } }
  }
}
