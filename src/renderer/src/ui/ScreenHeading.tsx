import type { ReactNode, Ref } from 'react'

/** A screen's h1. Focusable by script only: focus moves here after navigation or a finished step. */
export function ScreenHeading({ children, ref }: { children: ReactNode; ref?: Ref<HTMLHeadingElement> }) {
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  )
}
