import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { SessionDetail } from '@shared/cop'
import type { ErrorPayload, Result } from '@shared/errors'
import { invoke } from '@renderer/api'
import type { LookupOption } from '@renderer/ui/Lookup'

export const copCalls = {
  listSessions: (input: InputOf<'cop:listSessions'>) => invoke('cop:listSessions', input),
  getSession: (id: string) => invoke('cop:getSession', { id }),
  saveSession: (input: InputOf<'cop:createSession'>, id: string | null) =>
    id === null ? invoke('cop:createSession', input) : invoke('cop:updateSession', { ...input, id }),
  deleteSession: (id: string) => invoke('cop:deleteSession', { id }),
  listSeries: () => invoke('cop:listSeries'),
  createSeries: (input: InputOf<'cop:createSeries'>) => invoke('cop:createSeries', input),
  previewAttendance: (input: InputOf<'cop:attendancePreview'>) => invoke('cop:attendancePreview', input),
  commitAttendance: (input: InputOf<'cop:attendanceCommit'>) => invoke('cop:attendanceCommit', input),
  issueCertificates: (input: InputOf<'cop:issueCertificates'>) => invoke('cop:issueCertificates', input),
  printCertificate: (certificateId: string) => invoke('cop:printCertificate', { certificateId }),
  certificate: (id: string) => invoke('cop:certificate', { id }),
  verifyCertificate: (code: string) => invoke('cop:verifyCertificate', { code }),
  graduate: (participantId: string) => invoke('cop:graduate', { participantId }),
  trainers: () => invoke('cop:trainers'),
  revokeTrainer: (id: string) => invoke('cop:revokeTrainer', { id }),
  cascade: (rootSessionId: string | null) => invoke('cop:cascade', { rootSessionId }),
  trainerView: (personId: string) => invoke('cop:trainerView', { personId }),
  indicators: (input: InputOf<'cop:indicators'>) => invoke('cop:indicators', input),
}

/** People of the directory for a type-to-find list, each with their OMS. */
export async function findOrganisations(query: string): Promise<LookupOption[]> {
  const result = await invoke('members:listOrganisations', { query, limit: 8 })
  return result.ok ? result.value.rows.map((row) => ({ id: row.id, label: row.name, detail: row.regencyName })) : []
}

/** The session on its page; each change made there answers with the session as it now stands. */
interface SessionState {
  session: SessionDetail | null
  error: ErrorPayload | null
  load(id: string): Promise<void>
  /** Runs a change; on success the session shown becomes its answer. The refusal, if any, is returned. */
  change(call: () => Promise<Result<SessionDetail>>): Promise<ErrorPayload | null>
}

export const useSession = create<SessionState>()((set) => ({
  session: null,
  error: null,
  async load(id) {
    const result = await copCalls.getSession(id)
    set(result.ok ? { session: result.value, error: null } : { session: null, error: result.error })
  },
  async change(call) {
    const result = await call()
    if (!result.ok) return result.error
    set({ session: result.value, error: null })
    return null
  },
}))
