import type { SupportForm } from '../../shared/initiatives'
import type { InstalmentInterval } from '../../shared/pledges'
import type { AppDatabase } from '../db'
import { pledgeProgress, receivedAmount } from '../pledges/status'

const registered = new WeakSet<AppDatabase>()

/**
 * Statuses derived on the day they were asked for, by everything a status is derived from: the
 * report facts are rebuilt after every change, and a pledge whose terms and receipts did not change
 * is not derived again that day. A new day, or more entries than any hub has pledges, starts afresh.
 */
interface Memo {
  today: string
  statuses: Map<string, string>
}
const MEMO_LIMIT = 250_000

/**
 * Lets SQL ask a pledge's status of the very code the pledge pages use, so an indicator of overdue
 * or fulfilled pledges counts exactly the pledges those pages show as such. Registered once per
 * connection; the fulfilments come as a JSON array of [received_on, rupiah, quantity, hours].
 */
export function withPledgeStatus(database: AppDatabase): AppDatabase {
  if (registered.has(database)) return database
  const memo: Memo = { today: '', statuses: new Map() }
  database.sqlite.function(
    'pledge_status',
    { deterministic: true },
    (form, rupiah, quantity, people, hours, dueOn, instalmentCount, instalmentInterval, cancelledOn, today, given) => {
      if (memo.today !== today || memo.statuses.size >= MEMO_LIMIT)
        Object.assign(memo, { today: today as string, statuses: new Map() })
      // Enumerations, dates, numbers and then JSON: "|" cannot be part of any but the last.
      const key = `${form}|${rupiah}|${quantity}|${people}|${hours}|${dueOn}|${instalmentCount}|${instalmentInterval}|${cancelledOn}|${given}`
      const known = memo.statuses.get(key)
      if (known !== undefined) return known
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
      const status = pledgeProgress(terms, received, today as string).status
      memo.statuses.set(key, status)
      return status
    },
  )
  registered.add(database)
  return database
}
