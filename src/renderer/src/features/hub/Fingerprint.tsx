import { Fragment, useId } from 'react'
import { useText } from '../../i18n'

/**
 * The key fingerprint, big enough to read aloud over a bad phone line without squinting. `readAloud`
 * says to whom, when it is not a hub reading it to the national team.
 */
export function Fingerprint({ value, readAloud }: { value: string; readAloud?: string }) {
  const t = useText()
  const headingId = useId()
  return (
    <section className="fingerprint" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fingerprint.title')}</h2>
      {/* Real spaces between the groups, so copied or read-out text keeps the grouping the grid shows. */}
      <p className="fingerprint__digits" translate="no">
        {value.split(' ').map((group, index) => (
          <Fragment key={index}>
            {index > 0 && ' '}
            <span>{group}</span>
          </Fragment>
        ))}
      </p>
      <p>{readAloud ?? t('fingerprint.readAloud')}</p>
    </section>
  )
}
