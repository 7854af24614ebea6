import { measureOf, type Need } from '@shared/initiatives'
import type { InputOf } from '@shared/contract'
import type { InstalmentInterval, Pledge, SupportForm } from '@shared/pledges'
import { parseTyped } from './numbers'
import type { LookupOption } from '@renderer/ui/Lookup'

/** The pledge form as typed: numbers stay text until saving, so "1.250.000" reads as typed. */
export interface PledgeDraft {
  supporter: LookupOption | null
  initiative: LookupOption | null
  needId: string
  form: SupportForm | ''
  rupiah: string
  quantity: string
  unit: string
  people: string
  hours: string
  description: string
  valuationRupiah: string
  pledgedOn: string
  schedule: 'single' | 'instalments'
  dueOn: string
  instalmentCount: string
  instalmentInterval: InstalmentInterval
  partnershipModel: string
  partnerType: string
  note: string
}

const blankTerms = {
  needId: '',
  form: '',
  rupiah: '',
  quantity: '',
  unit: '',
  people: '',
  hours: '',
  description: '',
  valuationRupiah: '',
  schedule: 'single',
  dueOn: '',
  instalmentCount: '2',
  instalmentInterval: 'monthly',
  partnershipModel: '',
  partnerType: '',
  note: '',
} as const

/** A new pledge, or the next one after "save and record another": who and for what stay. */
export const newDraft = (
  today: string,
  supporter: LookupOption | null,
  initiative: LookupOption | null,
): PledgeDraft => ({ ...blankTerms, supporter, initiative, pledgedOn: today })

const typed = (value: number | null) => (value === null ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.'))

export function draftOf(pledge: Pledge): PledgeDraft {
  return {
    supporter: { id: pledge.supporterId, label: pledge.supporterName },
    initiative: { id: pledge.initiativeId, label: pledge.initiativeTitle },
    needId: pledge.needId ?? '',
    form: pledge.form,
    rupiah: typed(pledge.rupiah),
    quantity: typed(pledge.quantity),
    unit: pledge.unit ?? '',
    people: typed(pledge.people),
    hours: typed(pledge.hours),
    description: pledge.description ?? '',
    valuationRupiah: typed(pledge.valuationRupiah),
    pledgedOn: pledge.pledgedOn,
    schedule: pledge.instalmentCount > 1 ? 'instalments' : 'single',
    dueOn: pledge.dueOn ?? '',
    instalmentCount: String(pledge.instalmentCount > 1 ? pledge.instalmentCount : 2),
    instalmentInterval: pledge.instalmentInterval ?? 'monthly',
    partnershipModel: pledge.partnershipModel ?? '',
    partnerType: pledge.partnerType ?? '',
    note: pledge.note ?? '',
  }
}

/** Choosing a need suggests its form, and for goods its unit. */
export function withNeed(draft: PledgeDraft, need: Need | undefined): PledgeDraft {
  if (!need) return { ...draft, needId: '' }
  return { ...draft, needId: need.id, form: need.form, unit: need.form === 'goods' ? (need.unit ?? '') : draft.unit }
}

/**
 * What main receives: only the fields the form measures its support in, the rest null, so a
 * value typed before the form changed cannot be refused as "not for this form".
 */
export function inputOf(draft: PledgeDraft): InputOf<'pledges:create'> {
  const measure = draft.form === '' ? null : measureOf(draft.form)
  const when = (needed: boolean, text: string) => (needed ? parseTyped(text) : null)
  const instalments = draft.schedule === 'instalments' && measure !== 'text'
  const cooperation = draft.form === 'cooperation'
  return {
    supporterId: draft.supporter?.id ?? '',
    initiativeId: draft.initiative?.id ?? '',
    needId: draft.needId === '' ? null : draft.needId,
    form: draft.form as SupportForm,
    rupiah: when(measure === 'rupiah', draft.rupiah),
    quantity: when(measure === 'quantity', draft.quantity),
    unit: measure === 'quantity' ? draft.unit : '',
    people: when(measure === 'hours', draft.people),
    hours: when(measure === 'hours', draft.hours),
    description: draft.description,
    valuationRupiah: when(measure !== 'rupiah', draft.valuationRupiah),
    pledgedOn: draft.pledgedOn,
    dueOn: draft.dueOn === '' ? null : draft.dueOn,
    instalmentCount: instalments ? (parseTyped(draft.instalmentCount) ?? Number.NaN) : 1,
    instalmentInterval: instalments ? draft.instalmentInterval : null,
    partnershipModel: cooperation && draft.partnershipModel !== '' ? (draft.partnershipModel as never) : null,
    partnerType: cooperation && draft.partnerType !== '' ? (draft.partnerType as never) : null,
    note: draft.note,
  }
}
