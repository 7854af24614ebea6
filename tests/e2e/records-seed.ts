import type { Page } from '@playwright/test'
import type { Result } from '../../src/shared/errors'
import type { SaveResult } from '../../src/shared/members'
import type { Harness } from '../../scripts/harness/server'
import { expect } from './fixtures'

/** Records that are not what a test is about go in through the handlers, as the app would save them. */
export async function createOrganisation(harness: Harness, input: Record<string, unknown>): Promise<string> {
  const result = (await harness.registry.invoke('members:createOrganisation', {
    regencyCode: '35.19',
    allowDuplicates: true,
    ...input,
  })) as Result<SaveResult>
  if (!result.ok || !result.value.saved) throw new Error('could not create the organisation')
  return result.value.id
}

/** A person saved through the handler, staff of the OMS given unless `input` says otherwise. */
export async function createPerson(
  harness: Harness,
  organisationId: string,
  input: Record<string, unknown>,
): Promise<string> {
  const result = (await harness.registry.invoke('members:createPerson', {
    gender: 'female',
    role: 'staff',
    organisationId,
    allowDuplicates: true,
    ...input,
  })) as Result<SaveResult>
  if (!result.ok || !result.value.saved) throw new Error('could not create the person')
  return result.value.id
}

/** Languages are switched in Settings; here the stored choice is set directly and the app reopened. */
export async function useEnglish(page: Page, harness: Harness): Promise<void> {
  await harness.registry.invoke('settings:setLanguage', { language: 'en' })
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
}
