import type { Catalog } from './id'
import type { indicatorNamesId } from './indicators-id'

/** The program indicators by name (English). */
export const indicatorNamesEn: Catalog<typeof indicatorNamesId> = {
  oms: {
    members: 'OMS in the directory',
    active: 'Active member OMS',
    new: 'OMS newly joined',
    engaged: 'OMS engaged',
    assessed: 'OMS that assessed their capacity',
  },
  people: {
    leaders: 'OMS leaders & managers',
    trainers: 'Trainers',
    women: 'Women leaders & managers',
    young: 'Young leaders & managers',
  },
  cop: {
    sessions: 'Sessions held',
    participants: 'People trained',
    leadersTrained: 'Leaders & managers trained',
    womenTrained: 'Women leaders & managers trained',
    youngTrained: 'Young leaders & managers trained',
    graduates: 'ToT graduates',
    graduateReach: 'Trained by ToT graduates',
    scoreGain: 'Mean score gain',
  },
  initiatives: {
    all: 'Local service initiatives',
  },
  pledges: {
    all: 'Pledges of support',
    fundsPledged: 'Funds pledged',
    fundsReceived: 'Funds received',
    inKindValue: 'In-kind support value',
    volunteerHours: 'Volunteer hours received',
    fulfilled: 'Pledges fulfilled',
    overdue: 'Pledges overdue',
    fee: 'Management fees',
    provincialShare: 'Provincial share',
  },
  governments: {
    engaged: 'Local governments engaged',
  },
}
