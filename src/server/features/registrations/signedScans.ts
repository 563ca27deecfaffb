import { and, desc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { attachments, storedFiles, users } from '../../../db/schema';
import type { ScanFileType } from '../../../documents/files/detectFileType';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { storeFile } from '../../kit/storeFile';

/** `attachments.kind` of the signed, scanned registration form (SPEC §3 step 2). */
export const SIGNED_SCAN_KIND = 'signed_registration_scan';

/** "Bản đăng ký.pdf" sent with PNG bytes is kept as "Bản đăng ký.png": the content decides, the name follows. */
export function scanFileName(requested: string | undefined, type: ScanFileType, fallbackStem: string): string {
  const base = (requested ?? '').normalize('NFC').replace(/[\u0000-\u001f\u007f/\\]/g, ' ').trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || fallbackStem;
  return `${stem}.${type.extension}`;
}

/**
 * Stores a signed scan of a registration: the bytes once per SHA-256 in stored_files (a second upload of the same
 * file adds no copy), an attachment row carrying the unit for scope, and its audit row, in one transaction.
 * Every upload is kept; the newest is the one in force.
 */
export async function storeSignedScan(
  db: Db,
  ctx: AuditContext,
  input: { registrationId: string; orgUnitId: string; bytes: Buffer; type: ScanFileType; fileName: string; uploadedById: string },
) {
  return db.transaction(async (tx) => {
    const sha256 = await storeFile(tx, input.bytes, input.type.mimeType);
    const [row] = await tx
      .insert(attachments)
      .values({ entityType: 'registration', entityId: input.registrationId, kind: SIGNED_SCAN_KIND, fileSha256: sha256, fileName: input.fileName, orgUnitId: input.orgUnitId, uploadedById: input.uploadedById })
      .returning();
    await writeAudit(tx, ctx, {
      action: 'registration.signedScan.upload',
      entityType: 'attachment',
      entityId: row.id,
      orgUnitId: input.orgUnitId,
      after: { registrationId: input.registrationId, fileName: input.fileName, sha256, size: input.bytes.length, mimeType: input.type.mimeType },
    });
    return { id: row.id, fileName: row.fileName, mimeType: input.type.mimeType, size: input.bytes.length, sha256, uploadedAt: row.uploadedAt.toISOString() };
  });
}

const scanColumns = {
  id: attachments.id,
  fileName: attachments.fileName,
  sha256: attachments.fileSha256,
  mimeType: storedFiles.mimeType,
  size: storedFiles.size,
  uploadedAt: attachments.uploadedAt,
  uploadedBy: users.fullName,
};
const ofRegistration = (registrationId: string) =>
  and(eq(attachments.entityType, 'registration'), eq(attachments.entityId, registrationId), eq(attachments.kind, SIGNED_SCAN_KIND));

/** Every signed scan of a registration, newest first (metadata only). */
export async function listSignedScans(db: DbOrTx, registrationId: string) {
  const rows = await db
    .select(scanColumns)
    .from(attachments)
    .innerJoin(storedFiles, eq(storedFiles.sha256, attachments.fileSha256))
    .leftJoin(users, eq(users.id, attachments.uploadedById))
    .where(ofRegistration(registrationId))
    .orderBy(desc(attachments.uploadedAt), desc(attachments.id));
  return rows.map((r) => ({ ...r, uploadedAt: new Date(r.uploadedAt).toISOString() }));
}

/** The newest signed scan with its bytes, or null. */
export async function latestSignedScan(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({ fileName: attachments.fileName, mimeType: storedFiles.mimeType, data: storedFiles.data })
    .from(attachments)
    .innerJoin(storedFiles, eq(storedFiles.sha256, attachments.fileSha256))
    .where(ofRegistration(registrationId))
    .orderBy(desc(attachments.uploadedAt), desc(attachments.id))
    .limit(1);
  return row ?? null;
}
