import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { attachments, dossierScans, dossiers, storedFiles, users } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { inScope } from '../../../domain/access/scope';
import { DOSSIER_DOCUMENT_KINDS, type DossierDocumentKind, type ScanState } from '../../../domain/dossiers/dossierChecklist';
import type { DossierScan } from '../../../shared/contracts/dossiers';
import { notFound } from '../../errors';
import { loadNomination, type NominationRow } from '../nominations/nominationQueries';

export type DossierRow = typeof dossiers.$inferSelect;

/** The nomination (with its units) and its dossier row, null until the first write. */
export type DossierContext = { nomination: NominationRow; dossier: DossierRow | null };

/**
 * A nomination and its dossier, as the actor may see it: within scope of the nominee's unit (a district sees its
 * communes', a unit its own), else a 404 — the same scope as the nomination itself. A withdrawn nomination has no
 * dossier to work on.
 */
export async function loadDossierContext(db: DbOrTx, actor: Actor, nominationId: string, options: { forUpdate?: boolean } = {}): Promise<DossierContext> {
  const nomination = await loadNomination(db, nominationId);
  if (!inScope(actor, { unitId: nomination.nomineeUnit.id, unitPath: nomination.nomineeUnit.path })) throw notFound('Hồ sơ khen thưởng');
  if (nomination.nomination.status !== 'proposed') throw notFound('Hồ sơ khen thưởng');
  const query = db.select().from(dossiers).where(eq(dossiers.nominationId, nominationId));
  const [dossier] = options.forUpdate ? await query.for('update') : await query;
  return { nomination, dossier: dossier ?? null };
}

/** The dossier row of a nomination, created (status draft) on its first write; locked for the transaction. */
export async function ensureDossier(tx: DbOrTx, nomination: NominationRow): Promise<DossierRow> {
  await tx
    .insert(dossiers)
    .values({ nominationId: nomination.nomination.id, campaignId: nomination.nomination.campaignId, orgUnitId: nomination.proposingUnit.id })
    .onConflictDoNothing();
  const [row] = await tx.select().from(dossiers).where(eq(dossiers.nominationId, nomination.nomination.id)).for('update');
  return row;
}

/** Every signed scan of a dossier, newest first per document (metadata and signature reports, no bytes). */
export async function listDossierScans(db: DbOrTx, dossierId: string | null): Promise<DossierScan[]> {
  if (!dossierId) return [];
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  const rows = await db
    .select({
      id: dossierScans.id,
      documentKind: dossierScans.documentKind,
      fileName: attachments.fileName,
      mimeType: storedFiles.mimeType,
      size: storedFiles.size,
      sha256: attachments.fileSha256,
      uploadedAt: attachments.uploadedAt,
      uploadedBy: users.fullName,
      signatureStatus: dossierScans.signatureStatus,
      signatureReport: dossierScans.signatureReport,
    })
    .from(dossierScans)
    .innerJoin(attachments, eq(attachments.id, dossierScans.attachmentId))
    .innerJoin(storedFiles, eq(storedFiles.sha256, attachments.fileSha256))
    .leftJoin(users, eq(users.id, attachments.uploadedById))
    .where(eq(dossierScans.dossierId, dossierId))
    .orderBy(desc(attachments.uploadedAt), desc(dossierScans.createdAt), desc(dossierScans.id));
  return rows.map((r) => ({ ...r, uploadedAt: new Date(r.uploadedAt).toISOString(), signatureReport: r.signatureReport ?? null }));
}

/** The newest scan of each document, as the checklist reads it. */
export function latestScanStates(scans: readonly DossierScan[]): Record<DossierDocumentKind, ScanState> {
  const states = Object.fromEntries(DOSSIER_DOCUMENT_KINDS.map((k) => [k, null])) as Record<DossierDocumentKind, ScanState>;
  for (const scan of scans) if (states[scan.documentKind] === null) states[scan.documentKind] = { signatures: scan.signatureStatus };
  return states;
}

/** One scan of a dossier with its bytes, or a 404. */
export async function loadDossierScanFile(db: DbOrTx, dossierId: string, scanId: string) {
  const [row] = await db
    .select({ fileName: attachments.fileName, mimeType: storedFiles.mimeType, data: storedFiles.data })
    .from(dossierScans)
    .innerJoin(attachments, eq(attachments.id, dossierScans.attachmentId))
    .innerJoin(storedFiles, eq(storedFiles.sha256, attachments.fileSha256))
    .where(and(eq(dossierScans.dossierId, dossierId), eq(dossierScans.id, scanId)));
  if (!row) throw notFound('Bản quét đã ký');
  return row;
}
