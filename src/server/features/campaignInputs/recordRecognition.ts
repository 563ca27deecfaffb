import type { Db } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import type { AuditContext } from '../../kit/audit';
import { validation } from '../../errors';
import { eq } from 'drizzle-orm';
import { communeRecognitions } from '../../../db/schema';
import { listRecognitions, type CommuneRow, type RecognitionListRow } from './recognitionQueries';
import { lockRecognition, saveRecognition } from './saveRecognition';

/**
 * Records (or corrects) that the district recognised this commune as its most outstanding (III.1.a, second bullet) —
 * in a two-tier province, that the province did (Sở Nội vụ records it; the "district" of the row is the province) —
 * with its audit row, in one transaction; the existing row is locked first.
 * @returns the recognition as listed, read in the same transaction
 * @param commune loaded and scope-checked by the route
 * @throws validation when the unit is not a commune of a district, or not in the campaign's era
 */
export async function recordRecognition(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { campaign: { id: string; eraId: string }; commune: CommuneRow; decisionReference?: string | null; recognisedAt?: string | null },
): Promise<RecognitionListRow> {
  const { campaign, commune } = input;
  // Two tiers (no districts since 01/7/2025): a commune sits under the province, which recognises it through Sở Nội vụ.
  const recogniserKind = actor.role === 'province_secretariat' ? ['district', 'province'] : ['district'];
  if (commune.kind !== 'commune' || !commune.parentKind || !recogniserKind.includes(commune.parentKind) || !commune.parentId) {
    throw validation([{ path: 'communeUnitId', message: 'Đơn vị cấp xã: phải là xã, phường, thị trấn thuộc một huyện, thành phố (hoặc, ở chính quyền hai cấp, xã, phường, đặc khu thuộc tỉnh)' }]);
  }
  if (commune.eraId !== campaign.eraId) throw validation([{ path: 'communeUnitId', message: 'Đơn vị cấp xã: không thuộc cây đơn vị của đợt thi đua' }]);
  const values = {
    campaignId: campaign.id,
    districtUnitId: commune.parentId,
    communeUnitId: commune.id,
    decisionReference: input.decisionReference ?? null,
    recognisedAt: input.recognisedAt ?? null,
    createdById: actor.userId,
  };
  return db.transaction(async (tx) => {
    const before = await lockRecognition(tx, campaign.id, commune.id);
    await saveRecognition(tx, ctx, before, values);
    // Read back for the answer inside the transaction: read after it, a removal committed in between (another request,
    // another node) left the answer without its row (a TypeError, a 500 in the concurrent write-route fuzz test).
    const [row] = await listRecognitions(tx, campaign.id, eq(communeRecognitions.communeUnitId, commune.id));
    return row;
  });
}
