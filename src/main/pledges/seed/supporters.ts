import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { weighted, type generator } from '../../members/seed'
import {
  femaleGivenNames,
  maleGivenNames,
  maleSecondNames,
  mobilePrefixes,
  sharedSecondNames,
  streetNames,
} from '../../members/seed/vocabulary'
import type { SyncWriter } from '../../sync/write'
import { supporterNameKey } from '../names'
import { supporters } from '../schema'
import {
  businessWords,
  communityPrefixes,
  companyKinds,
  companyWords,
  governmentOffices,
  kindWeights,
  mediaNames,
  otherSupporters,
  philanthropies,
  umkmPrefixes,
} from './vocabulary'

type Random = ReturnType<typeof generator>

/**
 * Writes supporters of every kind: people, groups and businesses of the province, its regency and
 * village governments, philanthropies, media, universities, and member OMS of the directory. Some
 * gave consent to keep their contact details, as people in the directory do.
 */
export function supporterMaker(database: AppDatabase, random: Random, today: number) {
  const { sqlite } = database
  const hub = requireIdentity(database)
  const regencies = sqlite
    .prepare(`SELECT code, name FROM ref_regencies WHERE province_code = coalesce(?, province_code) ORDER BY code`)
    .all(hub.provinceCode) as { code: string; name: string }[]
  const villages = sqlite
    .prepare(
      `SELECT v.name FROM ref_villages v JOIN ref_districts d ON d.code = v.district_code
       JOIN ref_regencies r ON r.code = d.regency_code WHERE r.province_code = coalesce(?, r.province_code)
       ORDER BY v.code LIMIT 2000`,
    )
    .pluck()
    .all(hub.provinceCode) as string[]
  const organisations = sqlite
    .prepare(
      `SELECT id, name, regency_code AS regencyCode FROM organisations
       WHERE deleted_at IS NULL AND merged_into_id IS NULL ORDER BY rowid`,
    )
    .all() as { id: string; name: string; regencyCode: string }[]

  const personName = () =>
    `${random.pick(random.chance(0.45) ? femaleGivenNames : maleGivenNames)} ${random.pick(
      random.chance(0.3) ? sharedSecondNames : maleSecondNames,
    )}`
  const nameOf = (kind: string, regency: { name: string }): string => {
    switch (kind) {
      case 'individual':
        return `${random.chance(0.15) ? 'H. ' : ''}${personName()}`
      case 'community':
        return `${random.pick(communityPrefixes)} ${random.pick(villages)}`
      case 'umkm':
        return `${random.pick(umkmPrefixes)} ${random.pick(businessWords)} ${random.pick(businessWords)}`
      case 'company':
        return `PT ${random.pick(companyWords)}${random.pick(companyWords).toLowerCase()} ${random.pick(companyKinds)}`
      case 'government':
        return random.chance(0.5)
          ? `Pemerintah Desa ${random.pick(villages)}`
          : `${random.pick(governmentOffices)} ${regency.name}`
      case 'philanthropy':
        return `${random.pick(philanthropies)} ${regency.name}`
      case 'media':
        return `${random.pick(mediaNames)} ${random.pick(businessWords)}`
      default:
        return `${random.pick(otherSupporters)} ${regency.name.replace(/^(Kabupaten|Kota) /, '')}`
    }
  }
  const day = (from: number) => new Date((today - random.int(0, from)) * 86_400_000).toISOString().slice(0, 10)

  return (writer: SyncWriter): void => {
    let kind = weighted(random.next(), kindWeights)
    if (kind === 'organisation' && organisations.length === 0) kind = 'community'
    const member = kind === 'organisation' ? random.pick(organisations) : null
    const regency = regencies.find((r) => r.code === member?.regencyCode) ?? random.pick(regencies)
    const name = member?.name ?? nameOf(kind, regency)
    const consent = random.chance(0.6)
    const withContact = consent || random.chance(0.3)
    writer.insert(supporters, {
      name,
      nameKey: supporterNameKey(name, kind),
      kind,
      organisationId: member?.id ?? null,
      regencyCode: random.chance(0.85) ? regency.code : null,
      contactPerson: kind !== 'individual' && withContact ? personName() : null,
      phone: withContact && random.chance(0.8) ? `+62${random.pick(mobilePrefixes)}${random.digits(8)}` : null,
      email:
        withContact && random.chance(0.4)
          ? `${name
              .toLowerCase()
              .replace(/[^a-z]+/g, '.')
              .replace(/^\.|\.$/g, '')}@gmail.com`
          : null,
      address: withContact && random.chance(0.5) ? `${random.pick(streetNames)} No. ${random.int(1, 250)}` : null,
      consent,
      consentOn: consent ? day(900) : null,
    })
  }
}
