import type { Catalog } from './id'
import type { termNamesId } from './terms-id'

/** Names of fixed lists printed by main and the renderer alike (English). */
export const termNamesEn: Catalog<typeof termNamesId> = {
  supportForm: {
    funds: 'Funds',
    goods: 'Goods/facilities',
    time: 'Time & expertise',
    knowledge: 'Knowledge & technology',
    policy: 'Policy/advocacy',
    cooperation: 'Cooperation',
    other: 'Other',
  },
  sessionFormat: {
    webinar: 'Webinar',
    online_training: 'Online training',
    offline_training: 'In-person training',
    tot: 'ToT',
    mentoring: 'Mentoring',
    cop_discussion: 'CoP discussion',
  },
  pledgeStatus: {
    promised: 'Promised',
    partial: 'Partly fulfilled',
    fulfilled: 'Fulfilled',
    overdue: 'Overdue',
    cancelled: 'Cancelled',
  },
}
