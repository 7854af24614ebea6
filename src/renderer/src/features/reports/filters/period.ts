export type PeriodPreset = 'thisQuarter' | 'lastQuarter' | 'thisYear' | 'last12' | 'allTime' | 'custom'

export const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

/** A period preset's days, counted from the hub's today (a Papua hub's year starts two hours earlier). */
export function periodOf(preset: PeriodPreset, today: string, from: string, to: string) {
  const quarterStart = (offset: number) => {
    const start = new Date(
      Date.UTC(Number(today.slice(0, 4)), Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + offset * 3, 1),
    )
    return start.toISOString().slice(0, 10)
  }
  switch (preset) {
    case 'thisQuarter':
      return { from: quarterStart(0), to: today }
    case 'lastQuarter': {
      const end = new Date(`${quarterStart(0)}T00:00:00Z`)
      end.setUTCDate(0)
      return { from: quarterStart(-1), to: end.toISOString().slice(0, 10) }
    }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today }
    case 'last12': {
      const start = new Date(`${today}T00:00:00Z`)
      start.setUTCFullYear(start.getUTCFullYear() - 1)
      start.setUTCDate(start.getUTCDate() + 1)
      return { from: start.toISOString().slice(0, 10), to: today }
    }
    case 'allTime':
      return { from: null, to: null }
    case 'custom':
      return { from: isDay(from) ? from : null, to: isDay(to) ? to : null }
  }
}
