import { useText } from '../../../i18n'
import { membersHref } from '../routes'
import { OrganisationSearch } from './OrganisationSearch'

/** "Merge with…": find the other organisation by name, then compare the two side by side. */
export function MergeEntry({ survivorId }: { survivorId: string }) {
  const t = useText()
  return (
    <section className="card" aria-labelledby="records-merge-entry-title">
      <h2 id="records-merge-entry-title">{t('records.merge.entryTitle')}</h2>
      <p className="records-muted">{t('records.merge.entryHint')}</p>
      <OrganisationSearch
        label={t('records.merge.search')}
        excludeId={survivorId}
        action={(row) => (
          <a href={membersHref({ view: 'merge', kind: 'organisation', survivorId, mergedId: row.id })}>
            {t('records.merge.with', { name: row.name })}
          </a>
        )}
      />
    </section>
  )
}
