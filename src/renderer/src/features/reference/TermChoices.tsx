import type { Language } from '@shared/hub'
import { CheckboxGroup } from '@renderer/ui/CheckboxGroup'
import { useReference } from './store'

const termName = (term: { nameId: string; nameEn: string }, language: Language) =>
  language === 'en' ? term.nameEn : term.nameId

/** Sectors and SDGs (1–17) ticked from the reference taxonomies, named in the UI language. */
export function SectorAndSdgChoices({
  legends,
  language,
  sectorCodes,
  sdgs,
  errors,
  onChange,
}: {
  legends: { sectors: string; sdgs: string }
  language: Language
  sectorCodes: string[]
  sdgs: number[]
  errors: Record<string, string>
  onChange(patch: { sectorCodes: string[] } | { sdgs: number[] }): void
}) {
  const taxonomies = useReference((state) => state.taxonomies)
  return (
    <>
      <CheckboxGroup
        legend={legends.sectors}
        name="sectorCodes"
        error={errors.sectorCodes}
        options={(taxonomies?.sectors ?? []).map((sector) => ({
          value: sector.code,
          label: termName(sector, language),
        }))}
        checked={sectorCodes}
        onChange={(codes) => onChange({ sectorCodes: codes })}
      />
      <CheckboxGroup
        legend={legends.sdgs}
        name="sdgs"
        error={errors.sdgs}
        options={(taxonomies?.sdgs ?? []).map((sdg) => ({
          value: sdg.number,
          label: `${sdg.number}. ${termName(sdg, language)}`,
        }))}
        checked={sdgs}
        onChange={(numbers) => onChange({ sdgs: numbers })}
      />
    </>
  )
}
