import type { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { contract } from './contract'

/** Every object schema reachable from a schema, with the path that leads to it. */
function objectsIn(schema: z.core.$ZodType, path: string, found: { path: string; strict: boolean }[]): void {
  const walk = (inner: z.core.$ZodType, step = '') => objectsIn(inner, path + step, found)
  const def = (schema as z.core.$ZodTypes)._zod.def
  switch (def.type) {
    case 'object':
      found.push({ path, strict: def.catchall?._zod.def.type === 'never' })
      for (const [key, value] of Object.entries(def.shape)) walk(value, `.${key}`)
      if (def.catchall && def.catchall._zod.def.type !== 'never') walk(def.catchall, '.*')
      return
    case 'union':
      return def.options.forEach((option, index) => walk(option, `|${index}`))
    case 'intersection':
      walk(def.left)
      return walk(def.right)
    case 'pipe':
      walk(def.in)
      return walk(def.out)
    case 'array':
      return walk(def.element, '[]')
    case 'tuple':
      def.items.forEach((item, index) => walk(item, `[${index}]`))
      if (def.rest) walk(def.rest, '[...]')
      return
    case 'record':
    case 'map':
      walk(def.keyType, '{key}')
      return walk(def.valueType, '{}')
    case 'set':
      return walk(def.valueType, '{}')
    case 'lazy':
      return walk(def.getter())
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
    case 'success':
    case 'promise':
      return walk(def.innerType)
    default:
      // Leaves: strings, numbers, enums, literals, transforms and the like hold no objects.
      return
  }
}

describe('the IPC contract', () => {
  const objects: { path: string; strict: boolean }[] = []
  for (const [channel, route] of Object.entries(contract)) objectsIn(route.input, channel, objects)

  it('refuses unknown keys in every object it accepts, however deep', () => {
    expect(objects.length).toBeGreaterThan(30)
    expect(objects.filter((object) => !object.strict).map((object) => object.path)).toEqual([])
  })

  it('sees the objects nested in unions, pipes and wrappers too', () => {
    const paths = objects.map((object) => object.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'hub:setup|0',
        'hub:setup|1',
        'members:listOrganisations.filters',
        'members:listPeople.sort',
      ]),
    )
  })
})
