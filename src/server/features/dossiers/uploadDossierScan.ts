import type { Db } from '../../../db/client';
import { attachments, dossierScans } from '../../../db/schema';
import { detectFileType } from '../../../documents/files/detectFileType';
import type { Actor } from '../../../domain/access/actor';
import { DOSSIER_DOCUMENT_LABELS, type DossierDocumentKind } from '../../../domain/dossiers/dossierChecklist';
import { validation } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { scanFileName } from '../registrations/signedScans';
import { verifyUploadedPdf } from '../trustedCertificates/verifyUploadedPdf';
import { assertActsForProposer, assertEditable } from './dossierGuards';
import { ensureDossier, loadDossierContext } from './dossierQueries';
import { storeFile } from '../../kit/storeFile';

/** `attachments.kind` of a dossier document's signed scan. */
export const dossierScanKind = (kind: DossierDocumentKind) => `dossier_${kind}`;

/** A name that tries to leave its folder ("../", "..\\", an absolute path) is refused, not silently repaired. */
function refusesPath(name: string): boolean {
  return /[/\\]/.test(name) || name.split(/[/\\]/).includes('..') || /^\.\.?$/.test(name.trim()) || /[\u0000-\u001f\u007f]/.test(name);
}

/**
 * Stores a new signed scan of one document of the dossier; every version is kept and the newest is in force. The
 * type is judged from the content (PDF "%PDF-", JPEG, PNG), never the name; the bytes are stored once per SHA-256
 * (the registrations' content-addressed store); a PDF carrying ký số signatures is verified against the trusted CA
 * certificates and the report is kept with the scan and in its audit row. Refused before anything is stored: an empty
 * file, another type, a path in the name, a dossier that is submitted.
 */
export async function uploadDossierScan(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { nominationId: string; documentKind: DossierDocumentKind; bytes: Buffer; fileName: string | undefined; asOf: Date },
): Promise<void> {
  const context = await loadDossierContext(db, actor, input.nominationId);
  assertActsForProposer(actor, context);
  if (input.fileName !== undefined && refusesPath(input.fileName)) throw validation([{ path: 'fileName', message: 'Tên tệp: không được chứa đường dẫn («/», «\\», «..») hay ký tự điều khiển' }]);
  if (input.bytes.length === 0) throw validation([{ path: 'file', message: 'Tệp: chưa chọn tệp hoặc tệp rỗng' }]);
  const type = detectFileType(input.bytes);
  if (!type) throw validation([{ path: 'file', message: 'Tệp: nội dung không phải PDF, JPEG hay PNG (kiểm tra theo nội dung tệp, không theo tên hay kiểu khai báo)' }]);
  const report = type.mimeType === 'application/pdf' ? await verifyUploadedPdf(db, input.bytes, input.asOf) : null;
  const signatureStatus = !report || report.status === 'unsigned' ? 'none' : report.allValid ? 'valid' : 'invalid';
  const fileName = scanFileName(input.fileName, type, `${input.documentKind}-${context.nomination.nomination.id.slice(0, 8)}`);
  await db.transaction(async (tx) => {
    const dossier = await ensureDossier(tx, context.nomination);
    assertEditable(dossier);
    const sha256 = await storeFile(tx, input.bytes, type.mimeType);
    const [attachment] = await tx
      .insert(attachments)
      .values({ entityType: 'dossier', entityId: dossier.id, kind: dossierScanKind(input.documentKind), fileSha256: sha256, fileName, orgUnitId: dossier.orgUnitId, uploadedById: actor.userId })
      .returning();
    const [scan] = await tx
      .insert(dossierScans)
      .values({ dossierId: dossier.id, documentKind: input.documentKind, attachmentId: attachment.id, signatureStatus, signatureReport: report })
      .returning();
    await writeAudit(tx, ctx, {
      action: 'dossier.scan.upload',
      entityType: 'dossier',
      entityId: dossier.id,
      orgUnitId: dossier.orgUnitId,
      after: {
        nominationId: dossier.nominationId,
        scanId: scan.id,
        document: DOSSIER_DOCUMENT_LABELS[input.documentKind],
        fileName,
        sha256,
        size: input.bytes.length,
        mimeType: type.mimeType,
        signatureStatus,
        signatureSummary: report?.summary ?? null,
        signatures: report?.signatures.map((s) => ({ status: s.status, signer: s.signerName, organization: s.signerOrganization, issuer: s.issuerName, signingTime: s.signingTime })) ?? [],
      },
    });
  });
}
