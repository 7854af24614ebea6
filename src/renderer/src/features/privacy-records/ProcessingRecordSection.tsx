import './catalog'
import './privacy-records.css'
import { useEffect, useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { PrintedFile } from '@shared/printing'
import { useText } from '@renderer/i18n'
import { Announcement } from '@renderer/ui/Announcement'
import { MissingContact } from './MissingContact'
import { ProcessingRecordSheet } from './ProcessingRecordSheet'
import { printProcessingRecord, usePrivacyRecords } from './store'

/**
 * Privasi → Catatan pemrosesan: the record of processing activities as it stands, and a PDF of it.
 * It says something (a status, an alert) only when there is something to say: the screen it sits
 * on has its own notices, and an empty live region beside them would be one more to tell apart.
 */
export function ProcessingRecordSection() {
  const t = useText()
  const record = usePrivacyRecords((state) => state.record)
  const error = usePrivacyRecords((state) => state.recordError)
  const load = usePrivacyRecords((state) => state.loadRecord)
  const [printing, setPrinting] = useState(false)
  const [printed, setPrinted] = useState<PrintedFile | null>(null)
  const [refusal, setRefusal] = useState<ErrorPayload | null>(null)

  useEffect(() => {
    void load()
  }, [load])

  async function print() {
    if (printing) return
    setPrinting(true)
    setPrinted(null)
    setRefusal(null)
    const result = await printProcessingRecord()
    setPrinting(false)
    if (!result.ok) setRefusal(result.error)
    else setPrinted(result.value)
  }

  return (
    <section aria-labelledby="processing-record-title" className="card privacy-records">
      <h2 id="processing-record-title" tabIndex={-1}>
        {t('privacyRecords.record.title')}
      </h2>
      <p className="hint">{t('privacyRecords.record.lead')}</p>
      {record && (
        <MissingContact
          phone={record.controller.contactPhone}
          email={record.controller.contactEmail}
          document="record"
        />
      )}
      <div className="form-actions">
        <button type="button" className="button" aria-busy={printing} onClick={() => void print()}>
          {t('privacyRecords.record.print')}
        </button>
        {printing && <span role="status">{t('privacyRecords.record.printing')}</span>}
      </div>
      <Announcement
        refusal={refusal}
        done={
          printed &&
          t('privacyRecords.record.printed', {
            file: printed.file,
            size: Math.max(1, Math.round(printed.bytes / 1024)),
          })
        }
      />
      {error && (
        <p role="alert" className="alert">
          {t('privacyRecords.record.unreadable', { message: error.message })}
        </p>
      )}
      {record ? (
        <ProcessingRecordSheet record={record} level={3} />
      ) : (
        !error && <p className="hint">{t('privacyRecords.record.loading')}</p>
      )}
    </section>
  )
}
