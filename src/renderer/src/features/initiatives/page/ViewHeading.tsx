import { useEffect, useRef, type ReactNode } from 'react'
import { useText } from '@renderer/i18n'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { initiativesHref } from '../routes'

/**
 * The h1 of a view reached from the initiatives list, after the way back to it. Each view is a
 * navigation of its own, so its heading takes focus on arrival.
 */
export function ViewHeading({ children }: { children: ReactNode }) {
  const t = useText()
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <>
      <p className="initiative-back">
        <a href={initiativesHref({ view: 'list' })}>
          <span aria-hidden="true">← </span>
          {t('initiativePage.back')}
        </a>
      </p>
      <ScreenHeading ref={ref}>{children}</ScreenHeading>
    </>
  )
}
