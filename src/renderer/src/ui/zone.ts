import type { TimeZoneCode } from '@shared/format'

const utcOffset: Record<TimeZoneCode, number> = { WIB: 7, WITA: 8, WIT: 9 }

/** "WITA (UTC+8)": the code is what people say, the offset helps anyone outside Indonesia. */
export function zoneLabel(zone: TimeZoneCode): string {
  return `${zone} (UTC+${utcOffset[zone]})`
}
