import '@renderer/ui/PlainTable.css'
import type { ReactNode } from 'react'
import { formatDate, formatDateTime, formatNumber } from '@shared/format'
import { formatPhone } from '@shared/phone'
import type { ProcessingRecord, ReleaseCondition, TravellingTable } from '@shared/privacy-records'
import { useText, type MessageKey } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { useLanguage } from '../language/store'

type Level = 1 | 3
type Params = Record<string, string | number>

interface Props {
  record: ProcessingRecord
  /** The heading level of the record's title: 1 on its printed page, 3 inside the Privasi screen's section. */
  level: Level
}

/**
 * The record of processing activities as a document, every word in the reader's language: the same
 * on screen and on the printed page. What it says of the data comes from main's record; the
 * wording of each statement from the shared catalog (privacy.record), so main's tests check it.
 */
export function ProcessingRecordSheet({ record, level }: Props) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  // Keys built from the data (a column, a table, a purpose); main's tests check each has words.
  const say = (key: string, params?: Params) => t(`privacy.record.${key}` as MessageKey, params)
  const number = (value: number) => formatNumber(value, language)
  const when = (iso: string) => formatDateTime(iso, record.timeZone, language)
  const fields = (columns: string[]) => columns.map((column) => say(`field.${column}`)).join(', ')
  const Title = `h${level}` as const
  const Heading = `h${level + 1}` as 'h2' | 'h4'
  const Sub = `h${level + 2}` as 'h3' | 'h5'
  const section = (key: string, children: ReactNode) => (
    // Not landmarks: the record is one document, its headings are its outline.
    <section className="processing-record__section">
      <Heading>{say(`sections.${key}`)}</Heading>
      {children}
    </section>
  )
  const { controller, purposes, recipients, safeguards, children, retention } = record
  const categoryOf = (table: string) => record.categories.find((category) => category.table === table)?.key ?? table

  return (
    <article className="processing-record">
      <header className="processing-record__cover">
        <Title>{say('title')}</Title>
        <p>{say('lead')}</p>
        <p className="processing-record__generated">{say('generated', { when: when(record.generatedAt) })}</p>
      </header>

      {section(
        'controller',
        <Details
          rows={[
            [say('controller.name'), controller.name],
            [
              say('controller.role'),
              say(controller.role === 'national' ? 'controller.roleNational' : 'controller.roleHub'),
            ],
            controller.provinceName !== null && [say('controller.province'), controller.provinceName],
            [
              say('controller.contact'),
              // The phone as on a name card (+62 812-3456-7890), not as stored.
              [
                controller.contactName,
                controller.contactPhone?.startsWith('+62')
                  ? formatPhone(controller.contactPhone)
                  : controller.contactPhone,
                controller.contactEmail,
              ]
                .filter((part) => part !== null)
                .join(', ') || say('controller.none'),
            ],
          ]}
        />,
      )}

      {section(
        'categories',
        <table className="plain-table processing-record__table">
          <thead>
            <tr>
              <th scope="col">{say('categories.kind')}</th>
              <th scope="col">{say('categories.fields')}</th>
              <th scope="col" className="number">
                {say('categories.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {record.categories.map((category) => (
              <tr key={category.key}>
                <th scope="row">
                  {say(`categories.${category.key}`)}
                  {Object.entries(category.details).map(([detail, count]) => (
                    <span key={detail} className="processing-record__detail">
                      {say(`categories.details.${detail}`, { count })}
                    </span>
                  ))}
                </th>
                <td>{fields(category.fields)}</td>
                <td className="number">{number(category.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>,
      )}

      {section(
        'purposes',
        <>
          <table className="plain-table processing-record__table">
            <thead>
              <tr>
                <th scope="col">{say('purposes.purpose')}</th>
                <th scope="col">{say('purposes.meaning')}</th>
                <th scope="col" className="number">
                  {say('purposes.consenting')}
                </th>
              </tr>
            </thead>
            <tbody>
              {purposes.byPurpose.map(({ purpose, people }) => (
                <tr key={purpose}>
                  <th scope="row">{say(`purposes.${purpose}`)}</th>
                  <td>{say(`purposes.${purpose}Meaning`)}</td>
                  <td className="number">{number(people)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{say('purposes.total', { people: purposes.people, restricted: purposes.restricted })}</p>
          <p>{say('purposes.separate')}</p>
        </>,
      )}

      {section(
        'legalBasis',
        <ul>
          <li>{say('legalBasis.consent')}</li>
          <li>{say('legalBasis.statistics')}</li>
        </ul>,
      )}

      {section(
        'recipients',
        <>
          <p>{say(`recipients.role.${controller.role}`)}</p>
          <Sub>{say('recipients.trusted')}</Sub>
          {recipients.trusted.length === 0 ? (
            <p>{say('recipients.noTrusted')}</p>
          ) : (
            <table className="plain-table processing-record__table">
              <thead>
                <tr>
                  <th scope="col">{say('recipients.keyName')}</th>
                  <th scope="col">{say('recipients.relation')}</th>
                  <th scope="col">{say('recipients.fingerprint')}</th>
                  <th scope="col">{say('recipients.enrolled')}</th>
                </tr>
              </thead>
              <tbody>
                {recipients.trusted.map((key) => (
                  <tr key={key.fingerprint}>
                    <th scope="row">{key.name}</th>
                    <td>{say(`recipients.relation${key.relation[0]?.toUpperCase()}${key.relation.slice(1)}`)}</td>
                    <td className="processing-record__fingerprint">{key.fingerprint}</td>
                    <td>{formatDate(key.enrolledAt, record.timeZone, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            {recipients.bundlesOut === 0 || recipients.lastBundleAt === null
              ? say('recipients.noBundles')
              : say('recipients.bundles', { count: recipients.bundlesOut, when: when(recipients.lastBundleAt) })}
            {recipients.bundlesOut > 0 && (
              <> {say('recipients.namedInBundles', { count: recipients.peopleNamedInBundles })}</>
            )}
          </p>
          <Sub>{say('recipients.travels')}</Sub>
          <table className="plain-table processing-record__table">
            <thead>
              <tr>
                <th scope="col">{say('recipients.table')}</th>
                <th scope="col">{say('recipients.always')}</th>
                <th scope="col">{say('recipients.withheld')}</th>
              </tr>
            </thead>
            <tbody>
              {recipients.travels.map((table) => (
                <tr key={table.table}>
                  <th scope="row">{say(`categories.${categoryOf(table.table)}`)}</th>
                  <td>{fields(table.always)}</td>
                  <td>
                    <Withheld table={table} say={say} fields={fields} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {say('recipients.stays', {
              tables: recipients.stays.map((table) => say(`recipients.local.${table}`)).join(', '),
            })}
          </p>
        </>,
      )}

      {section(
        'retention',
        <>
          <table className="plain-table processing-record__table">
            <thead>
              <tr>
                <th scope="col">{say('retention.category')}</th>
                <th scope="col" className="number">
                  {say('retention.years')}
                </th>
              </tr>
            </thead>
            <tbody>
              {(['directory', 'participants', 'supporters'] as const).map((category) => (
                <tr key={category}>
                  <th scope="row">{say(`retention.${category}`)}</th>
                  <td className="number">{say('retention.yearsValue', { count: retention.periods[category] })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{say('retention.counted')}</p>
          <p>
            {say('retention.review', { people: retention.peopleToReview, supporters: retention.supportersToReview })}
          </p>
        </>,
      )}

      {section(
        'safeguards',
        <ul>
          <li>{say('safeguards.signed')}</li>
          <li>
            {say(
              safeguards.signingKey === 'osKeyring'
                ? 'safeguards.keyOsKeyring'
                : safeguards.signingKey === 'userFileNoKeyring'
                  ? 'safeguards.keyUserFileNoKeyring'
                  : 'safeguards.keyUserFile',
            )}
          </li>
          <li>{say('safeguards.withheld', { count: safeguards.withheldFields })}</li>
          <li>{say(safeguards.secureDelete ? 'safeguards.secureDeleteOn' : 'safeguards.secureDeleteOff')}</li>
          <li>
            {say(
              safeguards.privateFiles === null
                ? 'safeguards.privateFilesUnknown'
                : safeguards.privateFiles
                  ? 'safeguards.privateFilesOn'
                  : 'safeguards.privateFilesOff',
            )}
          </li>
          <li>
            {safeguards.backups.scheduled
              ? say('safeguards.backupScheduled', safeguards.backups.kept)
              : say(safeguards.backups.folderChosen ? 'safeguards.backupManual' : 'safeguards.backupNone')}
            {safeguards.backups.lastAt && (
              <> {say('safeguards.backupLast', { when: when(safeguards.backups.lastAt) })}</>
            )}
          </li>
          <li>{say('safeguards.backupKey')}</li>
          <li>{say('safeguards.backupErasure')}</li>
          <li>{say('safeguards.restricted', { restricted: safeguards.restricted, erased: safeguards.erased })}</li>
        </ul>,
      )}

      {section(
        'children',
        <>
          <p>{say('children.rule')}</p>
          <Details
            rows={[
              [say('children.minors', { year: String(record.year) }), number(children.minors)],
              [say('children.guardian'), number(children.guardianConsents)],
              [say('children.noConsent'), number(children.noConsent)],
              [say('children.unknown'), number(children.unknownBirthYear)],
            ]}
          />
        </>,
      )}

      {section(
        'impact',
        record.highRisk.length === 0 ? (
          <p>{say('impact.none')}</p>
        ) : (
          <>
            <p>{say('impact.needed')}</p>
            <ul>
              {record.highRisk.map((risk) => (
                <li key={risk}>{say(`impact.${risk}`)}</li>
              ))}
            </ul>
          </>
        ),
      )}
    </article>
  )
}

/** A table's personal fields held back, each group with when it travels. */
function Withheld({
  table,
  say,
  fields,
}: {
  table: TravellingTable
  say: (key: string, params?: Params) => string
  fields: (columns: string[]) => string
}) {
  if (table.withheld.length === 0) return say('recipients.nothingWithheld')
  const conditions = (when: ReleaseCondition) =>
    [
      ...(when.purposes.length > 0
        ? [
            say('recipients.conditionPurposes', {
              purposes: when.purposes
                .map((purpose) => say(`recipients.purpose.${purpose}`))
                .join(say('recipients.and')),
            }),
          ]
        : []),
      ...(when.consentFlag ? [say('recipients.conditionConsentFlag')] : []),
      ...(when.notRestricted ? [say('recipients.conditionNotRestricted')] : []),
      ...(when.notErased ? [say('recipients.conditionNotErased')] : []),
    ].join(say('recipients.and'))
  return (
    <ul className="processing-record__withheld">
      {table.withheld.map((group) => (
        <li key={group.columns.join()}>
          {group.when.never
            ? say('recipients.never', { fields: fields(group.columns) })
            : say('recipients.when', { fields: fields(group.columns), conditions: conditions(group.when) })}
        </li>
      ))}
    </ul>
  )
}
