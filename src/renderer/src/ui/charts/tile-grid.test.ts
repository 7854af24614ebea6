import { getProvinces } from 'idn-area-data'
import { describe, expect, it } from 'vitest'
import { TILE_GRID, TILE_GRID_COLUMNS, TILE_GRID_ROWS } from './tile-grid'

describe('the province tile grid', () => {
  it('places exactly the 38 provinces of idn-area-data, by their Kemendagri codes', async () => {
    const codes = (await getProvinces()).map((province) => province.code).sort()
    expect(codes).toHaveLength(38)
    expect(Object.keys(TILE_GRID).sort()).toEqual(codes)
  })

  it('gives each province a cell of its own, inside the grid', () => {
    const cells = Object.values(TILE_GRID).map(({ row, col }) => `${row},${col}`)
    expect(new Set(cells).size).toBe(cells.length)
    for (const { row, col } of Object.values(TILE_GRID)) {
      expect(row).toBeGreaterThanOrEqual(0)
      expect(row).toBeLessThan(TILE_GRID_ROWS)
      expect(col).toBeGreaterThanOrEqual(0)
      expect(col).toBeLessThan(TILE_GRID_COLUMNS)
    }
  })

  it('names each tile with a short upper-case label no other tile has', () => {
    const labels = Object.values(TILE_GRID).map(({ short }) => short)
    expect(new Set(labels).size).toBe(labels.length)
    for (const label of labels) expect(label).toMatch(/^[A-Z]{3,8}$/)
  })

  it('keeps the map recognisable: Aceh top left, Java along the bottom, Papua on the right', () => {
    expect(TILE_GRID['11']).toMatchObject({ row: 0, col: 0 })
    const java = ['36', '31', '32', '33', '34', '35'].map((code) => TILE_GRID[code])
    expect(java.map((place) => place?.row)).toEqual(Array(6).fill(TILE_GRID_ROWS - 1))
    expect(java.map((place) => place?.col)).toEqual(
      [...(java.map((place) => place?.col) as number[])].sort((a, b) => a - b),
    )
    const east = Math.max(...Object.values(TILE_GRID).map(({ col }) => col))
    for (const papua of ['91', '92', '93', '94', '95', '96'])
      expect(TILE_GRID[papua]?.col).toBeGreaterThanOrEqual(east - 2)
  })
})
