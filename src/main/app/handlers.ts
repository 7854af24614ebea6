import type { HandlerRegistry } from '../ipc/registry'
import { AREA_ATTRIBUTION, AREA_DATASET, AREA_LICENSE, AREA_VERSION } from '../reference/area-data'

export function registerAppHandlers(registry: HandlerRegistry): void {
  registry.register('app:info', (_, { appVersion, database, keyStore }) => ({
    version: appVersion,
    databasePath: database.path,
    keyStorage: { location: keyStore.location, protection: keyStore.protection },
    referenceData: [
      { dataset: AREA_DATASET, version: AREA_VERSION, license: AREA_LICENSE, attribution: AREA_ATTRIBUTION },
    ],
  }))
}
