import { createHash } from 'node:crypto'
import { v5 as uuidv5 } from 'uuid'

// Any fixed UUIDs would do, as long as they never change.
const PARTICIPANT_NAMESPACE = '2b7e9c1d-5a43-4f08-8d6e-1c9a0b3f7e25'
const TRAINER_NAMESPACE = '9d4a6e20-7c1b-4b5f-a2e8-63f0d1c8b947'
const CERTIFICATE_NAMESPACE = 'c3f18a57-0e6d-4a92-b4c1-5d7e2f9a6b30'

/** One registration per person and session, whichever PC registers them. */
export const participantId = (sessionId: string, personId: string): string =>
  uuidv5(`${sessionId}#${personId}`, PARTICIPANT_NAMESPACE)

/** One trainer qualification per person and aspect. */
export const trainerId = (personId: string, aspect: string): string =>
  uuidv5(`${personId}#${aspect}`, TRAINER_NAMESPACE)

/** One certificate per registration: issuing again on another PC writes the same row. */
export const certificateId = (participantId: string): string => uuidv5(participantId, CERTIFICATE_NAMESPACE)

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A certificate's verification code: the hub's province and 40 bits of a hash over what the
 * certificate says, so a row whose holder or session was altered after issue no longer matches
 * its own code. "35-7K2M-9QXD".
 */
export function certificateCode(
  provinceCode: string | null,
  printed: { id: string; holderName: string; sessionTitle: string; issuedOn: string },
): string {
  const digest = createHash('sha256')
    .update([printed.id, printed.holderName, printed.sessionTitle, printed.issuedOn].join('\u001f'))
    .digest()
  let bits = 0n
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte)
  let chars = ''
  for (let i = 7; i >= 0; i--) chars += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)]
  return `${provinceCode ?? '00'}-${chars.slice(0, 4)}-${chars.slice(4)}`
}

/** A code as someone typed it: any case, spaces or dashes anywhere, O for 0, I or L for 1. */
export function normaliseCode(typed: string): string {
  const plain = typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  return plain.length === 10 ? `${plain.slice(0, 2)}-${plain.slice(2, 6)}-${plain.slice(6)}` : plain
}
