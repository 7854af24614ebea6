import { and, asc, desc, eq, isNull } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type {
  CreateStoryInput,
  ResourceAmount,
  Story,
  StoryPhoto,
  StorySummary,
  UpdateStoryInput,
} from '../../../shared/stories'
import type { AppDatabase } from '../../db'
import { attachmentInfo } from '../../attachments/store'
import { syncWrite } from '../../sync/write'
import { stories } from '../schema'
import { storyPeople, storyPublishable } from './people'
import { checkInitiative, checkStory } from './validate'

type StoryRow = typeof stories.$inferSelect

const photosOf = (row: StoryRow): StoryPhoto[] => JSON.parse(row.photos) as StoryPhoto[]
const mixOf = (row: StoryRow): ResourceAmount[] => JSON.parse(row.resourceMix) as ResourceAmount[]
const totalOf = (mix: ResourceAmount[]) => mix.reduce((sum, entry) => sum + entry.amountRupiah, 0)

function rowOf(database: AppDatabase, id: string): StoryRow {
  const row = database.orm.select().from(stories).where(eq(stories.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', { key: 'stories.notFound' })
  return row
}

function liveRowOf(database: AppDatabase, id: string): StoryRow {
  const row = rowOf(database, id)
  if (row.deletedAt !== null) throw new AppError('NOT_FOUND', { key: 'stories.notFound' })
  return row
}

/** A photo whose row arrived before its bytes shows as "not yet received". */
function storyOf(database: AppDatabase, row: StoryRow): Story {
  const mix = mixOf(row)
  const has = (sha256: string) => attachmentInfo(database, sha256) !== undefined
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    title: row.title,
    happenedOn: row.happenedOn,
    narrative: row.narrative ?? '',
    before: row.before ?? '',
    after: row.after ?? '',
    resourceMix: mix,
    resourceTotal: totalOf(mix),
    photos: photosOf(row).map((photo) => ({ ...photo, received: has(photo.sha256) && has(photo.thumbnail) })),
    people: storyPeople(database, JSON.parse(row.people) as string[]),
    status: row.status,
    deleted: row.deletedAt !== null,
    updatedAt: row.updatedAt,
  }
}

export const getStory = (database: AppDatabase, id: string): Story => storyOf(database, liveRowOf(database, id))

export function listStories(database: AppDatabase, initiativeId: string): StorySummary[] {
  checkInitiative(database, initiativeId)
  const rows = database.orm
    .select()
    .from(stories)
    .where(and(eq(stories.initiativeId, initiativeId), isNull(stories.deletedAt)))
    .orderBy(desc(stories.happenedOn), asc(stories.title))
    .all()
  return rows.map((row) => {
    const photos = photosOf(row)
    return {
      id: row.id,
      title: row.title,
      happenedOn: row.happenedOn,
      status: row.status,
      resourceTotal: totalOf(mixOf(row)),
      photoCount: photos.length,
      withheld: row.status === 'published' && !storyPublishable(database, row.id),
      cover: photos[0]?.thumbnail ?? null,
    }
  })
}

export function createStory(database: AppDatabase, input: CreateStoryInput): Story {
  const { initiativeId, ...fields } = input
  const id = syncWrite(database, (writer) => {
    checkInitiative(database, initiativeId)
    return writer.insert(stories, { initiativeId, ...checkStory(database, fields) })
  })
  return getStory(database, id)
}

export function updateStory(database: AppDatabase, input: UpdateStoryInput): Story {
  const { id, ...fields } = input
  syncWrite(database, (writer) => {
    const row = liveRowOf(database, id)
    checkInitiative(database, row.initiativeId)
    writer.update(stories, id, checkStory(database, fields, photosOf(row)))
  })
  return getStory(database, id)
}

/** Into the trash as a tombstone that travels; the photos stay, other rows may share them. */
export function deleteStory(database: AppDatabase, id: string): Story {
  syncWrite(database, (writer) => {
    liveRowOf(database, id)
    writer.remove(stories, id)
  })
  return storyOf(database, rowOf(database, id))
}
