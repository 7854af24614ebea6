import type { RecordKind } from '@shared/reports'
import { copHref } from '../cop/routes'
import { galangDayaHref } from '../galang-daya/routes'
import { initiativesHref } from '../initiatives/routes'
import { membersHref } from '../members/routes'

/** Where a record behind a number lives in the app; a participant and a receipt open their session and pledge. */
export function recordHref(kind: RecordKind, id: string): string {
  switch (kind) {
    case 'organisation':
      return membersHref({ view: 'organisation', id })
    case 'person':
      return membersHref({ view: 'person', id })
    case 'session':
    case 'participant':
      return copHref({ view: 'session', id })
    case 'initiative':
      return initiativesHref({ view: 'initiative', id })
    case 'pledge':
    case 'fulfilment':
      return galangDayaHref({ view: 'pledge', id })
    case 'supporter':
      return galangDayaHref({ view: 'supporter', id })
  }
}
