import './catalog'
import './privacy-records.css'
import { useEffect } from 'react'
import { useText } from '@renderer/i18n'
import { usePrintReady } from '../print/ready'
import { ProcessingRecordSheet } from './ProcessingRecordSheet'
import { usePrivacyRecords } from './store'

/** #/print/processing-record: the record drawn alone on A4, printed by main; ready once it is on the page. */
export default function ProcessingRecordPrint() {
  const t = useText()
  const record = usePrivacyRecords((state) => state.record)
  const error = usePrivacyRecords((state) => state.recordError)
  const load = usePrivacyRecords((state) => state.loadRecord)
  useEffect(() => void load(), [load])
  usePrintReady(record !== null, error !== null)
  if (error)
    return (
      <p role="alert" className="alert">
        {t('privacyRecords.record.unreadable', { message: error.message })}
      </p>
    )
  return record && <ProcessingRecordSheet record={record} level={1} />
}
