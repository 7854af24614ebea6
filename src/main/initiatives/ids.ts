import { v5 as uuidv5 } from 'uuid'

/** Names the steps of every initiative: any fixed UUID would do, as long as it never changes. */
const STEP_NAMESPACE = '6f1c7a52-3b0e-4d6a-9c41-2e8d5b7f0a13'

/**
 * A step's row id, from its initiative and number alone: instances that each create the steps of
 * one initiative (a join replaying a create, a restored backup) write the same six rows, never
 * twelve.
 */
export const stepId = (initiativeId: string, step: number): string => uuidv5(`${initiativeId}#${step}`, STEP_NAMESPACE)
