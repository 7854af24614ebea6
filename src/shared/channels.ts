/**
 * The contract's channel names, kept free of zod: the sandboxed preload bundles everything it
 * imports, and needs only these names. contract.ts must define exactly these (checked by tsc).
 */
export const channels = [
  'app:info',
  'settings:getLanguage',
  'settings:setLanguage',
  'hub:status',
  'hub:setup',
  'reference:provinces',
  'reference:regencies',
  'reference:districts',
  'reference:villages',
  'reference:taxonomies',
  'members:listOrganisations',
  'members:listPeople',
  'members:getOrganisation',
  'members:createOrganisation',
  'members:updateOrganisation',
  'members:organisationDuplicates',
  'members:changeStatus',
  'members:addAssessment',
  'members:getPerson',
  'members:createPerson',
  'members:updatePerson',
  'members:personDuplicates',
  'members:merge',
  'members:lastMerge',
  'members:undoMerge',
  'members:importOpen',
  'members:importPreview',
  'members:importProgress',
  'members:importCommit',
  'members:importCancel',
  'members:importTemplate',
  'members:exportOrganisations',
  'members:exportPeople',
] as const

export type Channel = (typeof channels)[number]
