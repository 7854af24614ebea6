import { describe, expect, it } from 'vitest'
import type { Need, NeedProgress } from '@shared/initiatives'
import type { Translate } from '@renderer/i18n'
import { progressText, targetText } from './need-text'

/** Shows which key and values a text was worded from. */
const t = ((key: string, params?: Record<string, string | number>) =>
  params ? `${key} ${JSON.stringify(params)}` : key) as Translate

const progress = (patch: Partial<NeedProgress>): NeedProgress => ({
  measure: 'rupiah',
  target: null,
  received: 0,
  ratio: 0,
  met: false,
  over: false,
  pledgeCount: 0,
  fulfilmentCount: 0,
  ...patch,
})
const need = (patch: Partial<Need>): Need => ({
  id: 'n',
  initiativeId: 'i',
  form: 'funds',
  description: 'Biaya pengeboran',
  targetRupiah: null,
  targetQuantity: null,
  unit: null,
  targetPeople: null,
  targetHours: null,
  targetText: null,
  progress: progress({}),
  ...patch,
})

describe('a need in its own measure', () => {
  it('shows rupiah as rupiah, received against the target with the percent', () => {
    const funds = need({
      targetRupiah: 5_000_000,
      progress: progress({ target: 5_000_000, received: 1_250_000, ratio: 0.25 }),
    })
    expect(targetText(funds, t)).toBe('Rp 5.000.000')
    expect(progressText(funds, t)).toBe(
      'initiativePage.needs.progressText {"received":"Rp 1.250.000","target":"Rp 5.000.000","percent":25}',
    )
  })

  it('counts goods in their unit and time in person-hours, and says when a target is passed', () => {
    const goods = need({
      form: 'goods',
      targetQuantity: 200,
      unit: 'sak semen',
      progress: progress({ measure: 'quantity', target: 200, received: 250, ratio: 1.25, met: true, over: true }),
    })
    expect(targetText(goods, t)).toBe('initiativePage.needs.quantity {"quantity":200,"unit":"sak semen"}')
    expect(progressText(goods, t)).toMatch(/"percent":125}, initiativePage\.needs\.over$/)
    const time = need({
      form: 'time',
      targetPeople: 10,
      targetHours: 8,
      progress: progress({ measure: 'hours', target: 80, received: 40, ratio: 0.5 }),
    })
    expect(targetText(time, t)).toBe('initiativePage.needs.peopleHours {"people":10,"hours":8}')
    expect(progressText(time, t)).toContain('"received":"initiativePage.needs.personHours {\\"count\\":40}"')
  })

  it('says of a need in words only whether anything came', () => {
    const words = need({ form: 'knowledge', targetText: 'Uji air', progress: progress({ measure: 'text' }) })
    expect(targetText(words, t)).toBe('Uji air')
    expect(progressText(words, t)).toBe('initiativePage.needs.textNone')
    expect(progressText({ ...words, progress: progress({ measure: 'text', received: 1, ratio: 1 }) }, t)).toBe(
      'initiativePage.needs.textReceived',
    )
  })
})
