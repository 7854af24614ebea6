import { useEffect, useRef, type ReactNode } from 'react'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import type { Tab } from '../directory/store'
import { BackToDirectory } from './BackToDirectory'

/**
 * Each record page is a navigation of its own within Anggota, so its heading takes focus. A page
 * reached from a list (`back`) starts with the way back to it.
 */
export function PageHeading({ children, back }: { children: ReactNode; back?: Tab }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <>
      {back && <BackToDirectory tab={back} />}
      <ScreenHeading ref={ref}>{children}</ScreenHeading>
    </>
  )
}
