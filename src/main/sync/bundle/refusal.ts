import type { Message } from '../../../shared/errors'

/** Why a bundle is refused, as a message for the user; `alarm` marks signs of a cloned database or stolen key. */
export class BundleRefusal extends Error {
  constructor(
    readonly reason: Message,
    readonly alarm = false,
  ) {
    super(reason.key)
    this.name = 'BundleRefusal'
  }
}

export const refuse = (key: string, params?: Message['params'], alarm = false): never => {
  throw new BundleRefusal({ key: `sync.refused.${key}`, ...(params && { params }) }, alarm)
}
