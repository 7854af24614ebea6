import { create } from 'zustand'

interface SavedPerson {
  organisationId: string
  name: string
}

/** The person a form just saved, confirmed on the OMS page the form returns to while it stays open. */
export const useSavedPerson = create<{ saved: SavedPerson | null }>()(() => ({ saved: null }))

export const noteSavedPerson = (organisationId: string, name: string) =>
  useSavedPerson.setState({ saved: { organisationId, name } })

export const forgetSavedPerson = () => useSavedPerson.setState({ saved: null })
