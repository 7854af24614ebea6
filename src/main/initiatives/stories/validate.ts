import { AppError, type Message } from '../../../shared/errors'
import { resourceSources, type ResourceAmount, type StoryFields, type StoryPhoto } from '../../../shared/stories'
import type { AppDatabase } from '../../db'
import { attachmentInfo } from '../../attachments/store'
import { isImageKind } from '../../attachments/kinds'
import { checkStoryPeople } from './people'

const isRealDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)

/** A story belongs to an initiative that exists and is not in the trash. */
export function checkInitiative(database: AppDatabase, initiativeId: string): void {
  const row = database.sqlite.prepare('SELECT deleted_at FROM initiatives WHERE id = ?').get(initiativeId) as
    { deleted_at: string | null } | undefined
  if (!row) throw new AppError('NOT_FOUND', { key: 'stories.initiative.missing' })
  if (row.deleted_at !== null) throw new AppError('VALIDATION', { key: 'stories.initiative.deleted' })
}

/**
 * Each photo is an image this instance stored (or one the story already had, which may not have
 * arrived here yet): a hash typed by hand, or of a scan, is refused. Type and size come from the
 * index, never from the caller.
 */
function photoOf(
  database: AppDatabase,
  given: StoryFields['photos'][number],
  kept: StoryPhoto[],
  fail: (key: string) => void,
): StoryPhoto {
  const already = kept.find((photo) => photo.sha256 === given.sha256 && photo.thumbnail === given.thumbnail)
  if (already) return { ...already, caption: given.caption }
  const full = attachmentInfo(database, given.sha256)
  const thumbnail = attachmentInfo(database, given.thumbnail)
  if (!full || !thumbnail) fail('stories.photo.unknown')
  else if (!isImageKind(full.mime) || !isImageKind(thumbnail.mime)) fail('stories.photo.notImage')
  return {
    sha256: given.sha256,
    thumbnail: given.thumbnail,
    mime: full?.mime ?? '',
    width: full?.width ?? null,
    height: full?.height ?? null,
    caption: given.caption,
  }
}

export interface CheckedStory {
  title: string
  happenedOn: string
  narrative: string | null
  before: string | null
  after: string | null
  resourceMix: string
  photos: string
  people: string
  status: StoryFields['status']
}

/**
 * Every problem of a story at once, each on its field, so a form shows them all; nothing is written
 * unless there are none. A draft may lack its title and narrative; publishing needs both.
 */
export function checkStory(database: AppDatabase, fields: StoryFields, keptPhotos: StoryPhoto[] = []): CheckedStory {
  const problems: Record<string, Message> = {}
  const fail = (path: string, key: string, params?: Message['params']) => {
    problems[path] ??= { key, ...(params && { params }) }
  }
  if (!isRealDate(fields.happenedOn)) fail('happenedOn', 'stories.date.invalid')
  const seen = new Set<string>()
  fields.resourceMix.forEach(({ source, amountRupiah }, i) => {
    const path = `resourceMix.${i}.amountRupiah`
    if (seen.has(source)) fail(`resourceMix.${i}.source`, 'stories.resource.twice')
    seen.add(source)
    if (!Number.isInteger(amountRupiah)) fail(path, 'stories.rupiah.fractional')
    else if (amountRupiah < 0) fail(path, 'stories.rupiah.negative')
    else if (!Number.isSafeInteger(amountRupiah)) fail(path, 'stories.rupiah.tooLarge')
  })
  if (new Set(fields.photos.map((photo) => photo.sha256)).size !== fields.photos.length)
    fail('photos', 'stories.photo.twice')
  const photos = fields.photos.map((photo, i) =>
    photoOf(database, photo, keptPhotos, (key) => fail(`photos.${i}`, key)),
  )
  if (fields.status === 'published') {
    const missing = [fields.title === '' && 'title', fields.narrative === '' && 'narrative'].filter(Boolean)
    for (const field of missing) fail(String(field), `stories.publish.${String(field)}Required`)
  }
  const people = checkStoryPeople(database, fields.people, fields.status === 'published', (key, params) =>
    fail('people', key, params),
  )
  if (Object.keys(problems).length > 0) throw new AppError('VALIDATION', { key: 'stories.invalid' }, problems)
  const mix: ResourceAmount[] = resourceSources.flatMap((source) =>
    fields.resourceMix.filter((entry) => entry.source === source),
  )
  const orNull = (text: string) => (text === '' ? null : text)
  return {
    title: fields.title,
    happenedOn: fields.happenedOn,
    narrative: orNull(fields.narrative),
    before: orNull(fields.before),
    after: orNull(fields.after),
    resourceMix: JSON.stringify(mix),
    photos: JSON.stringify(photos),
    people: JSON.stringify(people),
    status: fields.status,
  }
}
