import type { Catalog } from './id'
import type { pledgesValidationId } from './pledges-id'

/** Galang Daya: supporters, pledges, fulfilments and fees (English). */
export const pledgesValidationEn: Catalog<typeof pledgesValidationId> = {
  supporter: {
    name: "Enter the supporter's name (at least two letters or digits).",
    kind: 'Choose the kind of supporter.',
    regency: 'Choose a kabupaten/kota from the list.',
    consentDate: "Enter the date of the supporter's consent to keep their details.",
    organisation: 'Choose a member OMS from the directory: an OMS supporter must be recorded there.',
    notOms: 'Only OMS supporters are linked to the member directory.',
    notFound: 'This supporter was not found: it may have been deleted.',
    hasPledges: 'This supporter still has {{count, number}} pledges on record. Delete or move those pledges first.',
  },
  initiative: {
    notFound: 'Choose an initiative that is still on record.',
    cancelled: 'This initiative was cancelled and takes no new pledges. Choose another initiative.',
  },
  need: {
    notFound: 'This need was not found: it may have been deleted.',
    otherInitiative: "This need belongs to another initiative. Choose one of the supported initiative's needs.",
    otherForm: "This need's form of support differs from the pledge's.",
  },
  form: 'Choose the form of support.',
  rupiah: 'Enter the rupiah amount as a whole number above 0 (no cents, not negative).',
  quantity: 'Enter the quantity as a whole number above 0.',
  unit: 'Enter the unit of the goods (e.g. bags, units, packages).',
  people: 'Enter the number of people as a whole number above 0.',
  hours: 'Enter the hours as a whole number above 0.',
  description: 'Describe the support pledged.',
  notThisForm: 'This entry is not used for this form of support. Leave it empty.',
  pledgedOn: 'Enter a valid pledge date (YYYY-MM-DD).',
  dueOn: 'Enter a valid due date (YYYY-MM-DD).',
  dueBeforePledge: 'The due date cannot be before the pledge date.',
  instalmentCount: 'The number of instalments must be a whole number from 1 to 120.',
  interval: 'Choose how often instalments fall due: monthly or quarterly.',
  firstInstalment: 'Enter the due date of the first instalment.',
  instalmentsNeedAmount: 'Support described in words cannot be paid in instalments. Use one due date.',
  partnershipModel: 'Choose the partnership model: contact, cooperation, alliance or coalition.',
  partnerType: 'Choose the partner type: government, private, OMS, university or media.',
  cancelReason: 'Give the reason for cancelling.',
  pledge: {
    notFound: 'This pledge was not found: it may have been deleted.',
    cancelled: 'This pledge was cancelled on {{date, day}}; it can no longer be changed or receive fulfilments.',
    formFixed: 'The form of support cannot change: something was already received in this form.',
    afterFulfilment: 'The pledge date cannot be after its first fulfilment ({{date, day}}).',
  },
  receivedOn: 'Enter a valid date received (YYYY-MM-DD).',
  fulfilment: {
    beforePledge: 'The date received cannot be before the pledge date ({{date, day}}).',
    future: 'The date received cannot be after today ({{date, day}}).',
    notFound: 'This fulfilment was not found: it may have been deleted.',
  },
  photo: 'The evidence photo is not among the attachments. Upload it again.',
  feeRate: {
    date: 'Enter a valid effective date (YYYY-MM-DD).',
    rate: 'The management fee rate must be between 0 and 10,000 basis points (0–100%).',
    share: "The province's share must be between 0 and 10,000 basis points (0–100%).",
    sameDate: 'A rate already takes effect on {{date, day}}. Change that rate, or choose another date.',
    notFound: 'This rate was not found: it may have been deleted.',
  },
  period: 'Enter valid period dates (YYYY-MM-DD).',
}
