import { ipcMain } from 'electron'
import { channels } from '../../shared/channels'
import { AppError } from '../../shared/errors'
import type { HandlerRegistry } from '../ipc/registry'
import type { Logger } from './log'
import { isAppUrl, type TrustedOrigins } from './origin'

/** A frame that navigated away or was destroyed has no URL, and is not trusted either. */
export const isTrustedSender = (url: string | undefined, origins: TrustedOrigins): boolean =>
  url !== undefined && isAppUrl(url, origins)

/**
 * One ipcMain handler per contract channel. Only the app's own pages may call: anything else that
 * ends up in a renderer (a frame, a page that slipped past navigation rules) gets FORBIDDEN.
 */
export function registerIpc(registry: HandlerRegistry, origins: TrustedOrigins, log: Logger): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      const started = performance.now()
      const result = isTrustedSender(event.senderFrame?.url, origins)
        ? await registry.invoke(channel, input)
        : registry.failure(new AppError('FORBIDDEN', { key: 'errors.forbidden' }))
      const outcome = result.ok ? 'ok' : result.error.code
      log.debug(`ipc ${channel} ${outcome} ${Math.round(performance.now() - started)}ms`)
      return result
    })
  }
}
