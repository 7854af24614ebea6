import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createOrganisationInput, createPersonInput } from '@shared/members'
import type { Translate } from '@renderer/i18n'
import { schemaMessages } from './form-helpers'

/** Shows which key and values a message was worded from. */
const t = ((key: string, params?: Record<string, string | number>) =>
  params ? `${key} ${JSON.stringify(params)}` : key) as Translate

describe('schemaMessages', () => {
  it('words each field as main does, with the values of custom checks such as a count’s limits', () => {
    const messages = schemaMessages(
      createOrganisationInput,
      { name: 'X', regencyCode: '35.19', staffCount: '150000', volunteerCount: 'banyak' },
      t,
    )
    expect(messages).toEqual({
      name: 'validation.organisation.name',
      staffCount: 'validation.organisation.count {"min":0,"max":100000}',
      volunteerCount: 'validation.organisation.count {"min":0,"max":1000000}',
    })
  })

  it('has no message for a field that is right, so a fixed field loses its message', () => {
    expect(schemaMessages(createOrganisationInput, { name: 'Yayasan Maju', regencyCode: '35.19' }, t)).toEqual({})
  })

  it('keeps checks across fields at the field they name', () => {
    const person = { name: 'Siti Rahayu', gender: 'female', role: 'staff', organisationId: crypto.randomUUID() }
    expect(schemaMessages(createPersonInput, { ...person, consent: true, consentOn: null }, t)).toEqual({
      consentOn: 'validation.person.consentDate',
    })
  })

  it('gives the first message of a field, and a general one where a schema has no key of ours', () => {
    const schema = z.object({ a: z.string().min(3, { error: 'validation.tooLong' }).max(1), b: z.number() })
    expect(schemaMessages(schema, { a: 'xy', b: 'no' }, t)).toEqual({
      a: 'validation.tooLong',
      b: 'validation.invalid',
    })
  })
})
