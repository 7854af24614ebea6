import type { Catalog } from './id'
import type { syncId } from './sync-id'

export const syncEn: Catalog<typeof syncId> = {
  refused: {
    notBundle: 'This file is not a Lokadaya Hub sync bundle.',
    formatVersion:
      'This bundle uses format version {{version}}, unknown to this version of the app. Update Lokadaya Hub and try again.',
    truncated: 'This bundle is cut short: the file is incomplete. Ask the sender to send the whole file again.',
    trailingBytes: 'This bundle has extra data after its end: the file was changed. Ask the sender to send it again.',
    damaged: 'This bundle is damaged: its header cannot be read. Ask the sender to send it again.',
    manifestNotJson: 'This bundle is damaged: its table of contents cannot be read. Ask the sender to send it again.',
    manifestNotCanonical:
      'The table of contents is not in the canonical form that was signed: the file was changed. Ask the sender to send it again.',
    manifestInvalid: 'The table of contents of this bundle is invalid ({{detail}}).',
    unknownKey:
      'This bundle is signed by a key not enrolled here (key id {{keyId}}). Ask the sender for their key file, enrol it under Sync → Trusted keys after comparing its fingerprint by phone, then import this bundle again.',
    revokedKey:
      'This bundle is signed by the revoked key "{{name}}" ({{keyId}}). Bundles from that key are always refused.',
    retiredKey:
      'This bundle is signed by "{{name}}"’s old key, which has been replaced. Ask the sender to export again with the new key.',
    badSignature:
      'The bundle’s signature does not match: the file was changed or damaged on the way. Nothing was changed.',
    signerMismatch: 'This bundle claims another hub or instance than the owner of the key "{{name}}" that signed it.',
    newerSchema:
      'This bundle was made by a newer Lokadaya Hub (schema {{theirs}}, here {{ours}}). Update this app, then import again.',
    ackForOther: 'This acknowledgement is meant for another hub, not this one.',
    payloadHash: 'The bundle’s contents do not match the signed hash: the file was changed. Nothing was changed.',
    payloadDamaged: 'The bundle’s contents cannot be unpacked (damaged compression). Nothing was changed.',
    sizeMismatch:
      'The bundle’s contents are not the size its table of contents declares (perhaps made to flood this computer). Nothing was changed.',
    lineTooLong: 'Line {{line}} of this bundle is too long. Nothing was changed.',
    rowInvalid: 'Line {{line}} of this bundle is invalid ({{detail}}). Nothing was changed.',
    unknownTable: 'Line {{line}} holds table "{{table}}", unknown to this version of the app. Update Lokadaya Hub.',
    unknownColumn: 'Line {{line}} holds column "{{column}}", unknown in table {{table}}. Update Lokadaya Hub.',
    foreignRow:
      'Line {{line}} ({{table}}) belongs to another hub than the bundle’s signer. A hub may only send its own data; the whole bundle is refused.',
    rowConflict: 'Line {{line}} conflicts with the data here ({{detail}}). Nothing was changed.',
    attachmentHash: 'The attachment on line {{line}} does not match its hash. Nothing was changed.',
    countsMismatch: 'The number of rows in the bundle differs from its table of contents. Nothing was changed.',
    clockAhead:
      'The sender’s clock is about {{hours, number(maximumFractionDigits: 0)}} hours ahead of this computer’s. Check the date and time on both computers; if you are sure, accept this bundle explicitly (recorded in the history).',
    sequenceReused:
      'WARNING: bundle number {{sequence}} of this key was already received with different contents. The sender’s database may have been copied to another computer, or its key stolen. Bundle refused; contact the sending hub.',
    chainBroken:
      'WARNING: bundle number {{sequence}} does not follow on from the previous bundle of the same key. The sender’s database may have been copied, or its key stolen. Bundle refused; contact the sending hub.',
    rebuildNotHere:
      'This is a rebuild bundle from the national team, for setting up a new instance of a hub that lost its data. It is used only while setting up (Rebuild from the national copy), never imported into a running hub.',
  },
  trust: {
    keyFile: 'The key file cannot be used: {{problem}}.',
    fingerprintMismatch:
      'The fingerprint does not match. The key was not enrolled. Read the fingerprint again with the sender; if it still differs, do not use this file.',
    ownKey: 'This is this instance’s own key; it needs no enrolment.',
    revokedStays: 'The key "{{name}}" was revoked and cannot be enrolled again. Ask the sender to make a new key.',
    unknownKey: 'Key {{keyId}} is not enrolled here.',
    revokeOwn: 'This instance’s own key cannot be revoked here; rotate it if needed.',
  },
  join: {
    notHub: 'This key belongs to a national instance; a second instance can only join a provincial hub.',
    wrongBundle: 'This bundle was not exported by the instance whose key was given.',
    notFull:
      'This bundle does not hold the hub’s record. Ask the first instance for a full export (all data), then try again.',
  },
  rebuild: {
    notNational:
      'This key is not a national instance’s. Rebuilding from the national copy needs the national team’s public key.',
    wrongBundle: 'This bundle is not a rebuild bundle signed by the national key given.',
    notHub:
      'This rebuild bundle does not hold the record of hub {{hubId}}. Ask the national team to export your hub’s rebuild bundle again.',
    unknownHub: 'Hub {{hubId}} is not known at this national instance.',
    notProvince: 'Only a provincial hub can be rebuilt from the national copy; {{hubId}} is not one.',
  },
  file: {
    missing: 'The file "{{file}}" cannot be found. It may have been moved, or its USB stick removed.',
    noPath:
      'Where "{{file}}" lies on this computer is unknown (dragged out of a zip archive or a browser, perhaps). Save the file first, then choose it with the import button.',
    notFile: '"{{file}}" is not a file (perhaps a folder). Choose a bundle or key file.',
    notKeyFile: 'The file "{{file}}" is too large for a public key file. Choose the key file the sender gave you.',
    keyFileNotBundle:
      '"{{file}}" is a public key file, not a bundle. Enrol that key under Sync → Trusted keys after comparing its fingerprint by phone.',
    ownFile: '"{{file}}" is one of this hub’s own files (its database or signing key). Choose another name.',
  },
  ackUnknownHub: 'No key is enrolled for hub {{hubId}} yet, so there is nothing to acknowledge.',
  notOwner: 'This record belongs to another hub and only that hub can change it.',
  rowNotFound: 'Record not found; it may have been deleted.',
}
