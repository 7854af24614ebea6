import { seedProvince } from './provinces'

/**
 * One province seeded in a process of its own, as `seedMissing` runs it: `seed-province.ts
 * TEMPLATE FOLDER CODE NAME SEED`. Prints its peak memory as JSON.
 */
const [template = '', folder = '', code = '', name = '', seed = ''] = process.argv.slice(2)
seedProvince(template, folder, code, name, Number(seed))
  .then((result) => process.stdout.write(JSON.stringify(result)))
  .catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
