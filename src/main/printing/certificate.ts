import type { PrintedFile } from '../../shared/printing'
import { certificate } from '../cop/certificates'
import type { Services } from '../services'
import { savePrintedPage } from './save-pdf'

/** The hash route of a certificate's printable page, as the renderer routes it. */
export const certificateRoute = (certificateId: string) => `/print/certificate/${encodeURIComponent(certificateId)}`

/** A certificate saved as a PDF where the user chooses, offered under its holder's name and code. */
export async function printCertificate(services: Services, certificateId: string): Promise<PrintedFile | null> {
  const { holderName, code } = certificate(services.database, certificateId)
  const suggestedName = `Sertifikat-${holderName}-${code}`.replace(/[^\p{L}\p{N}-]+/gu, '-') + '.pdf'
  return savePrintedPage(services, { route: certificateRoute(certificateId), suggestedName })
}
