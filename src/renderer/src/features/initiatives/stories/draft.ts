import { formatNumber } from '@shared/format'
import { resourceSources, type ResourceSource, type Story, type StoryFields, type StoryStatus } from '@shared/stories'
import type { LookupOption } from '@renderer/ui/Lookup'

export interface PhotoDraft {
  sha256: string
  thumbnail: string
  caption: string
}

/** A story as its form holds it: amounts as typed ("1.250.000"), '' for a source that took no part. */
export interface StoryDraft {
  title: string
  happenedOn: string
  narrative: string
  before: string
  after: string
  amounts: Record<ResourceSource, string>
  photos: PhotoDraft[]
  people: LookupOption[]
  /** A name typed in the people field and not picked: refused, never dropped unsaid. */
  personTyped: string
  status: StoryStatus
}

export const draftOf = (story: Story | null, today: string): StoryDraft => ({
  title: story?.title ?? '',
  happenedOn: story?.happenedOn ?? today,
  narrative: story?.narrative ?? '',
  before: story?.before ?? '',
  after: story?.after ?? '',
  amounts: Object.fromEntries(
    resourceSources.map((source) => {
      const entry = story?.resourceMix.find((amount) => amount.source === source)
      return [source, entry ? formatNumber(entry.amountRupiah) : '']
    }),
  ) as Record<ResourceSource, string>,
  photos: story?.photos.map(({ sha256, thumbnail, caption }) => ({ sha256, thumbnail, caption })) ?? [],
  people:
    story?.people.map((person) => ({ id: person.id, label: person.name, detail: person.organisation ?? undefined })) ??
    [],
  personTyped: '',
  status: story?.status ?? 'draft',
})

/**
 * Rupiah as people type them: 1.250.000 or 1250000, a minus and a decimal comma kept so that main
 * can say in its words why a negative or fractional amount is refused. NaN for what is no number.
 */
export function typedRupiah(text: string): number {
  const plain = text
    .replace(/^Rp\s*/i, '')
    .replace(/[\s.]/g, '')
    .replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN
}

/** The sources the form sends, in order: main's messages name each by its index among them. */
export const sourcesGiven = (draft: StoryDraft): ResourceSource[] =>
  resourceSources.filter((source) => draft.amounts[source].trim() !== '')

export const fieldsOf = (draft: StoryDraft): StoryFields => ({
  title: draft.title.trim(),
  happenedOn: draft.happenedOn,
  narrative: draft.narrative.trim(),
  before: draft.before.trim(),
  after: draft.after.trim(),
  resourceMix: sourcesGiven(draft).map((source) => ({ source, amountRupiah: typedRupiah(draft.amounts[source]) })),
  photos: draft.photos,
  people: draft.people.map((person) => person.id),
  status: draft.status,
})

/** The sum of the amounts that read as whole rupiah, shown as the form is filled in. */
export const typedTotal = (draft: StoryDraft): number =>
  resourceSources.reduce((sum, source) => {
    const amount = typedRupiah(draft.amounts[source])
    return Number.isSafeInteger(amount) && amount > 0 ? sum + amount : sum
  }, 0)

/**
 * Main's messages keyed as the form's fields are: resourceMix.<i>.… becomes the source's own field
 * (amount-<source>), photos.<i> stays with its photo, the rest with their top-level field.
 */
export function formErrors(fields: Record<string, string>, sent: ResourceSource[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const [path, message] of Object.entries(fields)) {
    const [first, index] = path.split('.')
    const source = first === 'resourceMix' ? sent[Number(index)] : undefined
    const key = source ? `amount-${source}` : first === 'photos' && index ? `photos.${index}` : (first ?? path)
    errors[key] ??= message
  }
  return errors
}
