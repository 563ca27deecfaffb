import { aliasedTable, and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { dossierAppraisals, dossierVersions, users } from '../../../db/schema';
import type { DossierVersionContent } from '../../../domain/dossiers/dossierVersions';
import type { DossierVersionSummary } from '../../../shared/contracts/dossiers';
import { notFound } from '../../errors';
import { versionSha256 } from './submitDossier';

const submitters = aliasedTable(users, 'submitter');
const deciders = aliasedTable(users, 'decider');

export const APPRAISAL_OUTCOME_LABELS = { accepted: 'Thẩm định đạt', returned: 'Trả lại để bổ sung' } as const;

/** The submitted versions of a dossier, oldest first, each with its content and its appraisal (if decided). */
async function selectVersions(db: DbOrTx, dossierId: string, version?: number) {
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  return db
    .select({
      version: dossierVersions.version,
      content: dossierVersions.content,
      contentSha256: dossierVersions.contentSha256,
      submittedAt: dossierVersions.submittedAt,
      submittedByName: submitters.fullName,
      outcome: dossierAppraisals.outcome,
      note: dossierAppraisals.note,
      decidedAt: dossierAppraisals.decidedAt,
      decidedByName: deciders.fullName,
    })
    .from(dossierVersions)
    .leftJoin(submitters, eq(submitters.id, dossierVersions.submittedById))
    .leftJoin(dossierAppraisals, and(eq(dossierAppraisals.dossierId, dossierVersions.dossierId), eq(dossierAppraisals.version, dossierVersions.version)))
    .leftJoin(deciders, eq(deciders.id, dossierAppraisals.decidedById))
    .where(version === undefined ? eq(dossierVersions.dossierId, dossierId) : and(eq(dossierVersions.dossierId, dossierId), eq(dossierVersions.version, version)))
    .orderBy(asc(dossierVersions.version));
}

type VersionRow = Awaited<ReturnType<typeof selectVersions>>[number];

/** A version as listed, its stored content re-hashed against the recorded SHA-256. */
export function presentVersion(r: VersionRow): DossierVersionSummary {
  return {
    version: r.version,
    submittedAt: r.submittedAt.toISOString(),
    submittedByName: r.submittedByName,
    contentSha256: r.contentSha256,
    intact: versionSha256(r.content as DossierVersionContent) === r.contentSha256,
    appraisal:
      r.outcome && r.decidedAt ? { outcome: r.outcome, outcomeLabel: APPRAISAL_OUTCOME_LABELS[r.outcome], note: r.note, decidedAt: r.decidedAt.toISOString(), decidedByName: r.decidedByName } : null,
  };
}

export async function listVersions(db: DbOrTx, dossierId: string | null): Promise<DossierVersionSummary[]> {
  if (!dossierId) return [];
  return (await selectVersions(db, dossierId)).map(presentVersion);
}

/** One version with its content, or a 404 naming the version. */
export async function loadVersion(db: DbOrTx, dossierId: string | null, version: number): Promise<{ summary: DossierVersionSummary; content: DossierVersionContent }> {
  const [row] = dossierId ? await selectVersions(db, dossierId, version) : [];
  if (!row) throw notFound(`Phiên bản ${version} của hồ sơ`);
  return { summary: presentVersion(row), content: row.content as DossierVersionContent };
}
