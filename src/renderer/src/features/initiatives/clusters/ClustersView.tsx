import '../page/catalog'
import '../page/page.css'
import { useEffect, useState } from 'react'
import type { IssueCluster } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useHub } from '@renderer/features/hub/store'
import { RowActions } from '../page/InlineForm'
import { useNews } from '@renderer/ui/news'
import { ViewHeading } from '../page/ViewHeading'
import { ClusterForm } from './ClusterForm'
import { useClusters } from './store'

/**
 * Isu payung. The national team defines them; a provincial hub receives them in national bundles
 * and tags its initiatives with them, so here it only sees the list (main refuses it changes).
 */
export function ClustersView() {
  const t = useText()
  const national = useHub((state) => state.status?.setUp === true && state.status.identity.role === 'national')
  const { clusters, error, busy, load, remove } = useClusters()
  const [editing, setEditing] = useState<{ cluster: IssueCluster | null } | null>(null)
  const [deleting, setDeleting] = useState<IssueCluster | null>(null)
  const { say, shown } = useNews()
  useEffect(() => void load(), [load])

  async function confirmDelete() {
    if (!deleting || busy) return
    const refusal = await remove(deleting.id)
    const done = t('initiativeClusters.deleted', { name: deleting.name })
    setDeleting(null)
    say(refusal ? { refusal } : { done })
  }

  const open = (cluster: IssueCluster | null) => {
    say(null)
    setEditing({ cluster })
  }

  return (
    <>
      <ViewHeading>{t('initiativeClusters.title')}</ViewHeading>
      <p className="lead">{t('initiativeClusters.intro')}</p>
      {!national && <p className="notice">{t('initiativeClusters.hubNote')}</p>}
      <ErrorAlert error={error} />
      {clusters?.length === 0 && <p className="muted">{t('initiativeClusters.empty')}</p>}
      {clusters && clusters.length > 0 && (
        <table className="initiative-needs">
          <thead>
            <tr>
              <th scope="col">{t('initiativeClusters.form.name')}</th>
              <th scope="col">{t('initiativeClusters.form.description')}</th>
              <th scope="col">{t('initiativeClusters.sdgs')}</th>
              {national && <td />}
            </tr>
          </thead>
          <tbody>
            {clusters.map((cluster) => (
              <tr key={cluster.id}>
                <th scope="row">{cluster.name}</th>
                <td>{cluster.description}</td>
                <td>{cluster.sdgs.map((number) => t('initiativeClusters.sdg', { number })).join(', ')}</td>
                {national && (
                  <RowActions
                    name={{
                      edit: t('initiativeClusters.editOf', { name: cluster.name }),
                      delete: t('initiativeClusters.deleteOf', { name: cluster.name }),
                    }}
                    onEdit={() => open(cluster)}
                    onDelete={() => {
                      say(null)
                      setDeleting(cluster)
                    }}
                  />
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown}
      {national &&
        (editing ? (
          <ClusterForm
            key={editing.cluster?.id ?? 'new'}
            cluster={editing.cluster}
            onDone={(name) => {
              setEditing(null)
              if (name !== null) say({ done: t('initiativeClusters.saved', { name }) })
            }}
          />
        ) : (
          <button type="button" className="button button--primary" onClick={() => open(null)}>
            {t('initiativeClusters.add')}
          </button>
        ))}
      {deleting && (
        <ConfirmDialog
          title={t('initiativeClusters.deleteTitle', { name: deleting.name })}
          confirmLabel={t('initiativeClusters.delete')}
          cancelLabel={t('initiativePage.cancel')}
          busy={busy}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('initiativeClusters.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
