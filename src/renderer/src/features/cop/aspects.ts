import { useEffect } from 'react'
import type { Term } from '@shared/reference'
import { useLanguage } from '@renderer/features/language/store'
import { useReference } from '@renderer/features/reference/store'
import { termName } from '@renderer/ui/form-helpers'

const none: Term[] = []

/** The six capacity aspects from the reference data, and an aspect's name in the UI language. */
export function useAspects() {
  const language = useLanguage((state) => state.language)
  const aspects = useReference((state) => state.taxonomies?.capacityAspects ?? none)
  const load = useReference((state) => state.loadTaxonomies)
  useEffect(() => {
    void load(null)
  }, [load])
  const name = (code: string) => {
    const term = aspects.find((aspect) => aspect.code === code)
    return term ? termName(term, language) : code
  }
  return {
    aspects,
    name,
    options: aspects.map((aspect) => ({ value: aspect.code, label: termName(aspect, language) })),
  }
}
