import { describe, expect, it } from 'vitest'
import { indicatorKeys, indicatorSections } from './reports'

describe('indicator sections', () => {
  it('show every indicator, each in one group', () => {
    const shown = indicatorSections.flatMap((section) => section.keys)
    expect([...shown].sort()).toEqual([...indicatorKeys].sort())
  })
})
