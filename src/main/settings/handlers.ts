import type { HandlerRegistry } from '../ipc/registry'
import { readDirectoryView, writeDirectoryView } from './directory-view'
import { readLanguage, writeSetting } from './service'

export function registerSettingsHandlers(registry: HandlerRegistry): void {
  registry.register('settings:getLanguage', (_, { database }) => readLanguage(database.orm))
  registry.register('settings:setLanguage', ({ language }, { database }) => {
    writeSetting(database.orm, 'language', language)
    return language
  })
  registry.register('settings:getDirectoryView', (_, { database }) => readDirectoryView(database.orm))
  registry.register('settings:setDirectoryView', (view, { database }) => writeDirectoryView(database.orm, view))
}
