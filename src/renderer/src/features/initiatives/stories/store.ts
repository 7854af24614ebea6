import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { Story, StoryFields, StorySummary } from '@shared/stories'
import { invoke } from '@renderer/api'
import { busyCall } from '@renderer/ui/busy-call'

interface StoriesState {
  /** The stories of the initiative whose page is open. */
  list: { initiativeId: string; stories: StorySummary[] } | null
  listError: ErrorPayload | null
  story: Story | null
  /** Main's messages by the input's path (title, resourceMix.0.amountRupiah, photos.1). */
  fieldErrors: Record<string, string>
  error: ErrorPayload | null
  busy: boolean
  loadList(initiativeId: string): Promise<void>
  load(id: string): Promise<void>
  /** A new story of `initiativeId` when `id` is null; the saved story, or null after showing why not. */
  save(fields: StoryFields, target: { id: string } | { initiativeId: string }): Promise<Story | null>
  remove(id: string): Promise<Story | null>
  reset(): void
}

export const useStories = create<StoriesState>()((set) => {
  const run = busyCall(set)

  return {
    list: null,
    listError: null,
    story: null,
    fieldErrors: {},
    error: null,
    busy: false,
    async loadList(initiativeId) {
      const result = await invoke('stories:list', { initiativeId })
      if (result.ok) set({ list: { initiativeId, stories: result.value }, listError: null })
      else set({ listError: result.error })
    },
    async load(id) {
      const story = await run(() => invoke('stories:get', { id }))
      if (story) set({ story })
    },
    async save(fields, target) {
      const story = await run(() =>
        'id' in target
          ? invoke('stories:update', { id: target.id, ...fields })
          : invoke('stories:create', { initiativeId: target.initiativeId, ...fields }),
      )
      if (story) set({ story })
      return story
    },
    remove: (id) => run(() => invoke('stories:delete', { id })),
    reset: () => set({ story: null, error: null, fieldErrors: {}, busy: false }),
  }
})
