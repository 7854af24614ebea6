import { useEffect, useState } from 'react'
import { formatNumber, localDate } from '@shared/format'
import { statusAfterMerge, type OrganisationDetail, type PersonDetail, type RecordKind } from '@shared/members'
import { formatPhone } from '@shared/phone'
import { useText, type MessageKey, type Translate } from '@renderer/i18n'
import { useDates } from '@renderer/ui/dates'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useLanguage } from '@renderer/features/language/store'
import { membersHref } from '../routes'
import { PageHeading } from './PageHeading'
import { go, termName } from '@renderer/ui/form-helpers'
import { useRecords } from './store'
import { useHubProvince, useReference } from '@renderer/features/reference/store'

type Side = 'survivor' | 'merged'
/** A field the user chooses between, and how its value reads. */
type Row<T> = [field: string, label: MessageKey, show: (record: T, words: Words) => string]
/** What turns codes into words: the UI texts, dates, and reference terms in the current language. */
interface Words {
  t: Translate
  date(iso: string): string
  count(value: number | null): string
  term(list: 'organisationTypes' | 'sectors', code: string): string
}

const plain =
  <T,>(read: (record: T) => string | number | null) =>
  (record: T) =>
    read(record)?.toString() ?? ''
const phone = (value: string | null) => (value ? formatPhone(value) : '')

const organisationRows: Row<OrganisationDetail>[] = [
  ['name', 'memberField.name', plain((o) => o.name)],
  ['acronym', 'memberField.acronym', plain((o) => o.acronym)],
  ['typeCode', 'memberField.type', (o, { term }) => (o.typeCode ? term('organisationTypes', o.typeCode) : '')],
  ['legalForm', 'memberField.legalForm', (o, { t }) => (o.legalForm ? t(`member.legalForm.${o.legalForm}`) : '')],
  ['registrationNumber', 'memberField.registrationNumber', plain((o) => o.registrationNumber)],
  ['foundedYear', 'memberField.foundedYear', plain((o) => o.foundedYear)],
  [
    'regencyCode',
    'records.organisation.place',
    (o) => [o.villageLabel, o.districtLabel, o.regencyName].filter(Boolean).join(', '),
  ],
  ['address', 'memberField.address', plain((o) => o.address)],
  ['phone', 'memberField.phone', (o) => phone(o.phone)],
  ['email', 'memberField.email', plain((o) => o.email)],
  ['website', 'memberField.website', plain((o) => o.website)],
  ['socialMedia', 'memberField.socialMedia', plain((o) => o.socialMedia)],
  [
    'sectorCodes',
    'memberField.sectors',
    (o, { term }) => o.sectorCodes.map((code) => term('sectors', code)).join(', '),
  ],
  ['sdgs', 'memberField.sdgs', (o) => o.sdgs.join(', ')],
  ['focus', 'memberField.focus', plain((o) => o.focus)],
  ['beneficiaries', 'memberField.beneficiaries', plain((o) => o.beneficiaries)],
  ['staffCount', 'memberField.staffCount', (o, { count }) => count(o.staffCount)],
  ['volunteerCount', 'memberField.volunteerCount', (o, { count }) => count(o.volunteerCount)],
  ['notes', 'memberField.notes', plain((o) => o.notes)],
  // Chosen by status alone: the date follows from the joined history (see resultOf).
  [
    'status',
    'records.status.title',
    (o, { t, date }) =>
      t('records.merge.statusSince', { status: t(`member.status.${o.status}`), date: date(o.statusSince) }),
  ],
]

const personRows: Row<PersonDetail>[] = [
  ['name', 'memberField.name', plain((p) => p.name)],
  ['gender', 'memberField.gender', (p, { t }) => t(`member.gender.${p.gender}`)],
  ['birthYear', 'memberField.birthYear', plain((p) => p.birthYear)],
  ['role', 'memberField.role', (p, { t }) => t(`member.role.${p.role}`)],
  ['organisationId', 'memberField.organisation', plain((p) => p.organisationName)],
  ['phone', 'memberField.phone', (p) => phone(p.phone)],
  ['email', 'memberField.email', plain((p) => p.email)],
  [
    'consent',
    'records.person.consentTitle',
    (p, { t }) => (p.consent ? (p.consentOn ?? '') : t('records.person.consentMissing')),
  ],
  ['notes', 'memberField.notes', plain((p) => p.notes)],
]

