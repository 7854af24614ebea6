import type { StoryPerson } from '../../../shared/stories'
import type { AppDatabase } from '../../db'
import { personReleasedSql } from '../../privacy/gates'
import type { SyncWriter } from '../../sync/write'
import { stories } from '../schema'

/** A story may be shown in what is published only while everyone it names or pictures consents to that. */
export const storyPublishableSql = (alias: string): string =>
  `NOT EXISTS (SELECT 1 FROM json_each(${alias}.people) j LEFT JOIN people x ON x.id = j.value
    WHERE x.id IS NULL OR NOT (${personReleasedSql(['publication'], 'x')}))`

export const storyPublishable = (database: AppDatabase, id: string): boolean =>
  database.sqlite
    .prepare(`SELECT ${storyPublishableSql('s')} FROM stories s WHERE s.id = ?`)
    .pluck()
    .get(id) === 1

interface PersonRow {
  id: string
  name: string
  organisation: string | null
  publishable: number
  live: number
}

const personSql = `SELECT x.id, x.name, o.name AS organisation, ${personReleasedSql(['publication'], 'x')} AS publishable,
    x.deleted_at IS NULL AND x.erased_at IS NULL AS live
  FROM people x LEFT JOIN organisations o ON o.id = x.organisation_id WHERE x.id = ?`

function personRow(database: AppDatabase, id: string): PersonRow | undefined {
  return database.sqlite.prepare(personSql).get(id) as PersonRow | undefined
}

/** The people of a story as shown with it; one whose row has not arrived here yet has no name. */
export function storyPeople(database: AppDatabase, ids: string[]): StoryPerson[] {
  return ids.map((id) => {
    const row = personRow(database, id)
    return {
      id,
      name: row?.name ?? '',
      organisation: row?.organisation ?? null,
      publishable: row?.publishable === 1,
    }
  })
}

/**
 * The people a story will name, once each: everyone chosen must be a person of the directory, and
 * a published story needs each one's consent to publication (UU PDP Pasal 20), named when missing.
 */
export function checkStoryPeople(
  database: AppDatabase,
  ids: string[],
  publishing: boolean,
  fail: (key: string, params?: Record<string, string | number>) => void,
): string[] {
  const chosen = [...new Set(ids)]
  const rows = chosen.map((id) => personRow(database, id))
  if (rows.some((row) => !row || row.live !== 1)) fail('stories.people.unknown')
  else if (publishing) {
    const without = rows.filter((row) => row?.publishable !== 1).map((row) => row?.name ?? '')
    if (without.length > 0) fail('stories.publish.noConsent', { names: without.join(', '), count: without.length })
  }
  return chosen
}

/** What an erased person's name becomes in the text of a story. */
export const ERASED_NAME = '[nama dihapus]'

interface NamingStory {
  id: string
  people: string
  title: string
  narrative: string | null
  before: string | null
  after: string | null
}

/** This hub's stories that name any of these people: the ones an erasure of them rewrites. */
export function storiesNaming(database: AppDatabase, personIds: string[], hubId: string): NamingStory[] {
  return database.sqlite
    .prepare(
      `SELECT id, people, title, narrative, before, after FROM stories s WHERE hub_id = ? AND deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM json_each(s.people) j WHERE j.value IN (SELECT value FROM json_each(?)))`,
    )
    .all(hubId, JSON.stringify(personIds)) as NamingStory[]
}

/**
 * Takes erased people out of this hub's stories (Pasal 43): off the list of who is named, and their
 * names as recorded, in any case, out of the text. A nickname ("Bu Siti") is beyond what the app can
 * know; the erasure preview asks the user to read those stories.
 */
export function forgetInStories(writer: SyncWriter, database: AppDatabase, personIds: string[], names: string[]) {
  const spelled = [...new Set(names.filter((name) => name.trim() !== ''))]
  const pattern =
    spelled.length > 0
      ? new RegExp(spelled.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu')
      : null
  const redact = (text: string | null) => (text === null || !pattern ? text : text.replace(pattern, ERASED_NAME))
  for (const story of storiesNaming(database, personIds, writer.hubId)) {
    const kept = (JSON.parse(story.people) as string[]).filter((id) => !personIds.includes(id))
    writer.update(stories, story.id, {
      people: JSON.stringify(kept),
      title: redact(story.title) ?? '',
      narrative: redact(story.narrative),
      before: redact(story.before),
      after: redact(story.after),
    })
  }
}
