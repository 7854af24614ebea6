import { useEffect, useRef, type ReactNode } from 'react'
import { ScreenHeading } from '../../../ui/ScreenHeading'

/** Each record page is a navigation of its own within Anggota, so its heading takes focus. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return <ScreenHeading ref={ref}>{children}</ScreenHeading>
}
