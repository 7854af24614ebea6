import { z } from 'zod'

/**
 * How this user lays out the directory (Anggota): row density and which columns each list shows.
 * Kept in main's local settings, so the choice survives a restart and stays on this installation.
 */
export const directoryDensities = ['normal', 'compact'] as const
export type DirectoryDensity = (typeof directoryDensities)[number]

/** The columns a user may show or hide, in the order they appear; the name is always shown. */
export const organisationColumnIds = [
  'acronym',
  'type',
  'regency',
  'district',
  'status',
  'leader',
  'phone',
  'email',
  'foundedYear',
  'staffCount',
  'volunteerCount',
  'peopleCount',
  'updatedAt',
] as const
export const personColumnIds = [
  'gender',
  'birthYear',
  'role',
  'organisation',
  'regency',
  'district',
  'phone',
  'email',
  'consent',
  'updatedAt',
] as const
export type OrganisationColumnId = (typeof organisationColumnIds)[number]
export type PersonColumnId = (typeof personColumnIds)[number]

/** A set of columns: order and repeats carry no meaning, the lists above give the order. */
const shownColumns = <const Ids extends readonly [string, ...string[]]>(ids: Ids) =>
  z
    .array(z.enum(ids, { error: 'validation.directoryView.column' }), { error: 'validation.directoryView.column' })
    .max(ids.length, { error: 'validation.directoryView.column' })
    .transform((chosen): Ids[number][] => ids.filter((id) => chosen.includes(id)))

export const directoryViewInput = z.strictObject({
  density: z.enum(directoryDensities, { error: 'validation.directoryView.density' }),
  columns: z.strictObject({
    organisations: shownColumns(organisationColumnIds),
    people: shownColumns(personColumnIds),
  }),
})
export type DirectoryViewSettings = z.output<typeof directoryViewInput>

/** The directory as it first opens: the columns it always had, at the roomier density. */
export const defaultDirectoryView: DirectoryViewSettings = {
  density: 'normal',
  columns: {
    organisations: ['acronym', 'type', 'regency', 'status', 'foundedYear', 'peopleCount', 'updatedAt'],
    people: ['gender', 'birthYear', 'role', 'organisation', 'regency', 'consent', 'updatedAt'],
  },
}
