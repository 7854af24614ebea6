import type { RecordKind } from '@shared/members'
import { useText } from '@renderer/i18n'
import { membersHref } from '../routes'
import { RecordSearch } from './RecordSearch'

/** "Merge with…": find the other record by name, then compare the two side by side. */
export function MergeEntry({ kind, survivorId }: { kind: RecordKind; survivorId: string }) {
  const t = useText()
  return (
    <section className="card" aria-labelledby="records-merge-entry-title">
      <h2 id="records-merge-entry-title">{t('records.merge.entryTitle')}</h2>
      <p className="records-muted">{t(`records.merge.entryHint.${kind}`)}</p>
      <RecordSearch
        kind={kind}
        label={t(`records.merge.search.${kind}`)}
        excludeId={survivorId}
        action={(hit) => (
          <a href={membersHref({ view: 'merge', kind, survivorId, mergedId: hit.id })}>
            {t('records.merge.with', { name: hit.name })}
          </a>
        )}
      />
    </section>
  )
}
