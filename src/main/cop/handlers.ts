import type { HandlerRegistry } from '../ipc/registry'
import { printCertificate } from '../printing/certificate'
import { commitAttendance, previewAttendance } from './attendance-import'
import { cascade } from './cascade'
import { certificate, issueCertificates, verifyCertificate, withdrawCertificate } from './certificates'
import { sessionDetail } from './detail'
import { indicators } from './indicators'
import { listSessions } from './list'
import { register, removeParticipant, setAttendance, setScores } from './participants'
import {
  changeSessionStatus,
  createSeries,
  createSession,
  deleteSeries,
  deleteSession,
  listSeries,
  updateSeries,
  updateSession,
} from './sessions'
import { trainerView } from './trainer-view'
import { graduate, listTrainers, revokeTrainer } from './trainers'

/** CoP & ToT: sessions and series, attendance and scores, certificates, trainers and their cascade. */
export function registerCopHandlers(registry: HandlerRegistry): void {
  registry.register('cop:listSessions', (input, { database }) => listSessions(database, input))
  registry.register('cop:getSession', ({ id }, { database }) => sessionDetail(database, id))
  registry.register('cop:createSession', (input, { database }) => createSession(database, input))
  registry.register('cop:updateSession', (input, { database }) => updateSession(database, input))
  registry.register('cop:deleteSession', ({ id }, { database }) => deleteSession(database, id))
  registry.register('cop:changeSessionStatus', (input, { database }) => changeSessionStatus(database, input))
  registry.register('cop:listSeries', (_, { database }) => listSeries(database))
  registry.register('cop:createSeries', (input, { database }) => createSeries(database, input))
  registry.register('cop:updateSeries', (input, { database }) => updateSeries(database, input))
  registry.register('cop:deleteSeries', ({ id }, { database }) => deleteSeries(database, id))
  registry.register('cop:register', (input, { database }) => register(database, input))
  registry.register('cop:setAttendance', (input, { database }) => setAttendance(database, input))
  registry.register('cop:setScores', (input, { database }) => setScores(database, input))
  registry.register('cop:removeParticipant', ({ id }, { database }) => removeParticipant(database, id))
  registry.register('cop:attendancePreview', (input, { database }) => previewAttendance(database, input))
  registry.register('cop:attendanceCommit', (input, { database }) => commitAttendance(database, input))
  registry.register('cop:issueCertificates', (input, { database }) => issueCertificates(database, input))
  registry.register('cop:certificate', ({ id }, { database }) => certificate(database, id))
  registry.register('cop:printCertificate', ({ certificateId }, services) => printCertificate(services, certificateId))
  registry.register('cop:verifyCertificate', ({ code }, { database }) => verifyCertificate(database, code))
  registry.register('cop:withdrawCertificate', ({ id }, { database }) => withdrawCertificate(database, id))
  registry.register('cop:trainers', (_, { database }) => listTrainers(database))
  registry.register('cop:graduate', ({ participantId }, { database }) => graduate(database, participantId))
  registry.register('cop:revokeTrainer', ({ id }, { database }) => revokeTrainer(database, id))
  registry.register('cop:cascade', ({ rootSessionId }, { database }) => cascade(database, rootSessionId))
  registry.register('cop:trainerView', ({ personId }, { database }) => trainerView(database, personId))
  registry.register('cop:indicators', (input, { database }) => indicators(database, input))
}
