import { useEffect, useRef } from 'react'
import { isContactField, type ImportOpened } from '@shared/members'
import { useText } from '@renderer/i18n'
import { fieldLabel } from './fields'
import { useImport } from './store'

/**
 * Required fields no column fills yet, of the record and, once any contact column is mapped, of
 * its contact person; an OMS named by ID counts as named.
 */
function missingFields(opened: ImportOpened, mapping: (string | null)[], group: 'record' | 'contact'): string[] {
  const mapped = new Set(mapping)
  if (mapped.has('organisationId')) mapped.add('organisation')
  if (group === 'contact' && !mapping.some(isContactField)) return []
  return opened.fields
    .filter((field) => field.group === group && field.required && !mapped.has(field.name))
    .map((field) => field.name)
}

export function MappingStep({ opened }: { opened: ImportOpened }) {
  const t = useText()
  const { kind, fileName, mapping, busy, mapColumn, check } = useImport()
  const missing = missingFields(opened, mapping, 'record')
  const missingContact = missingFields(opened, mapping, 'contact')
  const groups = (['record', 'contact'] as const)
    .map((group) => ({ group, fields: opened.fields.filter((field) => field.group === group) }))
    .filter(({ fields }) => fields.length > 0)
  const names = (fields: string[]) => fields.map((field) => fieldLabel(t, kind, field)).join(', ')
  // A file just read replaces the file step: focus, and a screen reader, land on what comes next.
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [opened])
  return (
    <section className="import-step" aria-labelledby="import-map-title">
      <h2 id="import-map-title" ref={headingRef} tabIndex={-1}>
        {t('memberImport.map.title')}
      </h2>
      <p>{t('memberImport.map.intro', { file: fileName ?? '', count: opened.rowCount })}</p>
      <p className="hint">{t(opened.mappingRemembered ? 'memberImport.map.remembered' : 'memberImport.map.guessed')}</p>
      {groups.length > 1 && <p className="hint">{t('memberImport.map.contactHint')}</p>}
      <div className="import-table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{t('memberImport.map.column')}</th>
              <th scope="col">{t('memberImport.map.field')}</th>
              <th scope="col">{t('memberImport.map.samples')}</th>
            </tr>
          </thead>
          <tbody>
            {opened.headers.map((header, index) => (
              <tr key={header}>
                <th scope="row">{header}</th>
                <td>
                  <select
                    aria-label={`${t('memberImport.map.field')}: ${header}`}
                    value={mapping[index] ?? ''}
                    onChange={(event) => mapColumn(index, event.target.value || null)}
                  >
                    <option value="">{t('memberImport.map.ignore')}</option>
                    {groups.map(({ group, fields }) => (
                      <optgroup key={group} label={t(`memberImport.map.groups.${group === 'record' ? kind : group}`)}>
                        {fields.map((field) => (
                          <option key={field.name} value={field.name}>
                            {fieldLabel(t, kind, field.name)}
                            {field.required ? ` ${t('memberImport.map.required')}` : ''}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </td>
                <td className="import-samples">
                  {opened.sampleRows
                    .map((row) => row[index] ?? '')
                    .filter(Boolean)
                    .slice(0, 3)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missing.length > 0 && <p className="field-error">{t('memberImport.map.missing', { fields: names(missing) })}</p>}
      {missingContact.length > 0 && (
        <p className="field-error">{t('memberImport.map.missingContact', { fields: names(missingContact) })}</p>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={busy !== null || missing.length > 0 || missingContact.length > 0}
        onClick={() => void check()}
      >
        {t('memberImport.map.check')}
      </button>
    </section>
  )
}
