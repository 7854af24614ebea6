import type { SupportForm } from '../../shared/initiatives'
import type { InstalmentInterval } from '../../shared/pledges'
import type { AppDatabase } from '../db'
import { pledgeProgress, receivedAmount } from '../pledges/status'

const registered = new WeakSet<AppDatabase>()

/**
 * Lets SQL ask a pledge's status of the very code the pledge pages use, so an indicator of overdue
 * or fulfilled pledges counts exactly the pledges those pages show as such. Registered once per
 * connection; the fulfilments come as a JSON array of [received_on, rupiah, quantity, hours].
 */
export function withPledgeStatus(database: AppDatabase): AppDatabase {
  if (registered.has(database)) return database
  database.sqlite.function(
    'pledge_status',
    { deterministic: true },
    (form, rupiah, quantity, people, hours, dueOn, instalmentCount, instalmentInterval, cancelledOn, today, given) => {
      const received = (JSON.parse(given as string) as [string, number | null, number | null, number | null][]).map(
        ([receivedOn, r, q, h]) => ({
          receivedOn,
          amount: receivedAmount(form as SupportForm, { rupiah: r, quantity: q, hours: h }),
        }),
      )
      const terms = {
        form: form as SupportForm,
        rupiah: rupiah as number | null,
        quantity: quantity as number | null,
        people: people as number | null,
        hours: hours as number | null,
        dueOn: dueOn as string | null,
        instalmentCount: Number(instalmentCount),
        instalmentInterval: instalmentInterval as InstalmentInterval | null,
        cancelledOn: cancelledOn as string | null,
      }
      return pledgeProgress(terms, received, today as string).status
    },
  )
  registered.add(database)
  return database
}
