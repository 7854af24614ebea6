/** The record of processing activities and retention, as sections of the Privasi screen. */
export { ProcessingRecordSection } from './ProcessingRecordSection'
export { RetentionSection } from './RetentionSection'
