import { useRef, useState } from 'react'
import type { AttendancePreview, SessionDetail } from '@shared/cop'
import type { ErrorPayload } from '@shared/errors'
import { formatDay } from '@shared/format'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { useLanguage } from '@renderer/features/language/store'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { Field } from '@renderer/ui/Field'
import { useNews } from '@renderer/ui/news'
import { copCalls, useSession } from '../store'
import { PreviewTable } from './PreviewTable'

interface Opened {
  fileName: string
  contentBase64: string
  preview: AttendancePreview
}

/** The file's bytes as base64, for main to parse: the renderer never reads what is in it. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/**
 * Attendance from a meeting platform's participant report: main reads and matches it, the user
 * settles the rows it could not match and what becomes of the registered who are not in it, and
 * one import writes it all.
 */
export function AttendanceImport({ session }: { session: SessionDetail }) {
  const t = useText()
  const { say, shown } = useNews()
  const language = useLanguage((state) => state.language)
  const fileRef = useRef<HTMLInputElement>(null)
  const [opened, setOpened] = useState<Opened | null>(null)
  const [chosen, setChosen] = useState<Record<number, string | null>>({})
  const [markMissingAbsent, setMarkMissingAbsent] = useState(true)
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [busy, setBusy] = useState(false)

  async function open(file: File | undefined) {
    setOpened(null)
    setError(null)
    if (!file) return
    setBusy(true)
    const input = { sessionId: session.id, fileName: file.name, contentBase64: await base64Of(file) }
    const result = await copCalls.previewAttendance(input)
    setBusy(false)
    if (!result.ok) return setError(result.error)
    setChosen({})
    setOpened({ ...input, preview: result.value })
  }

  async function commit() {
    if (!opened || busy) return
    setBusy(true)
    const result = await copCalls.commitAttendance({
      sessionId: session.id,
      fileName: opened.fileName,
      contentBase64: opened.contentBase64,
      resolutions: Object.entries(chosen).map(([entry, personId]) => ({ entry: Number(entry), personId })),
      markMissingAbsent,
    })
    setBusy(false)
    if (!result.ok) return setError(result.error)
    await useSession.getState().load(session.id)
    setOpened(null)
    if (fileRef.current) fileRef.current.value = ''
    const { updated, registered, markedAbsent, skipped } = result.value
    say({ done: t('cop.attendance.done', { updated, registered, absent: markedAbsent, skipped }) })
  }

  const otherDay =
    opened !== null &&
    opened.preview.meetingDays.length > 0 &&
    !opened.preview.meetingDays.some((day) => opened.preview.sessionDays.includes(day))
  // Those the user has matched by hand are in the file after all.
  const missing = opened
    ? opened.preview.missing.filter(
        (m) =>
          !Object.values(chosen).includes(session.participants.find((p) => p.id === m.participantId)?.personId ?? ''),
      )
    : []
  const unresolved = opened
    ? opened.preview.rows.filter((row) => row.personId === null && chosen[row.entry] === undefined).length
    : 0
  return (
    <section className="cop-section" aria-labelledby="cop-attendance-title">
      <h2 id="cop-attendance-title">{t('cop.attendance.title')}</h2>
      <p className="hint">{t('cop.attendance.hint')}</p>
      {shown}
      <ErrorAlert error={error} />
      <Field label={t('cop.attendance.file')} hint={busy ? t('cop.attendance.reading') : undefined}>
        {(control) => (
          <input
            {...control}
            ref={fileRef}
            name="attendanceFile"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => void open(event.target.files?.[0])}
          />
        )}
      </Field>
      {opened && (
        <>
          {opened.preview.meetingTitle && <p>{t('cop.attendance.meeting', { title: opened.preview.meetingTitle })}</p>}
          {otherDay && (
            <p className="alert" role="alert">
              {t('cop.attendance.otherDay', {
                fileDays: opened.preview.meetingDays.map((d) => formatDay(d, language)).join(', '),
                sessionDays: opened.preview.sessionDays.map((d) => formatDay(d, language)).join(', '),
              })}
            </p>
          )}
          <p role="status">
            {t('cop.attendance.summary', {
              source: t(`cop.attendance.source.${opened.preview.source}`),
              count: opened.preview.rows.length,
              threshold: opened.preview.thresholdMinutes,
            })}
          </p>
          <PreviewTable
            rows={opened.preview.rows}
            participants={session.participants}
            chosen={chosen}
            onChoose={(entry, personId) => setChosen({ ...chosen, [entry]: personId })}
          />
          {unresolved > 0 && <p className="notice">{countedText(t, 'cop.attendance.unmatched_other', unresolved)}</p>}
          {missing.length > 0 && (
            <>
              <p>{t('cop.attendance.missing', { names: missing.map((m) => m.name).join(', ') })}</p>
              <label className="records-check">
                <input
                  type="checkbox"
                  checked={markMissingAbsent}
                  onChange={(event) => setMarkMissingAbsent(event.target.checked)}
                />
                {t('cop.attendance.markMissingAbsent')}
              </label>
            </>
          )}
          <div className="form-actions">
            <button type="button" className="button button--primary" aria-busy={busy} onClick={() => void commit()}>
              {t('cop.attendance.commit')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpened(null)
                if (fileRef.current) fileRef.current.value = ''
              }}
            >
              {t('cop.attendance.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
