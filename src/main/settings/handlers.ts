import type { HandlerRegistry } from '../ipc/registry'
import { readLanguage, writeSetting } from './service'

export function registerSettingsHandlers(registry: HandlerRegistry): void {
  registry.register('settings:getLanguage', (_, { database }) => readLanguage(database.orm))
  registry.register('settings:setLanguage', ({ language }, { database }) => {
    writeSetting(database.orm, 'language', language)
    return language
  })
}
