import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { evaluationReports, users } from '../../../db/schema';
import type { EvaluationNarrative } from '../../../db/schema';

/** The saved narrative of a campaign's evaluation report and who saved it last; null before the first save. */
export async function findEvaluationNarrative(db: DbOrTx, campaignId: string): Promise<{ narrative: EvaluationNarrative; updatedAt: Date; updatedBy: string | null } | null> {
  const [row] = await db
    .select({ narrative: evaluationReports.narrative, updatedAt: evaluationReports.updatedAt, updatedBy: users.fullName })
    .from(evaluationReports)
    .leftJoin(users, eq(users.id, evaluationReports.updatedById))
    .where(eq(evaluationReports.campaignId, campaignId));
  return row ?? null;
}
