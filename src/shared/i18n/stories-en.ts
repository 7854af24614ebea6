import type { attachmentsId, storiesId } from './stories-id'

/** Stories of change and the photos they carry (English). */
export const storiesEn: typeof storiesId = {
  notFound: 'This story of change was not found or has been deleted.',
  invalid: 'The story of change cannot be saved yet: some entries need fixing.',
  initiative: {
    missing: 'The initiative of this story was not found. Choose an existing initiative.',
    deleted: 'This initiative has been deleted: its stories cannot be added or changed. Restore the initiative first.',
  },
  date: { invalid: 'The date of the story is required and must be a real date, for example 18 May 2025.' },
  rupiah: {
    negative: 'A rupiah amount cannot be negative.',
    fractional: 'A rupiah amount must be a whole number, without cents.',
    tooLarge: 'This rupiah amount is too large to be stored exactly.',
  },
  resource: { twice: 'This source is listed already; put its amounts together in one line.' },
  photo: {
    unknown: 'This photo is not stored in the app yet. Add the photo again.',
    notImage: 'This file is not a photo: only JPEG, PNG or WebP images can be attached to a story.',
    twice: 'The same photo is attached twice.',
  },
  people: {
    unknown:
      'A person chosen is not in the directory, was deleted, or had their personal data erased. Choose again from the directory.',
    tooMany: 'At most 30 people can be listed on one story.',
  },
  publish: {
    titleRequired: 'A published story needs a title.',
    narrativeRequired: 'A published story needs its narrative.',
    noConsent:
      "This story cannot be published yet: there is no consent to be named or pictured in publications from {{names}}. Record their consent in that person's Privacy panel, take them out of the story, or save it as a draft.",
  },
}

export const attachmentsEn: typeof attachmentsId = {
  tooLarge: 'This file is {{size}} MB, more than the limit of {{limit}} MB. Make the photo smaller or choose another.',
  notImage: 'This file is not a photo: only JPEG, PNG or WebP images are accepted, whatever the file is named.',
  unreadable: 'This photo is damaged or incomplete and cannot be opened. Choose another photo.',
  tooManyPixels: 'This photo has more than {{limit}} megapixels. Make it smaller, then try again.',
}
