import { useState } from 'react'
import type { RecordKind } from '../../../../../shared/members'
import { useText } from '../../../i18n'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { membersHref } from '../routes'
import { go } from './helpers'
import { useRecords } from './store'

/**
 * "Hapus OMS" / "Hapus orang", asked once more in a dialog that says what follows. Done, it leaves
 * for the directory, where the undo waits; refused (an OMS that still has people), the page's alert
 * gives main's reason and focus is back on this button.
 */
export function DeleteRecord({ kind, id, name }: { kind: RecordKind; id: string; name: string }) {
  const t = useText()
  const { busy, deleteRecord } = useRecords()
  const [asking, setAsking] = useState(false)

  async function confirm() {
    if (busy) return
    if (await deleteRecord(kind, id))
      return go(membersHref({ view: 'directory', tab: kind === 'organisation' ? 'organisations' : 'people' }))
    setAsking(false)
  }

  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setAsking(true)}>
        {t(`records.delete.action.${kind}`)}
      </button>
      {asking && (
        <ConfirmDialog
          title={t(`records.delete.title.${kind}`, { name })}
          confirmLabel={t('records.delete.confirm')}
          cancelLabel={t('records.cancel')}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <ul>
            <li>{t('records.delete.leaves')}</li>
            <li>{t('records.delete.undoable')}</li>
            <li>{t('records.delete.travels')}</li>
          </ul>
        </ConfirmDialog>
      )}
    </>
  )
}
