import './Details.css'
import type { ReactNode } from 'react'

type Row = [term: string, value: ReactNode]

/** Label–value pairs as a description list, so assistive tech reads each value with its label. */
export function Details({ rows }: { rows: (Row | false)[] }) {
  return (
    <dl className="details">
      {rows
        .filter((row): row is Row => row !== false)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  )
}