/** Two records side by side; per field, whose value stays. The other record's references all move. */
export function MergePage({ kind, survivorId, mergedId }: { kind: RecordKind; survivorId: string; mergedId: string }) {
  const t = useText()
  const { date, zone } = useDates()
  const language = useLanguage((state) => state.language)
  const provinceCode = useHubProvince()
  const taxonomies = useReference((state) => state.taxonomies)
  const { organisation, person, mergeCandidate, error, busy, loadMerge, loadReference, merge, reset } = useRecords()
  const [take, setTake] = useState<Record<string, Side>>({})
  useEffect(() => {
    reset()
    void loadReference(provinceCode)
    void loadMerge(kind, survivorId, mergedId)
  }, [kind, survivorId, mergedId, provinceCode, loadMerge, loadReference, reset])
  const words: Words = {
    t,
    date,
    count: (value) => (value === null ? '' : formatNumber(value, language)),
    term: (list, code) => {
      const found = taxonomies?.[list].find((entry) => entry.code === code)
      return found ? termName(found, language) : code
    },
  }

  const survivor = kind === 'organisation' ? organisation : person
  if (!survivor || !mergeCandidate || survivor.id !== survivorId)
    return (
      <>
        <PageHeading>{t('records.merge.title')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    )
  const rows = (kind === 'organisation' ? organisationRows : personRows) as Row<typeof survivor>[]
  const shown = rows.map(([field, label, show]) => {
    const values = { survivor: show(survivor, words), merged: show(mergeCandidate as typeof survivor, words) }
    const differs =
      field === 'status'
        ? (survivor as OrganisationDetail).status !== (mergeCandidate as OrganisationDetail).status
        : values.survivor !== values.merged
    return { field, label: t(label), differs, ...values }
  })

  // Until the user chooses, a value wins over an empty field, so a quick merge loses no contact data.
  const sideOf = (row: (typeof shown)[number]): Side =>
    take[row.field] ?? (row.survivor === '' && row.merged !== '' ? 'merged' : 'survivor')
  const chosen = Object.fromEntries(shown.map((row) => [row.field, sideOf(row)]))

  /** What the survivor ends with; the status as the joined history and the choice make it. */
  const resultOf = (row: (typeof shown)[number]): string => {
    if (row.field !== 'status') return row[sideOf(row)]
    const kept = survivor as OrganisationDetail
    const other = mergeCandidate as OrganisationDetail
    const { status, since } = statusAfterMerge(kept, other, (sideOf(row) === 'survivor' ? kept : other).status)
    const named = t(`member.status.${status}`)
    return since === null
      ? t('records.merge.statusRecorded', { status: named, date: date(localDate(new Date(), zone)) })
      : t('records.merge.statusSince', { status: named, date: date(since) })
  }

  async function confirm() {
    const summary = await merge({ kind, survivorId, mergedId, take: chosen })
    if (summary)
      go(
        membersHref(
          kind === 'organisation' ? { view: 'organisation', id: survivorId } : { view: 'person', id: survivorId },
        ),
      )
  }

  return (
    <>
      <PageHeading>{t('records.merge.title')}</PageHeading>
      <p>{t(`records.merge.explain.${kind}`)}</p>
      <ErrorAlert error={error} />
      <table className="records-table records-merge">
        <thead>
          <tr>
            <th scope="col">{t('records.merge.field')}</th>
            <th scope="col">{t('records.merge.keep', { name: survivor.name })}</th>
            <th scope="col">{t('records.merge.remove', { name: mergeCandidate.name })}</th>
            <th scope="col">{t('records.merge.result')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const side = sideOf(row)
            const choice = (value: Side) => (
              <label className="records-check">
                <input
                  type="radio"
                  name={`take-${row.field}`}
                  checked={side === value}
                  onChange={() => setTake((current) => ({ ...current, [row.field]: value }))}
                  aria-label={t('records.merge.choose', {
                    field: row.label,
                    value: row[value] || t('records.merge.empty'),
                  })}
                />
                {row[value] || <span className="records-muted">{t('records.merge.empty')}</span>}
              </label>
            )
            return (
              <tr key={row.field}>
                <th scope="row">{row.label}</th>
                <td>{row.differs ? choice('survivor') : row.survivor}</td>
                <td>{row.differs ? choice('merged') : row.merged}</td>
                <td>{resultOf(row)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="hint">{t(`records.merge.references.${kind}`)}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" aria-busy={busy} onClick={() => void confirm()}>
          {t('records.merge.confirm')}
        </button>
        <a className="button" href={membersHref({ view: 'merge', kind, survivorId: mergedId, mergedId: survivorId })}>
          {t('records.merge.swap')}
        </a>
        <a
          className="button"
          href={membersHref(
            kind === 'organisation' ? { view: 'organisation', id: survivorId } : { view: 'person', id: survivorId },
          )}
        >
          {t('records.cancel')}
        </a>
      </div>
    </>
  )
}
