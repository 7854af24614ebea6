import type { Catalog } from './id'
import type { initiativesId, initiativesValidationId } from './initiatives-id'

export const initiativesEn: Catalog<typeof initiativesId> = {
  statusName: {
    draft: 'Draft',
    published: 'Published',
    running: 'Running',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  initiative: {
    notFound: 'The initiative was not found; it may have been deleted.',
    hasPledges:
      'This initiative cannot be deleted: pledges of support are still recorded for it ({{count, number}}). Cancel or delete them first.',
  },
  status: {
    transition:
      'The status cannot change from "$t(initiatives.statusName.{{from}})" to "$t(initiatives.statusName.{{to}})".',
    beforeCurrent: 'The date of a status change cannot be before {{date, day}}, the date of the current status.',
    stepsMissing:
      'The initiative cannot be published yet: {{count, number}} of the 6 formulation steps are not done — {{stepsEn}}. Complete those steps and mark them done first.',
  },
  need: {
    notFound: 'This need was not found; it may have been deleted.',
    hasPledges:
      'This need cannot be deleted: pledges of support are still recorded for it ({{count, number}}). Move or cancel them first.',
  },
  cluster: {
    notFound: 'The issue cluster was not found; it may have been deleted.',
    nationalOnly:
      'Issue clusters are created, changed and deleted by the national team only. Provincial hubs receive them in sync bundles from national.',
  },
}

export const initiativesValidationEn: Catalog<typeof initiativesValidationId> = {
  lead: 'Choose the OMS that leads this initiative.',
  leadNotFound: 'The lead OMS was not found; it may have been deleted. Choose another OMS from the directory.',
  leadMerged: 'This lead OMS was merged into another one. Choose the OMS it was merged into.',
  partner: 'Choose partner OMS from the directory.',
  partnerCount: 'An initiative has at most 20 partner OMS.',
  partnerNotFound: 'One of the partner OMS was not found; it may have been deleted. Remove it from the partners.',
  partnerMerged: 'One of the partner OMS was merged into another one. Choose the OMS it was merged into.',
  partnerIsLead: 'The lead OMS need not be listed as a partner too.',
  title: 'Enter the title of the initiative.',
  beneficiaryCount: 'The number of beneficiaries must be a whole number, 0 or more.',
  regency: 'Choose the regency or city where the initiative takes place.',
  sectors: 'Choose sectors from the list, at most 20.',
  sectorUnknown: 'Sector "{{value}}" is not in the list.',
  sdgs: 'Choose SDGs numbered 1 to 17.',
  cluster: 'Choose issue clusters from the list.',
  clusterUnknown:
    'An issue cluster chosen does not exist or was deleted by the national team. Choose from the current list.',
  date: 'Invalid date. Use year-month-day, for example 2026-01-31.',
  endBeforeStart: 'The end date cannot be before the start date.',
  status: 'Choose a status: draft, published, running, completed or cancelled.',
  step: 'Formulation steps are numbered 1 to 6.',
  need: {
    form: 'Choose a form of support: funds, goods/facilities, time & expertise, knowledge, policy/advocacy, cooperation or other.',
    description: 'Describe this need.',
    rupiahRequired: 'A funds need needs a target in rupiah.',
    rupiahWhole: 'The rupiah target must be a whole number without cents, for example 1.250.000.',
    rupiahPositive: 'The rupiah target must be more than 0.',
    quantity: 'The quantity must be a whole number above 0.',
    quantityRequired: 'A goods/facilities need needs a target quantity.',
    unitRequired: 'Give the unit, for example units, sacks or packages.',
    people: 'The number of people must be a whole number above 0.',
    peopleRequired: 'A time & expertise need needs the number of people.',
    hours: 'The number of hours must be a whole number above 0.',
    hoursRequired: 'A time & expertise need needs the hours per person.',
    textRequired: 'Describe the target of this need in words, for example what support from whom.',
  },
  clusterName: 'Enter the name of the issue cluster.',
  guideTitle: 'Every step needs a title in Bahasa Indonesia and in English.',
  guideCount: 'The formulation guide has exactly 6 steps.',
}
