import { useState } from 'react'
import { formatRupiah } from '@shared/format'
import type { InitiativeDetail, Need } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { useNews } from '@renderer/ui/news'
import { RowActions } from './InlineForm'
import { NeedForm } from './NeedForm'
import { percentOf, progressText, targetText } from './need-text'
import { useInitiativePage } from './store'

/** A bar read out by its name and its words ("Rp 1.250.000 dari Rp 5.000.000 (25%)"), capped at full. */
function ProgressBar({ label, ratio, text }: { label: string; ratio: number; text: string }) {
  return (
    <div className="initiative-progress">
      <progress max={100} value={Math.min(percentOf(ratio), 100)} aria-label={label} aria-valuetext={text} />
      <span>{text}</span>
    </div>
  )
}

type Editing = { need: Need | null } | null

/** Kebutuhan: each need's target in its own measure and its progress, counted by main from fulfilments. */
export function NeedsSection({ initiative }: { initiative: InitiativeDetail }) {
  const t = useText()
  const { busy, deleteNeed } = useInitiativePage()
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<Need | null>(null)
  const [cancelled, setCancelled] = useState(false)
  const { say, shown } = useNews()
  const { progress } = initiative

  async function remove() {
    if (!deleting || busy) return
    const refusal = await deleteNeed(deleting.id)
    say(refusal ? { refusal } : { done: t('initiativePage.needs.deleted', { description: deleting.description }) })
    setDeleting(null)
  }

  return (
    <section className="card" aria-labelledby="initiative-needs-title">
      <h2 id="initiative-needs-title">{t('initiativePage.needs.title')}</h2>
      {progress.ratio !== null && (
        <>
          <h3>{t('initiativePage.needs.overall')}</h3>
          <ProgressBar
            label={t('initiativePage.needs.overall')}
            ratio={progress.ratio}
            text={[
              t('initiativePage.needs.overallText', {
                met: progress.metCount,
                count: progress.needCount,
                percent: percentOf(progress.ratio),
              }),
              progress.rupiahTarget > 0 &&
                t('initiativePage.needs.progressText', {
                  received: formatRupiah(progress.rupiahReceived),
                  target: formatRupiah(progress.rupiahTarget),
                  percent: percentOf(progress.rupiahReceived / progress.rupiahTarget),
                }),
            ]
              .filter(Boolean)
              .join('; ')}
          />
        </>
      )}
      {initiative.needs.length === 0 ? (
        <p className="muted">{t('initiativePage.needs.empty')}</p>
      ) : (
        <table className="initiative-needs">
          <thead>
            <tr>
              <th scope="col">{t('initiativePage.needs.form')}</th>
              <th scope="col">{t('initiativePage.needForm.description')}</th>
              <th scope="col">{t('initiativePage.needs.target')}</th>
              <th scope="col">{t('initiativePage.needs.progress')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {initiative.needs.map((need) => (
              <tr key={need.id}>
                <td>{t(`supportForm.${need.form}`)}</td>
                <th scope="row">{need.description}</th>
                <td>{targetText(need, t)}</td>
                <td>
                  <ProgressBar
                    label={t('initiativePage.needs.progressOf', { description: need.description })}
                    ratio={need.progress.ratio}
                    text={progressText(need, t)}
                  />
                </td>
                <RowActions
                  name={{
                    edit: t('initiativePage.needs.editOf', { description: need.description }),
                    delete: t('initiativePage.needs.deleteOf', { description: need.description }),
                  }}
                  onEdit={() => {
                    say(null)
                    setEditing({ need })
                  }}
                  onDelete={() => {
                    say(null)
                    setDeleting(need)
                  }}
                />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown}
      {editing ? (
        <NeedForm
          key={editing.need?.id ?? 'new'}
          need={editing.need}
          onDone={(description) => {
            setEditing(null)
            setCancelled(description === null)
            if (description !== null) say({ done: t('initiativePage.needs.saved', { description }) })
          }}
        />
      ) : (
        <button
          type="button"
          className="button"
          // Back from a cancelled form (only then), focus returns here rather than to the page top.
          autoFocus={cancelled}
          onClick={() => {
            say(null)
            setEditing({ need: null })
          }}
        >
          {t('initiativePage.needs.add')}
        </button>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('initiativePage.needs.deleteTitle', { description: deleting.description })}
          confirmLabel={t('initiativePage.needs.delete')}
          cancelLabel={t('initiativePage.cancel')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('initiativePage.needs.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
