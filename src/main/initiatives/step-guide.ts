import type { ParsedInputOf } from '../../shared/contract'
import { STEP_COUNT, type StepGuide, type StepText } from '../../shared/initiatives'
import type { Orm } from '../db'
import { deleteSetting, readSetting, writeSetting } from '../settings/service'

/**
 * The network's wording of the "Panduan 6 Langkah Formulasi Inisiatif Layanan Lokal". The deck
 * (shared/seeds/000) names the guide but not its steps, so these follow what the deck asks of an
 * initiative: a local problem, obstacle or challenge; the people and place it serves; a concrete
 * service; resources in every form of domestic support; partners in the network; and the change
 * it should bring, told as a story. A hub may reword them (Settings).
 */
export const defaultSteps: readonly StepText[] = [
  {
    titleId: 'Kenali permasalahan, hambatan, atau tantangan lokal',
    titleEn: 'Identify the local problem, obstacle or challenge',
    helpId:
      'Tuliskan masalah nyata yang dihadapi warga setempat, siapa yang mengalaminya, dan mengapa OMS Anda yang paling dekat untuk menjawabnya.',
    helpEn:
      'Describe the real problem local people face, who experiences it, and why your OMS is the closest to answer it.',
  },
  {
    titleId: 'Tetapkan penerima manfaat dan wilayah layanan',
    titleEn: 'Define the beneficiaries and the service area',
    helpId:
      'Sebutkan kelompok penerima manfaat dan perkiraan jumlahnya, serta desa, kecamatan, dan kabupaten/kota tempat layanan diberikan.',
    helpEn:
      'Name the beneficiary groups and their estimated number, and the village, district and regency where the service is given.',
  },
  {
    titleId: 'Rumuskan layanan yang konkret',
    titleEn: 'Formulate a concrete service',
    helpId:
      'Jelaskan layanan yang akan diberikan, kegiatannya, jadwalnya, dan bagaimana layanan itu menjawab kebutuhan warga.',
    helpEn: 'Explain the service to be given, its activities and timing, and how it answers what people need.',
  },
  {
    titleId: 'Hitung kebutuhan sumber daya dalam semua bentuk dukungan',
    titleEn: 'Work out the resources needed in every form of support',
    helpId:
      'Catat kebutuhan dana, barang atau fasilitas, waktu dan keahlian, pengetahuan dan teknologi, dukungan kebijakan atau advokasi, serta kerja sama, masing-masing dengan targetnya.',
    helpEn:
      'Record the funds, goods or facilities, time and expertise, knowledge and technology, policy or advocacy support and cooperation needed, each with its target.',
  },
  {
    titleId: 'Petakan mitra dan jejaring pendukung',
    titleEn: 'Map partners and supporting networks',
    helpId:
      'Kenali pemerintah desa/daerah, swasta dan UMKM, OMS lain, perguruan tinggi, dan media yang dapat diajak, serta bentuk hubungannya: kontak, kerja sama, aliansi, atau koalisi.',
    helpEn:
      'Identify the village or local government, businesses and UMKM, other OMS, universities and media to approach, and the kind of tie: contact, cooperation, alliance or coalition.',
  },
  {
    titleId: 'Rencanakan perubahan yang ingin dicapai dan cara menceritakannya',
    titleEn: 'Plan the change sought and how to tell it',
    helpId:
      'Tuliskan perubahan yang diharapkan dalam kehidupan warga, tanda-tanda keberhasilannya, dan bagaimana inisiatif ini dikabarkan kepada publik dan pendukung.',
    helpEn:
      "Write down the change hoped for in people's lives, the signs of success, and how the initiative will be shared with the public and supporters.",
  },
]

/** The wording in use: the hub's own once saved, else the network's; a damaged setting falls back. */
export function readStepGuide(orm: Orm): StepGuide {
  const stored = readSetting(orm, 'initiative_steps')
  if (stored !== null) {
    const steps = parsedSteps(stored)
    if (steps) return { steps, customised: true }
  }
  return { steps: defaultSteps.map((step) => ({ ...step })), customised: false }
}

export function writeStepGuide(orm: Orm, input: ParsedInputOf<'initiatives:setStepGuide'>): StepGuide {
  if (input.steps === null) deleteSetting(orm, 'initiative_steps')
  else writeSetting(orm, 'initiative_steps', JSON.stringify(input.steps))
  return readStepGuide(orm)
}

function parsedSteps(text: string): StepText[] | null {
  try {
    const value = JSON.parse(text) as unknown
    const isStep = (step: unknown): step is StepText =>
      typeof step === 'object' &&
      step !== null &&
      ['titleId', 'titleEn', 'helpId', 'helpEn'].every(
        (key) => typeof (step as Record<string, unknown>)[key] === 'string',
      )
    return Array.isArray(value) && value.length === STEP_COUNT && value.every(isStep) ? value : null
  } catch {
    return null
  }
}
