import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import { dossiers, nominations, people } from '../../../db/schema';

/**
 * A nomination whose dossier Sở Nội vụ has appraised and accepted (status 'accepted'), written straight to the
 * tables, so council tests state only the session (the appraisal is its own feature). A person nominee when
 * `personName` is given (in the nominee unit), else the unit itself.
 * @returns the dossier's and the nomination's ids
 */
export async function acceptedDossier(db: Db, input: { campaignId: string; nomineeUnitId: string; proposingUnitId: string; personName?: string; acceptedAt?: Date }): Promise<{ dossierId: string; nominationId: string }> {
  let personId: string | null = null;
  if (input.personName) {
    const key = input.personName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    [{ id: personId }] = await db.insert(people).values({ orgUnitId: input.nomineeUnitId, fullName: input.personName, position: 'Công chức', searchText: key, sortKey: key }).returning({ id: people.id });
  }
  const [nomination] = await db
    .insert(nominations)
    .values({ campaignId: input.campaignId, nomineeKind: personId ? 'person' : 'unit', nomineeUnitId: input.nomineeUnitId, nomineePersonId: personId, proposingUnitId: input.proposingUnitId, quotaKey: `test:${randomUUID()}` })
    .returning({ id: nominations.id });
  const acceptedAt = input.acceptedAt ?? new Date('2021-06-01T03:00:00Z');
  const [dossier] = await db
    .insert(dossiers)
    .values({ nominationId: nomination.id, campaignId: input.campaignId, orgUnitId: input.proposingUnitId, status: 'accepted', version: 1, submittedAt: acceptedAt, acceptedAt })
    .returning({ id: dossiers.id });
  return { dossierId: dossier.id, nominationId: nomination.id };
}
