import type { DbOrTx } from '../../../db/client';
import { verifyPdfSignatures } from '../../../documents/signatures/verifyPdfSignatures';
import type { PdfSignatureReport } from '../../../shared/contracts/trustedCertificates';
import { activeTrustedCertificatePems } from './trustedCertificateQueries';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * Verifies the digital signatures of an uploaded PDF against the CA certificates trusted now, as of `asOf`. The answer
 * is plain JSON (the response contract), so a dossier can keep it with the file and in its audit row.
 */
export async function verifyUploadedPdf(db: DbOrTx, pdf: Uint8Array, asOf: Date): Promise<PdfSignatureReport> {
  const trusted = await activeTrustedCertificatePems(db);
  const report = await verifyPdfSignatures(pdf, trusted, asOf);
  return {
    ...report,
    verifiedAt: asOf.toISOString(),
    trustedCertificateCount: trusted.length,
    signatures: report.signatures.map((s) => ({
      ...s,
      certificateValidFrom: iso(s.certificateValidFrom),
      certificateValidTo: iso(s.certificateValidTo),
      signingTime: iso(s.signingTime),
      checkedAt: s.checkedAt.toISOString(),
    })),
  };
}
