import { SaxesParser } from 'saxes'

export interface XmlHandlers {
  /** Element names come without their prefix: some writers put every SpreadsheetML tag under x:. */
  open?(name: string, attributes: Record<string, string>): void
  close?(name: string): void
  text?(text: string): void
}

export interface XmlConsumer {
  write(chunk: Buffer): void
  end(): void
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/**
 * A streaming XML reader over inflated ZIP chunks, so a sheet is never held whole in memory.
 * Malformed XML throws, which the caller reports as a damaged file.
 */
export function xmlConsumer(handlers: XmlHandlers): XmlConsumer {
  const parser = new SaxesParser({ position: false })
  const decoder = new TextDecoder('utf-8')
  const { open, close, text } = handlers
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>))
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)))
  if (text) {
    parser.on('text', text)
    parser.on('cdata', text)
  }
  return {
    write: (chunk) => void parser.write(decoder.decode(chunk, { stream: true })),
    end: () => void parser.write(decoder.decode()).close(),
  }
}

/** The value of an attribute under any prefix, e.g. r:id written as relationships:id. */
export const prefixedAttribute = (attributes: Record<string, string>, name: string): string | undefined =>
  Object.entries(attributes).find(([key]) => key.endsWith(`:${name}`))?.[1]
