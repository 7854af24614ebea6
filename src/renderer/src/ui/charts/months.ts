const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * Formats '2025-03' as "Mar 2025" in either language (Indonesian: "Mei 2025", "Agu 2025"). The
 * month is read as a UTC date and formatted in UTC, so no time zone can move it into its neighbour.
 */
export function monthFormatter(language: string): (month: string) => string {
  const format = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return (month) => {
    const match = MONTH.exec(month)
    if (!match) return month
    return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)))
  }
}
