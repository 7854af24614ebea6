/** The record of processing activities and retention, as sections of the Privasi screen. */
export { MissingContact } from './MissingContact'
export { ProcessingRecordSection } from './ProcessingRecordSection'
export { RetentionSection } from './RetentionSection'
