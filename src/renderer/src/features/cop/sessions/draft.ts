import type { InputOf } from '@shared/contract'
import type { SessionDetail, SessionFormat } from '@shared/cop'
import type { LookupOption } from '@renderer/ui/Lookup'

/** The session form as typed: dates and times apart, numbers as text, people and OMS as chosen. */
export interface SessionDraft {
  title: string
  aspect: string
  format: SessionFormat | ''
  moduleReference: string
  startDay: string
  startTime: string
  endDay: string
  endTime: string
  venue: string
  meetingLink: string
  capacity: string
  organiser: LookupOption | null
  facilitators: LookupOption[]
  notes: string
  seriesId: string
  seriesPart: string
  thresholdMinutes: string
  passScore: string
}

export const newSessionDraft = (today: string): SessionDraft => ({
  title: '',
  aspect: '',
  format: '',
  moduleReference: '',
  startDay: today,
  startTime: '09.00',
  endDay: today,
  endTime: '12.00',
  venue: '',
  meetingLink: '',
  capacity: '',
  organiser: null,
  facilitators: [],
  notes: '',
  seriesId: '',
  seriesPart: '',
  thresholdMinutes: '',
  passScore: '70',
})

const shownTime = (local: string) => local.slice(11, 16).replace(':', '.')

export function sessionDraftOf(session: SessionDetail): SessionDraft {
  const text = (value: number | null) => (value === null ? '' : String(value))
  return {
    title: session.title,
    aspect: session.aspect,
    format: session.format,
    moduleReference: session.moduleReference ?? '',
    startDay: session.localStartsAt.slice(0, 10),
    startTime: shownTime(session.localStartsAt),
    endDay: session.localEndsAt.slice(0, 10),
    endTime: shownTime(session.localEndsAt),
    venue: session.venue ?? '',
    meetingLink: session.meetingLink ?? '',
    capacity: text(session.capacity),
    organiser:
      session.organiserOrganisationId && session.organiserName
        ? { id: session.organiserOrganisationId, label: session.organiserName }
        : null,
    facilitators: session.facilitators.map((f) => ({ id: f.personId, label: f.name })),
    notes: session.notes ?? '',
    seriesId: session.seriesId ?? '',
    seriesPart: text(session.seriesPart),
    thresholdMinutes: text(session.thresholdMinutes),
    passScore: String(session.passScore),
  }
}

/** "9.00", "09:00" or "0900" → "09:00"; anything else stays as typed, for main to refuse. */
export function timeOf(typed: string): string {
  const match = /^(\d{1,2})[.:]?(\d{2})$/.exec(typed.trim())
  return match ? `${match[1]?.padStart(2, '0')}:${match[2]}` : typed.trim()
}

/** Whole numbers as typed ("1.000" reads as 1000); empty is none; other text stays for main to refuse. */
export function countOf(typed: string): number | null {
  const plain = typed.trim().replace(/\./g, '')
  if (plain === '') return null
  return /^\d+$/.test(plain) ? Number(plain) : Number.NaN
}

export function sessionInputOf(draft: SessionDraft): InputOf<'cop:createSession'> {
  return {
    title: draft.title,
    aspect: draft.aspect,
    format: draft.format as SessionFormat,
    moduleReference: draft.moduleReference,
    startsAt: `${draft.startDay}T${timeOf(draft.startTime)}`,
    endsAt: `${draft.endDay}T${timeOf(draft.endTime)}`,
    venue: draft.venue,
    meetingLink: draft.meetingLink,
    capacity: countOf(draft.capacity),
    organiserOrganisationId: draft.organiser?.id ?? null,
    facilitatorIds: draft.facilitators.map((f) => f.id),
    notes: draft.notes,
    seriesId: draft.seriesId === '' ? null : draft.seriesId,
    seriesPart: countOf(draft.seriesPart),
    thresholdMinutes: countOf(draft.thresholdMinutes),
    passScore: countOf(draft.passScore) ?? Number.NaN,
  }
}
