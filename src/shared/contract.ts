import { z } from 'zod'
import type { Channel } from './channels'
import type { Result } from './errors'
import { hubSetupInput, setLanguageInput, type AppInfo, type HubIdentity, type HubStatus, type Language } from './hub'
import {
  districtsInput,
  regenciesInput,
  villagesInput,
  type District,
  type Province,
  type Regency,
  type Taxonomies,
  type Village,
} from './reference'

/**
 * The one contract between renderer and main. Every channel is '<capability>:<action>' with a zod
 * schema for its input; the result type rides along as a phantom so both sides agree on it.
 */
interface Route<I extends z.ZodType, O> {
  input: I
  /** Type-only marker; never read at run time. */
  output?: O
}
const route =
  <O>() =>
  <I extends z.ZodType>(input: I): Route<I, O> => ({ input })

const none = z.undefined()

export const contract = {
  'app:info': route<AppInfo>()(none),
  'settings:getLanguage': route<Language>()(none),
  'settings:setLanguage': route<Language>()(setLanguageInput),
  'hub:status': route<HubStatus>()(none),
  'hub:setup': route<HubIdentity>()(hubSetupInput),
  'reference:provinces': route<Province[]>()(none),
  'reference:regencies': route<Regency[]>()(regenciesInput),
  'reference:districts': route<District[]>()(districtsInput),
  'reference:villages': route<Village[]>()(villagesInput),
  'reference:taxonomies': route<Taxonomies>()(none),
} as const satisfies Record<Channel, Route<z.ZodType, unknown>>

export type Contract = typeof contract
export { channels, type Channel } from './channels'
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
export type OutputOf<C extends Channel> = NonNullable<Contract[C]['output']>

/** What the preload exposes as window.lokadaya, and what the browser test transport mimics. */
export interface LokadayaApi {
  invoke<C extends Channel>(
    channel: C,
    ...input: InputOf<C> extends undefined ? [] : [InputOf<C>]
  ): Promise<Result<OutputOf<C>>>
}
