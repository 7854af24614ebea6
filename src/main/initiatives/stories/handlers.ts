import { registerAttachmentHandlers } from '../../attachments/handlers'
import type { HandlerRegistry } from '../../ipc/registry'
import { createStory, deleteStory, getStory, listStories, updateStory } from './service'

/** Cerita Perubahan, and the photos they show (the first capability to take attachments in). */
export function registerStoriesHandlers(registry: HandlerRegistry): void {
  registerAttachmentHandlers(registry)
  registry.register('stories:list', ({ initiativeId }, { database }) => listStories(database, initiativeId))
  registry.register('stories:get', ({ id }, { database }) => getStory(database, id))
  registry.register('stories:create', (input, { database }) => createStory(database, input))
  registry.register('stories:update', (input, { database }) => updateStory(database, input))
  registry.register('stories:delete', ({ id }, { database }) => deleteStory(database, id))
}
