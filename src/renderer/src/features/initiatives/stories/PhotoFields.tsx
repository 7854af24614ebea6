import { useId, useRef, useState, type ChangeEvent } from 'react'
import { IMAGE_LIMITS } from '@shared/attachments'
import { STORY_LIMITS } from '@shared/stories'
import { useText } from '@renderer/i18n'
import { TextField } from '@renderer/ui/TextField'
import type { PhotoDraft } from './draft'
import { addPhoto, usePhoto } from './photos'

interface Props {
  photos: PhotoDraft[]
  /** Each change as a function of the photos as they are then, since photos arrive one by one. */
  onChange(update: (photos: PhotoDraft[]) => PhotoDraft[]): void
  errors: Record<string, string>
}

/**
 * The story's photos: chosen with the system's file picker (a labelled input, a Tab stop), each
 * stored by main as it is chosen and shown as its thumbnail with a caption. A file main refuses is
 * named with the reason; the photos and fields already there stay as they were.
 */
export function PhotoFields({ photos, onChange, errors }: Props) {
  const t = useText()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [adding, setAdding] = useState(false)
  const [refusals, setRefusals] = useState<string[]>([])
  const [removed, setRemoved] = useState<number | null>(null)

  async function add(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? [])
    event.target.value = ''
    setAdding(true)
    setRemoved(null)
    const refused: string[] = []
    for (const file of files) {
      const outcome = await addPhoto(file)
      if (outcome.ok) {
        const { sha256, thumbnail } = outcome.image
        onChange((current) =>
          current.some((photo) => photo.sha256 === sha256) ? current : [...current, { sha256, thumbnail, caption: '' }],
        )
      } else refused.push(t('storyScreen.photos.refused', { file: file.name, message: outcome.error.message }))
    }
    setRefusals(refused)
    setAdding(false)
  }

  function remove(index: number) {
    onChange((current) => current.filter((_, i) => i !== index))
    setRemoved(index + 1)
    setRefusals([])
    inputRef.current?.focus()
  }

  const problems = [...refusals, ...(errors.photos ? [errors.photos] : [])]
  return (
    <fieldset className="story-photos-field">
      <legend>{t('storyScreen.photos.title')}</legend>
      <div className="field">
        <label htmlFor={id}>{t('storyScreen.photos.choose')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('storyScreen.photos.hint', { limit: IMAGE_LIMITS.maxBytes / 1024 ** 2 })}
        </p>
        <input
          ref={inputRef}
          id={id}
          name="photos"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          disabled={photos.length >= STORY_LIMITS.photos}
          aria-describedby={problems.length > 0 ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={problems.length > 0 || undefined}
          onChange={(event) => void add(event)}
        />
        <div id={`${id}-error`} role="alert">
          {problems.map((problem) => (
            <p key={problem} className="field-error">
              {problem}
            </p>
          ))}
        </div>
        <p role="status" className="hint">
          {adding
            ? t('storyScreen.photos.adding')
            : removed
              ? t('storyScreen.photos.removed', { number: removed })
              : ''}
        </p>
      </div>
      {photos.length > 0 && (
        <ul className="story-photo-list">
          {photos.map((photo, index) => (
            <PhotoItem
              key={photo.sha256}
              photo={photo}
              number={index + 1}
              error={errors[`photos.${index}`]}
              onCaption={(caption) =>
                onChange((current) => current.map((item, i) => (i === index ? { ...item, caption } : item)))
              }
              onRemove={() => remove(index)}
            />
          ))}
        </ul>
      )}
    </fieldset>
  )
}

function PhotoItem(props: {
  photo: PhotoDraft
  number: number
  error: string | undefined
  onCaption(caption: string): void
  onRemove(): void
}) {
  const t = useText()
  const source = usePhoto(props.photo.thumbnail)
  return (
    <li className="story-photo-item">
      {source ? (
        <img src={source} alt={props.photo.caption} className="story-thumbnail" />
      ) : (
        <span className="story-thumbnail story-thumbnail--empty" />
      )}
      <div className="stack--tight">
        <TextField
          label={t('storyScreen.photos.caption', { number: props.number })}
          name={`caption-${props.number - 1}`}
          value={props.photo.caption}
          maxLength={500}
          onChange={(event) => props.onCaption(event.target.value)}
          error={props.error}
        />
        <button type="button" className="button button--danger-outline" onClick={props.onRemove}>
          {t('storyScreen.photos.remove', { number: props.number })}
        </button>
      </div>
    </li>
  )
}
