import { describe, expect, it } from 'vitest'
import type { Result } from '../../../shared/errors'
import type { OrganisationDetail } from '../../../shared/members'
import { jawaTimurServices, ok, saved, savedPerson } from './testing'

type Registry = Awaited<ReturnType<typeof jawaTimurServices>>['registry']

const refusal = (result: Result<unknown>) => {
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}
/** Every text of a refusal, the envelope's and its fields', so a date is found wherever it is shown. */
const texts = (result: Result<unknown>) => {
  const { message, fields } = refusal(result)
  return [message, ...Object.values(fields ?? {})].join(' | ')
}
const speak = async (registry: Registry, language: 'id' | 'en') =>
  ok(await registry.invoke('settings:setLanguage', { language }))

/** A candidate since 18 May 2025: the date the review saw in Indonesian in the English UI. */
async function candidateSince18May(registry: Registry) {
  return saved(
    await registry.invoke('members:createOrganisation', {
      name: 'Yayasan Bina Desa',
      regencyCode: '35.19',
      status: 'candidate',
      statusSince: '2025-05-18',
    }),
  )
}

// Main sends the raw date; the translator writes it in the language of the envelope, so the month
// name follows the UI language rather than being fixed in Indonesian before translation.
describe('dates inside error messages', () => {
  it('names the current status date in the language chosen: 18 Mei 2025, 18 May 2025', async () => {
    const { registry } = await jawaTimurServices()
    const organisationId = await candidateSince18May(registry)
    const tooEarly = () =>
      registry.invoke('members:changeStatus', { organisationId, status: 'active', effectiveOn: '2025-05-01' })

    const indonesian = texts(await tooEarly())
    expect(indonesian).toContain('18 Mei 2025')

    await speak(registry, 'en')
    const english = texts(await tooEarly())
    expect(english).toContain('A status change cannot be dated before 18 May 2025')
    expect(english).not.toContain('Mei')

    await speak(registry, 'id')
    expect(texts(await tooEarly())).toBe(indonesian)
  })

  it('dates both steps of a refused status correction in English', async () => {
    const { registry } = await jawaTimurServices()
    const organisationId = await candidateSince18May(registry)
    ok(await registry.invoke('members:changeStatus', { organisationId, status: 'active', effectiveOn: '2025-06-01' }))
    const detail = ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: organisationId }))
    const candidate = detail.statusHistory.find((entry) => entry.status === 'candidate')
    await speak(registry, 'en')
    const english = texts(
      await registry.invoke('members:correctStatus', {
        changeId: candidate?.id,
        status: 'left',
        effectiveOn: '2025-05-18',
      }),
    )
    expect(english).toContain('(18 May 2025)')
    expect(english).toContain('(1 Jun 2025)')
  })

  it("dates an affiliation's end in English, 'today' taken where the hub is", async () => {
    // 20:00 UTC on 17 May is already 18 May in Jawa Timur (WIB).
    const { registry } = await jawaTimurServices({ clock: () => Date.parse('2025-05-17T20:00:00Z') })
    const organisationId = await candidateSince18May(registry)
    const personId = await savedPerson(registry, organisationId, 'Siti Rahayu')
    const person = ok<{ affiliations: { id: string }[] }>(await registry.invoke('members:getPerson', { id: personId }))
    const end = (untilOn: string) =>
      registry.invoke('members:endAffiliation', { affiliationId: person.affiliations[0]?.id, untilOn })
    await speak(registry, 'en')
    expect(texts(await end('2025-05-19'))).toContain('after today (18 May 2025)')
    ok(await end('2025-05-18'))
    expect(texts(await end('2025-05-18'))).toContain('ended on 18 May 2025')
  })
})
