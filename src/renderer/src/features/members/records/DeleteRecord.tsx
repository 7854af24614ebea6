import { useRef, useState } from 'react'
import type { RecordKind } from '@shared/members'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ModalDialog } from '@renderer/ui/ModalDialog'
import { membersHref } from '../routes'
import { go } from '@renderer/ui/form-helpers'
import { useRecords } from './store'

interface Props {
  kind: RecordKind
  id: string
  name: string
  /**
   * An OMS's people as its page lists them: main refuses to delete an OMS anyone is still recorded
   * in, so the question is not asked then; `show` brings the page's list of them into view.
   */
  people?: { count: number; show(): void }
}

/**
 * "Hapus OMS" / "Hapus orang", asked once more in a dialog that says what follows. Done, it leaves
 * for the directory, where the undo waits. An OMS with people gets, instead of the question, what
 * to do first. Refused all the same (people arrived since the page loaded), the page's alert gives
 * main's reason and focus is back on this button.
 */
export function DeleteRecord({ kind, id, name, people }: Props) {
  const t = useText()
  const { busy, deleteRecord } = useRecords()
  const [asking, setAsking] = useState(false)

  async function confirm() {
    if (busy) return
    if (await deleteRecord(kind, id))
      return go(membersHref({ view: 'directory', tab: kind === 'organisation' ? 'organisations' : 'people' }))
    setAsking(false)
  }

  const blocked = people !== undefined && people.count > 0
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setAsking(true)}>
        {t(`records.delete.action.${kind}`)}
      </button>
      {asking && blocked && (
        <BlockedDialog
          name={name}
          count={people.count}
          onClose={() => setAsking(false)}
          onShowPeople={() => {
            setAsking(false)
            people.show()
          }}
        />
      )}
      {asking && !blocked && (
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
            <li>
              {t('records.delete.undoable')} {t('records.delete.trash')}
            </li>
            <li>{t('records.delete.travels')}</li>
          </ul>
          {/* Both say "hapus": a person asking for erasure must not get a delete that keeps everything. */}
          {kind === 'person' && (
            <p className="notice">
              <strong>{t('records.delete.notErasureTitle')}</strong> {t('records.delete.notErasure')}
            </p>
          )}
        </ConfirmDialog>
      )}
    </>
  )
}

interface BlockedProps {
  name: string
  count: number
  onClose(): void
  onShowPeople(): void
}

/**
 * Why an OMS cannot be deleted yet and the way forward, before anything is tried. Modal like the
 * question it replaces (Escape closes it, focus returns to the delete button), except that showing
 * the people hands focus to their list instead.
 */
function BlockedDialog({ name, count, onClose, onShowPeople }: BlockedProps) {
  const t = useText()
  const showRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(true)
  return (
    <ModalDialog
      title={t('records.delete.blocked.title', { name })}
      initialFocus={showRef}
      onDismiss={onClose}
      returnsFocus={() => returnFocus.current}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('records.delete.blocked.close')}
          </button>
          <button
            ref={showRef}
            type="button"
            className="button button--primary"
            onClick={(event) => {
              // Closed first: the page behind a modal dialog is inert and would not take focus.
              returnFocus.current = false
              event.currentTarget.closest('dialog')?.close()
              onShowPeople()
            }}
          >
            {t('records.delete.blocked.people')}
          </button>
        </>
      }
    >
      <p>{t('records.delete.blocked.reason', { count })}</p>
      <p>{t('records.delete.blocked.way')}</p>
    </ModalDialog>
  )
}
