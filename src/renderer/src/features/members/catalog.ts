import { registerMessages } from '@renderer/i18n'
import { directoryEn, directoryId } from './directory/messages'
import { duplicatesEn, duplicatesId } from './duplicates/messages'
import { importEn, importId } from './import/messages'
import { memberFieldEn, memberFieldId } from './messages'
import { recordsEn, recordsId } from './records/messages'
import { trashEn, trashId } from './trash/messages'

const membersId = {
  directory: directoryId,
  records: recordsId,
  memberField: memberFieldId,
  memberImport: importId,
  memberDuplicates: duplicatesId,
  memberTrash: trashId,
}
type MembersMessages = typeof membersId

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the members' sections in
  interface FeatureMessages extends MembersMessages {}
}

// Imported first by MembersScreen, the lazily loaded entry: the texts arrive with the screen's code.
registerMessages({
  id: membersId,
  en: {
    directory: directoryEn,
    records: recordsEn,
    memberField: memberFieldEn,
    memberImport: importEn,
    memberDuplicates: duplicatesEn,
    memberTrash: trashEn,
  },
})
