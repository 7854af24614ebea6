import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { ErrorPayload, Result } from '@shared/errors'
import type { PledgeDetail } from '@shared/pledges'
import { invoke } from '@renderer/api'
import type { LookupOption } from '@renderer/ui/Lookup'

const LOOKUP_SIZE = 8

export async function findSupporters(search: string): Promise<LookupOption[]> {
  const result = await invoke('supporters:list', { search, limit: LOOKUP_SIZE })
  return result.ok
    ? result.value.rows.map((row) => ({ id: row.id, label: row.name, detail: row.regencyName ?? undefined }))
    : []
}

export async function findInitiatives(query: string, cancelledLabel: string): Promise<LookupOption[]> {
  const result = await invoke('initiatives:list', { query, limit: LOOKUP_SIZE })
  if (!result.ok) return []
  return result.value.rows.map((row) => ({
    id: row.id,
    label: row.title,
    detail: row.status === 'cancelled' ? `${row.regencyName}, ${cancelledLabel}` : row.regencyName,
  }))
}

export const loadInitiative = (id: string) => invoke('initiatives:get', { id })
export const loadSupporter = (id: string) => invoke('supporters:get', { id })
export const loadPledgeDetail = (id: string) => invoke('pledges:get', { id })
export const listPledges = (filter: InputOf<'pledges:list'>) => invoke('pledges:list', filter)
export const listOverdue = () => invoke('pledges:overdue')

export const savePledge = (input: InputOf<'pledges:create'>, id: string | null) =>
  id === null ? invoke('pledges:create', input) : invoke('pledges:update', { ...input, id })

export const feeRates = {
  list: () => invoke('pledges:feeRates'),
  save: (input: InputOf<'pledges:createFeeRate'>, id: string | null) =>
    id === null ? invoke('pledges:createFeeRate', input) : invoke('pledges:updateFeeRate', { ...input, id }),
  remove: (id: string) => invoke('pledges:deleteFeeRate', { id }),
  totals: (input: InputOf<'pledges:totals'>) => invoke('pledges:totals', input),
}

/** The pledge on its page; each change made there answers with the pledge as it now stands. */
interface PledgeState {
  pledge: PledgeDetail | null
  error: ErrorPayload | null
  load(id: string): Promise<void>
  /** Runs a change; on success the pledge shown becomes its answer. The refusal, if any, is returned. */
  change(call: () => Promise<Result<PledgeDetail>>): Promise<ErrorPayload | null>
}

export const usePledge = create<PledgeState>()((set) => ({
  pledge: null,
  error: null,
  async load(id) {
    const result = await loadPledgeDetail(id)
    set(result.ok ? { pledge: result.value, error: null } : { pledge: null, error: result.error })
  },
  async change(call) {
    const result = await call()
    if (!result.ok) return result.error
    set({ pledge: result.value, error: null })
    return null
  },
}))

export const fulfilmentCalls = {
  create: (input: InputOf<'pledges:createFulfilment'>) => invoke('pledges:createFulfilment', input),
  update: (input: InputOf<'pledges:updateFulfilment'>) => invoke('pledges:updateFulfilment', input),
  remove: (id: string) => invoke('pledges:deleteFulfilment', { id }),
  cancel: (id: string, reason: string) => invoke('pledges:cancel', { id, reason }),
}
export const deletePledge = (id: string) => invoke('pledges:delete', { id })
