import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hubSetupInput, type HubIdentity } from '../../shared/hub'
import type { AppDatabase } from '../db'
import { fingerprint } from '../hub/keys'
import type { KeyStore } from '../hub/keystore'
import { loadSigningKey, setUpHub } from '../hub/service'
import { affiliations, membershipChanges, organisations, people } from '../members/schema'
import { giveConsent } from '../privacy/testing'
import type { ConsentPurpose } from '../../shared/privacy'
import { testServices } from '../testing/database'
import { exportBundle } from './export'
import { importBundle } from './import'
import { joinHub } from './join'
import { keyFileText } from './key-file'
import { ownKey } from './keys'
import { enrolKey } from './trust'
import { syncWrite } from './write'

export interface Instance {
  name: string
  database: AppDatabase
  keyStore: KeyStore
  identity: HubIdentity
  directory: string
  /** Moves this instance's wall clock. */
  clock: { now: number }
}

let bundles = 0

/** A fresh instance whose wall clock the test sets: a provincial hub, or the national one. */
export async function newInstance(
  name: string,
  provinceCode: string | null,
  start = Date.parse('2026-11-01T02:00:00Z'),
) {
  const clock = { now: start }
  const { services, keyStore, directory } = testServices({ clock: () => clock.now })
  const input = provinceCode ? { role: 'hub', provinceCode, name } : { role: 'national', name }
  const identity = await setUpHub(services.database, keyStore, hubSetupInput.parse(input))
  return { name, database: services.database, keyStore, identity, directory, clock } satisfies Instance
}

export async function keyFileOf(instance: Instance): Promise<string> {
  const privateKeyPem = await loadSigningKey(instance.database, instance.keyStore)
  return keyFileText(ownKey(instance.database, instance.identity), privateKeyPem)
}

/** `receiver` enrols `sender`'s key, the fingerprint compared as a person would. */
export async function trust(receiver: Instance, sender: Instance): Promise<void> {
  const text = await keyFileOf(sender)
  enrolKey(receiver.database, text, fingerprint(ownKey(sender.database, sender.identity).publicKey))
}

export async function exportFrom(instance: Instance, options: { full?: boolean } = {}): Promise<string> {
  const path = join(instance.directory, `bundle-${++bundles}.lokadaya`)
  await exportBundle(instance.database, instance.keyStore, path, '0.0.0-test', options)
  return path
}

export const importInto = (instance: Instance, path: string, options = {}) =>
  importBundle(instance.database, path, options)

/** A second instance of `founder`'s hub, joined from its full bundle. */
export async function joinInstance(founder: Instance, name: string): Promise<Instance> {
  const clock = { now: founder.clock.now }
  const { services, keyStore, directory } = testServices({ clock: () => clock.now })
  const bundlePath = await exportFrom(founder, { full: true })
  const text = await keyFileOf(founder)
  const { identity } = await joinHub(services.database, keyStore, {
    keyFileText: text,
    fingerprint: fingerprint(ownKey(founder.database, founder.identity).publicKey),
    bundlePath,
  })
  const instance: Instance = { name, database: services.database, keyStore, identity, directory, clock }
  await trust(founder, instance)
  return instance
}

/** An organisation with its first membership status, written as the forms do. */
export function addOrganisation(instance: Instance, name: string, regencyCode: string): string {
  return syncWrite(instance.database, (writer) => {
    const id = writer.insert(organisations, {
      name,
      nameKey: '',
      regencyCode,
      status: 'active',
      statusSince: '2026-01-01',
    })
    writer.insert(membershipChanges, { organisationId: id, status: 'active', effectiveOn: '2026-01-01' })
    return id
  })
}

/**
 * A leader of the organisation, who consented to be shared with the national team unless told
 * otherwise, and to be contacted with `consent`; `purposes` replaces both.
 */
export function addPerson(
  instance: Instance,
  organisationId: string,
  values: { name: string; phone?: string | null; consent?: boolean; national?: boolean; purposes?: ConsentPurpose[] },
): string {
  const id = syncWrite(instance.database, (writer) => {
    const id = writer.insert(people, {
      name: values.name,
      nameKey: '',
      gender: 'female',
      birthYear: 1990,
      role: 'leader',
      organisationId,
      phone: values.phone ?? null,
    })
    writer.insert(affiliations, { personId: id, organisationId, role: 'leader', fromOn: '2026-01-01' })
    return id
  })
  const purposes = values.purposes ?? [
    ...(values.national === false ? [] : ['national' as const]),
    ...(values.consent ? ['contact' as const] : []),
  ]
  giveConsent(instance.database, id, purposes)
  return id
}

export const readBytes = (path: string) => readFileSync(path)
