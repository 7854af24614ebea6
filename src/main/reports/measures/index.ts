import type { IndicatorKey } from '../../../shared/reports'
import { capacityMeasures } from './capacity'
import { galangDayaMeasures } from './galang-daya'
import { memberMeasures } from './members'
import type { Measure } from './types'

export type { Measure } from './types'

/** Every indicator's record set; the type makes a key without one a compile error. */
export const measures: Record<IndicatorKey, Measure> = {
  ...memberMeasures,
  ...capacityMeasures,
  ...galangDayaMeasures,
}
