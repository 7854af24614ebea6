import { utcOffsetHours, type TimeZoneCode } from '@shared/format'

/** "WITA (UTC+8)": the code is what people say, the offset helps anyone outside Indonesia. */
export function zoneLabel(zone: TimeZoneCode): string {
  return `${zone} (UTC+${utcOffsetHours[zone]})`
}
