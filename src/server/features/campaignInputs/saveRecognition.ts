import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { communeRecognitions } from '../../../db/schema';
import { writeAudit, type AuditContext } from '../../kit/audit';

export type RecognitionRow = typeof communeRecognitions.$inferSelect;

/** The commune's recognition in the campaign, locked until the caller's transaction ends, or undefined. */
export async function lockRecognition(tx: DbOrTx, campaignId: string, communeUnitId: string): Promise<RecognitionRow | undefined> {
  const [row] = await tx
    .select()
    .from(communeRecognitions)
    .where(and(eq(communeRecognitions.campaignId, campaignId), eq(communeRecognitions.communeUnitId, communeUnitId)))
    .for('update');
  return row;
}

/**
 * Writes a commune's recognition (insert, or replace the one there) with its audit row (`communeRecognition.create`
 * or `.update`) in the caller's transaction — the one write of the form (recordRecognition) and of the import.
 * @param before the row as `lockRecognition` found it
 */
export async function saveRecognition(
  tx: DbOrTx,
  ctx: AuditContext,
  before: RecognitionRow | undefined,
  values: { campaignId: string; districtUnitId: string; communeUnitId: string; decisionReference: string | null; recognisedAt: string | null; createdById: string },
): Promise<RecognitionRow> {
  // Upsert then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
  const [saved] = await tx
    .insert(communeRecognitions)
    .values(values)
    .onConflictDoUpdate({ target: [communeRecognitions.campaignId, communeRecognitions.communeUnitId], set: values })
    .returning();
  await writeAudit(tx, ctx, {
    action: before ? 'communeRecognition.update' : 'communeRecognition.create',
    entityType: 'communeRecognition',
    entityId: saved.id,
    orgUnitId: values.communeUnitId,
    before: before ?? null,
    after: saved,
  });
  return saved;
}
