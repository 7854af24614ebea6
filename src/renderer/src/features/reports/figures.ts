import { useMemo } from 'react'
import { formatDay, formatDecimal, formatNumber, formatRupiah } from '@shared/format'
import type { Dimension, IndicatorKey, IndicatorUnit, RecordKind } from '@shared/reports'
import { useText, type MessageKey } from '@renderer/i18n'
import { useAspects } from '../cop/aspects'
import { useLanguage } from '../language/store'
import { useReference } from '../reference/store'
import { termName } from '@renderer/ui/form-helpers'

/** The words of a status bucket depend on what has the status. */
const statusOf: Partial<Record<RecordKind, string>> = {
  organisation: 'organisationStatus',
  initiative: 'initiativeStatus',
  pledge: 'pledgeStatus',
}

/** Numbers as the UI language writes them (1.250.000, Rp 1.250.000, 12,5 poin) and names of buckets. */
export function useReportFigures() {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const aspects = useAspects()
  const taxonomies = useReference((state) => state.taxonomies)
  return useMemo(() => {
    const plain = (unit: IndicatorUnit, value: number) =>
      unit === 'rupiah'
        ? formatRupiah(value)
        : unit === 'points'
          ? formatDecimal(value, language)
          : formatNumber(value, language)
    const value = (unit: IndicatorUnit, amount: number | null) =>
      amount === null ? '—' : t(`reports.unit.${unit}`, { value: plain(unit, amount) })
    const term = (list: { code: string; nameId: string; nameEn: string }[] | undefined, code: string) => {
      const found = list?.find((item) => item.code === code)
      return found ? termName(found, language) : code
    }
    const month = (bucket: string) =>
      new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${bucket}-01T00:00:00Z`))
    /** A bucket's name: the one main sent (a place, a cluster), or the catalog's word for a code. */
    const bucket = (dimension: Dimension, kind: RecordKind, code: string, label: string | null): string => {
      if (code === '') return t('reports.bucket.none')
      if (label !== null) return label
      switch (dimension) {
        case 'status':
          return t(`reports.bucket.${statusOf[kind] ?? 'organisationStatus'}.${code}` as MessageKey)
        case 'gender':
        case 'ageBand':
        case 'role':
        case 'format':
          return t(`reports.bucket.${dimension}.${code}` as MessageKey)
        case 'form':
          return t(`supportForm.${code}` as MessageKey)
        case 'aspect':
          return aspects.name(code)
        case 'type':
          return term(taxonomies?.organisationTypes, code)
        case 'sector':
          return term(taxonomies?.sectors, code)
        case 'month':
          return month(code)
        default:
          return code
      }
    }
    return {
      value,
      plain,
      percent: (amount: number | null) =>
        amount === null ? t('reports.dashboard.shares.none') : `${formatDecimal(amount, language)}%`,
      count: (amount: number) => formatNumber(amount, language),
      day: (iso: string) => formatDay(iso, language),
      name: (key: IndicatorKey) => t(`reports.indicator.${key}` as MessageKey),
      bucket,
    }
  }, [t, language, aspects, taxonomies])
}
