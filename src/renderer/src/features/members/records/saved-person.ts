import { create } from 'zustand'
import type { RecordKind } from '@shared/members'

interface SavedRecord {
  /** The OMS page that confirms the save: the OMS itself, or the one the person was saved in. */
  organisationId: string
  kind: RecordKind
  name: string
}

/** The record a form just saved, confirmed on the OMS page the form returns to while it stays open. */
export const useSavedRecord = create<{ saved: SavedRecord | null }>()(() => ({ saved: null }))

export const noteSavedPerson = (organisationId: string, name: string) =>
  useSavedRecord.setState({ saved: { organisationId, kind: 'person', name } })

export const noteSavedOrganisation = (organisationId: string, name: string) =>
  useSavedRecord.setState({ saved: { organisationId, kind: 'organisation', name } })

export const forgetSavedRecord = () => useSavedRecord.setState({ saved: null })
