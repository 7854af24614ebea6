import './hub.css'
import { Fragment, useId, useRef, useState } from 'react'
import type { HubRole } from '@shared/hub'
import { useText } from '@renderer/i18n'
import { useDates } from '@renderer/ui/dates'

const PRINTING = 'printing-fingerprint'

/**
 * The key fingerprint, big enough to read aloud over a bad phone line without squinting, with whom
 * to read it to: a province reads its own to the national secretariat that enrols it, the national
 * team reads its own to each province. `name` is whose key it is, for the printed sheet.
 */
export function Fingerprint({ value, role, name }: { value: string; role: HubRole; name: string }) {
  const t = useText()
  const { date } = useDates()
  const headingId = useId()
  const section = useRef<HTMLElement>(null)
  const digits = useRef<HTMLParagraphElement>(null)
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null)

  async function copy() {
    try {
      await navigator.clipboard.writeText(value)
      setCopied('copied')
    } catch {
      // Where the clipboard is refused (a browser's or the shell's permission policy), the digits
      // are selected instead, so one Ctrl+C still copies them.
      if (digits.current) window.getSelection()?.selectAllChildren(digits.current)
      setCopied('selected')
    }
  }

  /** Only this section goes on paper (see the print rules in hub.css); the page returns after. */
  function print() {
    const printed = section.current
    if (!printed) return
    printed.classList.add(PRINTING)
    document.body.classList.add(PRINTING)
    window.addEventListener(
      'afterprint',
      () => {
        printed.classList.remove(PRINTING)
        document.body.classList.remove(PRINTING)
      },
      { once: true },
    )
    window.print()
  }

  return (
    <section ref={section} className="fingerprint" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fingerprint.title')}</h2>
      <p className="fingerprint__printed-for">{t('fingerprint.printedFor', { name, date: date(new Date()) })}</p>
      {/* Real spaces between the groups, so copied or read-out text keeps the grouping the grid shows. */}
      <p ref={digits} className="fingerprint__digits" translate="no">
        {value.split(' ').map((group, index) => (
          <Fragment key={index}>
            {index > 0 && ' '}
            <span>{group}</span>
          </Fragment>
        ))}
      </p>
      <p className="fingerprint__read-aloud">{t(`fingerprint.readAloud.${role}`)}</p>
      <div className="fingerprint__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('fingerprint.copy')}
        </button>
        <button type="button" className="button" onClick={print}>
          {t('fingerprint.print')}
        </button>
      </div>
      <p role="status" className="fingerprint__outcome">
        {copied && t(`fingerprint.${copied}`)}
      </p>
    </section>
  )
}
