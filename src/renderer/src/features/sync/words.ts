import { useEffect } from 'react'
import type { Message } from '@shared/errors'
import type { MessageKey, Translate } from '@renderer/i18n'
import { useHub } from '../hub/store'
import { useReference } from '../reference/store'

/** A message main sent (a refusal's reason), in the language the screen shows now. */
export const messageText = (t: Translate, message: Message): string => t(message.key as MessageKey, message.params)

/** A synced table in plain words; one this version does not name yet keeps its own name. */
export const tableName = (t: Translate, table: string): string =>
  t(`syncScreen.table.${table}` as MessageKey, { defaultValue: table })

export function useProvinceName(): (code: string | null) => string | null {
  const { provinces, loadProvinces } = useReference()
  useEffect(() => void loadProvinces(), [loadProvinces])
  return (code) => (code === null ? null : (provinces.find((each) => each.code === code)?.name ?? code))
}

/** "Forum OMS Jawa Timur (Jawa Timur)": who signed a bundle, and the province it speaks for. */
export function useSignerName(): (name: string, provinceCode: string | null) => string {
  const provinceName = useProvinceName()
  return (name, provinceCode) => {
    const province = provinceName(provinceCode)
    return province ? `${name} (${province})` : name
  }
}

/** The national team's instance: it receives the provinces' bundles rather than sending its own. */
export const useIsNational = (): boolean =>
  useHub((state) => state.status?.setUp === true && state.status.identity.role === 'national')
