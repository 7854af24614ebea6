import { useEffect } from 'react'
import { create } from 'zustand'
import { IMAGE_LIMITS, type AttachmentView, type StoredImage } from '@shared/attachments'
import type { ErrorPayload } from '@shared/errors'
import { invoke } from '@renderer/api'
import { i18n } from '@renderer/i18n'

/** Stored photos as data: URLs, each fetched once however many thumbnails and pages show it. */
interface PhotosState {
  shown: Record<string, AttachmentView | 'loading' | 'failed'>
  show(sha256: string): Promise<void>
}

export const usePhotos = create<PhotosState>()((set, get) => ({
  shown: {},
  async show(sha256) {
    if (get().shown[sha256]) return
    set((state) => ({ shown: { ...state.shown, [sha256]: 'loading' } }))
    const result = await invoke('attachments:show', { sha256 })
    // One that has not arrived yet may arrive with the next bundle: it is asked for again then.
    const view = result.ok ? (result.value.received ? result.value : undefined) : 'failed'
    set((state) => {
      const { [sha256]: _, ...others } = state.shown
      return { shown: view ? { ...others, [sha256]: view } : others }
    })
  },
}))

/** The data: URL of a stored image, once fetched; null while loading, missing or refused. */
export function usePhoto(sha256: string | null): string | null {
  const view = usePhotos((state) => (sha256 ? state.shown[sha256] : undefined))
  useEffect(() => {
    if (sha256) void usePhotos.getState().show(sha256)
  }, [sha256])
  return typeof view === 'object' && view.received ? view.dataUrl : null
}

const megabytes = (bytes: number) => Math.ceil((bytes / 1024 ** 2) * 10) / 10

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.readAsDataURL(file)
  })
}

/**
 * A chosen file stored as a photo. In the app main reads it from its path; where no path is known
 * (the browser harness) its bytes travel, and one too large to send is refused here in main's words.
 */
export async function addPhoto(
  file: File,
): Promise<{ ok: true; image: StoredImage } | { ok: false; error: ErrorPayload }> {
  const [path] = window.lokadaya.pathsOf?.([file]) ?? []
  if (!path && file.size > IMAGE_LIMITS.maxBytes) {
    const params = { size: megabytes(file.size), limit: megabytes(IMAGE_LIMITS.maxBytes) }
    return { ok: false, error: { code: 'VALIDATION', message: i18n.t('attachments.tooLarge', params) } }
  }
  const result = await invoke('attachments:addImage', path ? { path } : { base64: await base64Of(file) })
  return result.ok ? { ok: true, image: result.value } : result
}
