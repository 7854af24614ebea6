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
] as const

export type Channel = (typeof channels)[number]
