import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { dossiers, nominations, orgUnits, people } from '../../../db/schema';
import { alias } from 'drizzle-orm/pg-core';
import { DOSSIER_STATUS_LABELS } from '../../../domain/dossiers/dossierChecklist';
import type { DossierQueueResponse } from '../../../shared/contracts/dossiers';

const proposing = alias(orgUnits, 'proposing_unit');

/**
 * The secretariat's appraisal queue (Sở Nội vụ, Phòng CCHC và TCPCP): the campaign's dossiers submitted, those
 * returned awaiting supplement and those accepted, oldest submission first.
 */
export async function listDossierQueue(db: DbOrTx, campaignId: string): Promise<DossierQueueResponse> {
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  const rows = await db
    .select({
      id: dossiers.id,
      nominationId: dossiers.nominationId,
      unitName: orgUnits.name,
      personName: people.fullName,
      proposingUnitName: proposing.name,
      status: dossiers.status,
      submittedAt: dossiers.submittedAt,
      version: dossiers.version,
    })
    .from(dossiers)
    .innerJoin(nominations, eq(nominations.id, dossiers.nominationId))
    .innerJoin(orgUnits, eq(orgUnits.id, nominations.nomineeUnitId))
    .innerJoin(proposing, eq(proposing.id, dossiers.orgUnitId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId))
    .where(and(eq(dossiers.campaignId, campaignId), inArray(dossiers.status, ['submitted', 'returned', 'accepted']), eq(nominations.status, 'proposed')))
    .orderBy(dossiers.submittedAt, dossiers.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      nominationId: r.nominationId,
      nomineeName: r.personName ? `${r.personName} (${r.unitName})` : r.unitName,
      proposingUnitName: r.proposingUnitName,
      status: r.status,
      statusLabel: DOSSIER_STATUS_LABELS[r.status],
      submittedAt: r.submittedAt?.toISOString() ?? null,
      version: r.version,
    })),
  };
}
