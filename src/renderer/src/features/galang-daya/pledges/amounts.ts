import { useMemo } from 'react'
import { formatDay, formatNumber, formatRupiah } from '@shared/format'
import { measureOf } from '@shared/initiatives'
import type { Pledge, SupportForm } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { useLanguage } from '@renderer/features/language/store'

/** Amounts and days as this screen shows them: Rp 1.250.000, 200 sak, 40 jam-orang, 18 Mei 2025. */
export function useAmounts() {
  const t = useText()
  const language = useLanguage((state) => state.language)
  return useMemo(() => {
    const count = (value: number) => formatNumber(value, language)
    /** A value in the form's measure; null for forms measured in words. */
    const measured = (form: SupportForm, value: number, unit: string | null): string | null => {
      switch (measureOf(form)) {
        case 'rupiah':
          return formatRupiah(value)
        case 'quantity':
          return t('galangPledges.amount.quantity', { count: count(value), unit: unit ?? '' }).trim()
        case 'hours':
          return t('galangPledges.amount.personHours', { count: count(value) })
        case 'text':
          return null
      }
    }
    /** What a pledge promised, in a few words. */
    const pledged = (pledge: Pledge): string => {
      const amount =
        pledge.progress.pledged === null
          ? pledge.description
          : measured(pledge.form, pledge.progress.pledged, pledge.unit)
      return [t(`supportForm.${pledge.form}`), amount].filter(Boolean).join(': ')
    }
    return { count, measured, pledged, day: (iso: string) => formatDay(iso, language), language }
  }, [t, language])
}
