import { z } from 'zod'
import { addImageInput, attachmentInput, type AttachmentView, type StoredImage } from './attachments'
import type { Channel } from './channels'
import { directoryViewInput, type DirectoryViewSettings } from './directory-view'
import {
  createStoryInput,
  storiesOfInitiativeInput,
  storyIdInput,
  updateStoryInput,
  type Story,
  type StorySummary,
} from './stories'
import type { Result } from './errors'
import type { PrintedFile } from './printing'
import {
  hubSetupInput,
  setLanguageInput,
  updateIdentityInput,
  type AppInfo,
  type HubIdentity,
  type HubStatusReport,
  type Language,
} from './hub'
import {
  changeInitiativeStatusInput,
  clusterFields,
  clusterIdInput,
  createInitiativeInput,
  createNeedInput,
  initiativeIdInput,
  listInitiativesInput,
  needIdInput,
  setStepGuideInput,
  updateClusterInput,
  updateInitiativeInput,
  updateNeedInput,
  updateStepInput,
  type InitiativeDetail,
  type InitiativePage,
  type IssueCluster,
  type StepGuide,
} from './initiatives'
import {
  addAssessmentInput,
  byIdInput,
  changeStatusInput,
  correctStatusInput,
  createOrganisationInput,
  createPersonInput,
  duplicatePairInput,
  duplicatePairsInput,
  endAffiliationInput,
  exportOrganisationsInput,
  exportPeopleInput,
  importIdInput,
  importOpenInput,
  importPreviewInput,
  listOrganisationsInput,
  listPeopleInput,
  mergeInput,
  organisationDraftInput,
  personDraftInput,
  recordInput,
  statusChangeIdInput,
  templateInput,
  updateOrganisationInput,
  updatePersonInput,
  type CapacityAssessment,
  type DeletedRecord,
  type DuplicateCandidate,
  type DuplicateDismissal,
  type DuplicatePair,
  type ImportCommitted,
  type ImportOpened,
  type ImportPreview,
  type ImportProgress,
  type MergeSummary,
  type OrganisationDetail,
  type OrganisationRow,
  type Page,
  type PersonDetail,
  type PersonListRow,
  type SaveResult,
  type SpreadsheetFile,
  type TrashList,
} from './members'
import {
  cancelPledgeInput,
  createFeeRateInput,
  createFulfilmentInput,
  createPledgeInput,
  createSupporterInput,
  listPledgesInput,
  listSupportersInput,
  pledgesIdInput,
  supporterDraftInput,
  totalsInput,
  updateFeeRateInput,
  updateFulfilmentInput,
  updatePledgeInput,
  updateSupporterInput,
  type FeeRate,
  type PledgeDetail,
  type Receipt,
  type SupporterCandidate,
  type SupporterDetail,
  type SupporterPage,
  type SupporterSaveResult,
  type Totals,
} from './pledges'
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
import {
  enrolKeyInput,
  exportInput,
  hubIdInput,
  importBundleInput,
  keyIdInput,
  type AckReport,
  type ExportPlan,
  type ExportReport,
  type HistoryEntry,
  type ImportedBundle,
  type KeyDescription,
  type KeyFileChoice,
  type KeyFileSaved,
  type KeysOverview,
  type ProvinceRow,
  type RotationReport,
} from './sync'

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
  'settings:getDirectoryView': route<DirectoryViewSettings>()(none),
  'settings:setDirectoryView': route<DirectoryViewSettings>()(directoryViewInput),
  'hub:status': route<HubStatusReport>()(none),
  'hub:setup': route<HubIdentity>()(hubSetupInput),
  'hub:updateIdentity': route<HubIdentity>()(updateIdentityInput),
  'reference:provinces': route<Province[]>()(none),
  'reference:regencies': route<Regency[]>()(regenciesInput),
  'reference:districts': route<District[]>()(districtsInput),
  'reference:villages': route<Village[]>()(villagesInput),
  'reference:taxonomies': route<Taxonomies>()(none),
  'members:listOrganisations': route<Page<OrganisationRow>>()(listOrganisationsInput),
  'members:listPeople': route<Page<PersonListRow>>()(listPeopleInput),
  'members:getOrganisation': route<OrganisationDetail>()(byIdInput),
  'members:createOrganisation': route<SaveResult>()(createOrganisationInput),
  'members:updateOrganisation': route<SaveResult>()(updateOrganisationInput),
  'members:organisationDuplicates': route<DuplicateCandidate[]>()(organisationDraftInput),
  'members:changeStatus': route<OrganisationDetail>()(changeStatusInput),
  'members:correctStatus': route<OrganisationDetail>()(correctStatusInput),
  'members:removeStatus': route<OrganisationDetail>()(statusChangeIdInput),
  'members:addAssessment': route<CapacityAssessment>()(addAssessmentInput),
  'members:getPerson': route<PersonDetail>()(byIdInput),
  'members:createPerson': route<SaveResult>()(createPersonInput),
  'members:updatePerson': route<SaveResult>()(updatePersonInput),
  'members:personDuplicates': route<DuplicateCandidate[]>()(personDraftInput),
  'members:merge': route<MergeSummary>()(mergeInput),
  'members:lastMerge': route<MergeSummary | null>()(none),
  'members:undoMerge': route<MergeSummary>()(none),
  'members:deleteRecord': route<DeletedRecord>()(recordInput),
  'members:undoDelete': route<DeletedRecord>()(recordInput),
  'members:trash': route<TrashList>()(none),
  'members:restoreRecord': route<DeletedRecord>()(recordInput),
  'members:endAffiliation': route<PersonDetail>()(endAffiliationInput),
  'members:duplicatePairs': route<Page<DuplicatePair>>()(duplicatePairsInput),
  'members:dismissDuplicatePair': route<DuplicateDismissal>()(duplicatePairInput),
  'members:showDuplicatePairAgain': route<DuplicateDismissal>()(duplicatePairInput),
  'members:importOpen': route<ImportOpened>()(importOpenInput),
  'members:importPreview': route<ImportPreview>()(importPreviewInput),
  'members:importProgress': route<ImportProgress>()(importIdInput),
  'members:importCommit': route<ImportCommitted>()(importIdInput),
  'members:importCancel': route<ImportProgress>()(importIdInput),
  'members:importTemplate': route<SpreadsheetFile>()(templateInput),
  'members:exportOrganisations': route<SpreadsheetFile>()(exportOrganisationsInput),
  'members:exportPeople': route<SpreadsheetFile>()(exportPeopleInput),
  'attachments:addImage': route<StoredImage>()(addImageInput),
  'attachments:show': route<AttachmentView>()(attachmentInput),
  'stories:list': route<StorySummary[]>()(storiesOfInitiativeInput),
  'stories:get': route<Story>()(storyIdInput),
  'stories:create': route<Story>()(createStoryInput),
  'stories:update': route<Story>()(updateStoryInput),
  'stories:delete': route<Story>()(storyIdInput),
  'initiatives:list': route<InitiativePage>()(listInitiativesInput),
  'initiatives:get': route<InitiativeDetail>()(initiativeIdInput),
  'initiatives:create': route<InitiativeDetail>()(createInitiativeInput),
  'initiatives:update': route<InitiativeDetail>()(updateInitiativeInput),
  'initiatives:delete': route<{ id: string }>()(initiativeIdInput),
  'initiatives:changeStatus': route<InitiativeDetail>()(changeInitiativeStatusInput),
  'initiatives:updateStep': route<InitiativeDetail>()(updateStepInput),
  'initiatives:createNeed': route<InitiativeDetail>()(createNeedInput),
  'initiatives:updateNeed': route<InitiativeDetail>()(updateNeedInput),
  'initiatives:deleteNeed': route<InitiativeDetail>()(needIdInput),
  'initiatives:stepGuide': route<StepGuide>()(none),
  'initiatives:setStepGuide': route<StepGuide>()(setStepGuideInput),
  'initiatives:clusters': route<IssueCluster[]>()(none),
  'initiatives:createCluster': route<IssueCluster>()(clusterFields),
  'initiatives:updateCluster': route<IssueCluster>()(updateClusterInput),
  'initiatives:deleteCluster': route<{ id: string }>()(clusterIdInput),
  // Sync: a null result means the user cancelled the file dialog, and nothing was done.
  'sync:exportPlan': route<ExportPlan>()(exportInput),
  'sync:export': route<ExportReport | null>()(exportInput),
  'sync:pickBundles': route<string[]>()(none),
  'sync:importBundle': route<ImportedBundle>()(importBundleInput),
  'sync:history': route<HistoryEntry[]>()(none),
  'sync:keys': route<KeysOverview>()(none),
  'sync:pickKeyFile': route<KeyFileChoice | null>()(none),
  'sync:enrolKey': route<KeyDescription>()(enrolKeyInput),
  'sync:revokeKey': route<KeyDescription>()(keyIdInput),
  'sync:exportKeyFile': route<KeyFileSaved | null>()(none),
  'sync:rotateKey': route<RotationReport | null>()(none),
  'sync:writeAck': route<AckReport | null>()(hubIdInput),
  'sync:provinces': route<ProvinceRow[]>()(none),
  // Galang Daya: a pledge comes back with its status and schedule, derived as of today where the hub is.
  'supporters:list': route<SupporterPage>()(listSupportersInput),
  'supporters:get': route<SupporterDetail>()(pledgesIdInput),
  'supporters:create': route<SupporterSaveResult>()(createSupporterInput),
  'supporters:update': route<SupporterSaveResult>()(updateSupporterInput),
  'supporters:delete': route<void>()(pledgesIdInput),
  'supporters:duplicates': route<SupporterCandidate[]>()(supporterDraftInput),
  'pledges:list': route<PledgeDetail[]>()(listPledgesInput),
  'pledges:get': route<PledgeDetail>()(pledgesIdInput),
  'pledges:create': route<PledgeDetail>()(createPledgeInput),
  'pledges:update': route<PledgeDetail>()(updatePledgeInput),
  'pledges:cancel': route<PledgeDetail>()(cancelPledgeInput),
  'pledges:delete': route<void>()(pledgesIdInput),
  'pledges:overdue': route<PledgeDetail[]>()(none),
  'pledges:createFulfilment': route<PledgeDetail>()(createFulfilmentInput),
  'pledges:updateFulfilment': route<PledgeDetail>()(updateFulfilmentInput),
  'pledges:deleteFulfilment': route<PledgeDetail>()(pledgesIdInput),
  'pledges:receipt': route<Receipt>()(pledgesIdInput),
  // The tanda terima as a PDF where the user chooses; null when they cancelled the save dialog.
  'pledges:printReceipt': route<PrintedFile | null>()(
    z.strictObject({ fulfilmentId: z.uuid({ error: 'validation.invalid' }) }),
  ),
  'pledges:feeRates': route<FeeRate[]>()(none),
  'pledges:createFeeRate': route<FeeRate[]>()(createFeeRateInput),
  'pledges:updateFeeRate': route<FeeRate[]>()(updateFeeRateInput),
  'pledges:deleteFeeRate': route<FeeRate[]>()(pledgesIdInput),
  'pledges:totals': route<Totals>()(totalsInput),
} as const satisfies Record<Channel, Route<z.ZodType, unknown>>

export type Contract = typeof contract
export { channels, type Channel } from './channels'
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
/** The phantom is optional, so its `undefined` goes; a result that may be null (lastMerge) keeps null. */
export type OutputOf<C extends Channel> = Exclude<Contract[C]['output'], undefined>

/** What the preload exposes as window.lokadaya, and what the browser test transport mimics. */
export interface LokadayaApi {
  invoke<C extends Channel>(
    channel: C,
    ...input: InputOf<C> extends undefined ? [] : [InputOf<C>]
  ): Promise<Result<OutputOf<C>>>
  /**
   * The paths of files dropped on the window (Electron's webUtils.getPathForFile), "" for one that
   * is not on disk. Absent where the page cannot know them; main checks every path it is given.
   */
  pathsOf?(files: File[]): string[]
}
