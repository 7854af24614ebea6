import type { InitiativeDetail, NamedRef } from '@shared/initiatives'
import type { InitiativeInput } from './store'

/** The form's values as typed: numbers and dates stay text until main (or the same schema) reads them. */
export interface InitiativeDraft {
  leadOrganisationId: string
  leadName: string
  partners: NamedRef[]
  title: string
  problem: string
  service: string
  beneficiaryGroups: string
  beneficiaryCount: string
  regencyCode: string
  districtCode: string
  villageCode: string
  /** Always empty: an initiative's place is chosen from the reference lists, never typed. */
  districtName: string
  villageName: string
  sectorCodes: string[]
  sdgs: number[]
  clusterIds: string[]
  startsOn: string
  endsOn: string
  notes: string
}

export type TextKey = {
  [K in keyof InitiativeDraft]: InitiativeDraft[K] extends string ? K : never
}[keyof InitiativeDraft]

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value))
const orNull = (value: string) => (value === '' ? null : value)

export function draftOf(detail: InitiativeDetail | null): InitiativeDraft {
  return {
    leadOrganisationId: detail?.leadOrganisationId ?? '',
    leadName: detail?.leadName ?? '',
    partners: detail?.partners ?? [],
    title: detail?.title ?? '',
    problem: text(detail?.problem),
    service: text(detail?.service),
    beneficiaryGroups: text(detail?.beneficiaryGroups),
    beneficiaryCount: text(detail?.beneficiaryCount),
    regencyCode: detail?.regencyCode ?? '',
    districtCode: text(detail?.districtCode),
    villageCode: text(detail?.villageCode),
    districtName: '',
    villageName: '',
    sectorCodes: detail?.sectorCodes ?? [],
    sdgs: detail?.sdgs ?? [],
    clusterIds: detail?.clusterIds ?? [],
    startsOn: text(detail?.startsOn),
    endsOn: text(detail?.endsOn),
    notes: text(detail?.notes),
  }
}

export function inputOf(draft: InitiativeDraft): InitiativeInput {
  return {
    leadOrganisationId: draft.leadOrganisationId,
    partnerOrganisationIds: draft.partners.map((partner) => partner.id),
    title: draft.title,
    problem: draft.problem,
    service: draft.service,
    beneficiaryGroups: draft.beneficiaryGroups,
    beneficiaryCount: draft.beneficiaryCount,
    regencyCode: draft.regencyCode,
    districtCode: orNull(draft.districtCode),
    villageCode: orNull(draft.villageCode),
    sectorCodes: draft.sectorCodes,
    sdgs: draft.sdgs,
    clusterIds: draft.clusterIds,
    startsOn: orNull(draft.startsOn),
    endsOn: orNull(draft.endsOn),
    notes: draft.notes,
  }
}
