import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { BackupRetention } from '@shared/backup'
import type { ErrorPayload } from '@shared/errors'
import type { Gender, PersonRole } from '@shared/members'
import { formatPhone } from '@shared/phone'
import type { ErasurePreview, PersonPrivacy } from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { ModalDialog } from '@renderer/ui/ModalDialog'
import { backupRetention, usePersonPrivacy } from './store'

interface Props {
  privacy: PersonPrivacy
  name: string
  onErased(): void
}

const removedFields = ['name', 'birthYear', 'phone', 'email', 'notes'] as const
type RemovedField = (typeof removedFields)[number]
const isRemovedField = (field: string): field is RemovedField => (removedFields as readonly string[]).includes(field)

/**
 * "Hapus data pribadi" (Pasal 43–44): main says first exactly what goes and what stays, and the
 * question shows it; only then is anything erased. There is no undo, so focus starts on Batal.
 */
export function Erasure({ privacy, name, onErased }: Props) {
  const t = useText()
  const { busy, previewErasure, erase } = usePersonPrivacy()
  const [preview, setPreview] = useState<ErasurePreview | null>(null)
  const [error, setError] = useState<ErrorPayload | null>(null)

  async function ask() {
    if (busy) return
    const outcome = await previewErasure(privacy.personId)
    setError(outcome.ok ? null : outcome.error)
    if (outcome.ok) setPreview(outcome.preview)
  }

  async function confirm() {
    if (busy || !preview) return
    const outcome = await erase(preview)
    if (outcome.ok) return onErased()
    setError(outcome.error)
    setPreview(null)
  }

  return (
    <>
      <h3>{t('personPrivacy.erasure.title')}</h3>
      <p className="hint">{t('personPrivacy.erasure.explain')}</p>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="button" className="button button--danger-outline" onClick={() => void ask()}>
          {t('personPrivacy.erasure.action')}
        </button>
      </div>
      {preview && (
        <ErasureDialog
          preview={preview}
          name={name}
          guardians={privacy.history.some((record) => record.guardianName !== null)}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setPreview(null)}
        />
      )}
    </>
  )
}

interface DialogProps {
  preview: ErasurePreview
  name: string
  /** Whether a parent's or guardian's name is in the consent records: it goes too. */
  guardians: boolean
  busy: boolean
  onConfirm(): void
  onCancel(): void
}

function ErasureDialog({ preview, name, guardians, busy, onConfirm, onCancel }: DialogProps) {
  const t = useText()
  const leadId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const [retention, setRetention] = useState<BackupRetention | null>(null)
  useEffect(() => {
    void backupRetention().then(setRetention)
  }, [])
  const shown = (field: string, value: string) => (field === 'phone' ? formatPhone(value) : value)
  // What goes besides the person's own fields: scans, names on certificates and in stories, guardians named.
  const also = [
    preview.consentScans > 0 && t('personPrivacy.erasure.scans', { count: preview.consentScans }),
    preview.certificates > 0 && t('personPrivacy.erasure.certificates', { count: preview.certificates }),
    preview.stories > 0 && t('personPrivacy.erasure.stories', { count: preview.stories }),
    guardians && t('personPrivacy.erasure.guardians'),
  ].filter((line): line is string => typeof line === 'string')
  return (
    <ModalDialog
      title={t('personPrivacy.erasure.dialogTitle', { name })}
      initialFocus={cancelRef}
      onDismiss={onCancel}
      wide={{ descriptionId: leadId }}
      actions={
        <>
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            {t('personPrivacy.erasure.cancel')}
          </button>
          <button type="button" className="button button--danger" aria-busy={busy} onClick={onConfirm}>
            {t('personPrivacy.erasure.confirm')}
          </button>
        </>
      }
    >
      <p id={leadId}>{t('personPrivacy.erasure.dialogLead')}</p>
      <div className="person-privacy__sides">
        <section aria-labelledby={`${leadId}-removes`}>
          <h3 id={`${leadId}-removes`}>{t('personPrivacy.erasure.removes')}</h3>
          <Details
            rows={preview.removes.map(({ field, value }): [string, ReactNode] => [
              isRemovedField(field) ? t(`personPrivacy.erasure.field.${field}`) : field,
              <span key={field} className="person-privacy__value">
                {shown(field, value)}
              </span>,
            ])}
          />
          {also.length > 0 && (
            <ul>
              {also.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`${leadId}-keeps`}>
          <h3 id={`${leadId}-keeps`}>{t('personPrivacy.erasure.keeps')}</h3>
          <KeptDetails preview={preview} />
        </section>
      </div>
      <section aria-labelledby={`${leadId}-after`} className="person-privacy__after">
        <h3 id={`${leadId}-after`}>{t('personPrivacy.erasure.alsoKept')}</h3>
        <ul>
          <li>{t('personPrivacy.erasure.requestsKept')}</li>
          <li>
            {retention
              ? t('personPrivacy.erasure.backups', { ...retention })
              : t('personPrivacy.erasure.backupsUnknown')}
          </li>
        </ul>
        <p>
          <strong>{t('personPrivacy.erasure.lostFileTitle')}</strong> {t('personPrivacy.erasure.lostFile')}
        </p>
      </section>
      <p>{t('personPrivacy.erasure.travels')}</p>
    </ModalDialog>
  )
}

/** What an erasure leaves for the indicators, as its preview listed it. */
function KeptDetails({ preview }: { preview: ErasurePreview }) {
  const t = useText()
  const { keeps } = preview
  const band = ['under16', 'young', 'over30'].includes(keeps.ageBand)
    ? (keeps.ageBand as 'under16' | 'young' | 'over30')
    : 'unknown'
  return (
    <Details
      rows={[
        [t('personPrivacy.erasure.gender'), t(`member.gender.${keeps.gender as Gender}`)],
        [t('personPrivacy.erasure.ageBand'), t(`personPrivacy.erasure.ageBands.${band}`)],
        [t('personPrivacy.erasure.role'), t(`member.role.${keeps.role as PersonRole}`)],
        [t('personPrivacy.erasure.organisation'), keeps.organisationName ?? t('personPrivacy.erasure.noOrganisation')],
        [
          t('personPrivacy.erasure.attendance'),
          t('personPrivacy.erasure.attendanceCount', { count: preview.attendance }),
        ],
        [t('personPrivacy.erasure.consentHistory'), t('personPrivacy.erasure.consentHistoryKept')],
      ]}
    />
  )
}

/** After the erasure, on the page: what stayed, as the question said it would. */
export function ErasureKept({ preview }: { preview: ErasurePreview }) {
  const t = useText()
  return (
    <>
      <h3>{t('personPrivacy.erasure.keeps')}</h3>
      <KeptDetails preview={preview} />
    </>
  )
}
