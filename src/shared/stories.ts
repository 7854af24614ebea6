import { z } from 'zod'
import { sha256Field } from './attachments'
import { textField } from './fields'

/** Cerita Perubahan: what made a change happen, in rupiah by source. */
export const resourceSources = ['apbd', 'danaDesa', 'swadaya', 'pledges', 'other'] as const
export type ResourceSource = (typeof resourceSources)[number]

export const storyStatuses = ['draft', 'published'] as const
export type StoryStatus = (typeof storyStatuses)[number]

export const STORY_LIMITS = { photos: 20, people: 30 } as const

const id = z.uuid({ error: 'validation.invalid' })

/**
 * The shape only: amounts arrive as numbers, and main says in so many words what is wrong with a
 * negative or fractional one, an unknown photo, a missing initiative or an unpublishable story.
 */
const storyFields = {
  title: textField(200, 'single'),
  happenedOn: z.string().trim().max(10, { error: 'validation.tooLong' }),
  narrative: textField(20_000, 'multi'),
  before: textField(4000, 'multi'),
  after: textField(4000, 'multi'),
  resourceMix: z
    .array(z.strictObject({ source: z.enum(resourceSources), amountRupiah: z.number() }))
    .max(resourceSources.length),
  photos: z
    .array(z.strictObject({ sha256: sha256Field, thumbnail: sha256Field, caption: textField(500, 'single') }))
    .max(STORY_LIMITS.photos),
  /** Who the story names or pictures: each must consent to publication before it is published. */
  people: z.array(id).max(STORY_LIMITS.people, { error: 'stories.people.tooMany' }).default([]),
  status: z.enum(storyStatuses),
}

export const createStoryInput = z.strictObject({ initiativeId: id, ...storyFields })
export const updateStoryInput = z.strictObject({ id, ...storyFields })
export const storyIdInput = z.strictObject({ id })
export const storiesOfInitiativeInput = z.strictObject({ initiativeId: id })

export type StoryFields = z.output<z.ZodObject<typeof storyFields>>
export type CreateStoryInput = z.output<typeof createStoryInput>
export type UpdateStoryInput = z.output<typeof updateStoryInput>

export interface ResourceAmount {
  source: ResourceSource
  amountRupiah: number
}

/** As stored in stories.photos; `received` says whether this instance has the bytes yet. */
export interface StoryPhoto {
  sha256: string
  thumbnail: string
  mime: string
  width: number | null
  height: number | null
  caption: string
}

/** Someone a story names or pictures, and whether they consent to that now (purpose `publication`). */
export interface StoryPerson {
  id: string
  name: string
  organisation: string | null
  publishable: boolean
}

export interface Story {
  id: string
  initiativeId: string
  title: string
  happenedOn: string
  narrative: string
  before: string
  after: string
  resourceMix: ResourceAmount[]
  resourceTotal: number
  photos: (StoryPhoto & { received: boolean })[]
  people: StoryPerson[]
  status: StoryStatus
  deleted: boolean
  updatedAt: string
}

export interface StorySummary {
  id: string
  title: string
  happenedOn: string
  status: StoryStatus
  resourceTotal: number
  photoCount: number
  /** Published, but someone it names does not consent to publication now: left out of reports. */
  withheld: boolean
  /** The first photo's thumbnail, shown in the list (it may not have arrived yet). */
  cover: string | null
}
