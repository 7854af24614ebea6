import { useId } from 'react'
import { useText } from '../../i18n'

/** The key fingerprint, big enough to read aloud over a bad phone line without squinting. */
export function Fingerprint({ value }: { value: string }) {
  const t = useText()
  const headingId = useId()
  return (
    <section className="fingerprint" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fingerprint.title')}</h2>
      {/* The spaces between groups stay in the text, so copying or reading it yields the same grouping. */}
      <p className="fingerprint__digits" translate="no">
        {value.split(' ').map((group, index) => (
          <span key={index}>{group} </span>
        ))}
      </p>
      <p>{t('fingerprint.readAloud')}</p>
    </section>
  )
}
