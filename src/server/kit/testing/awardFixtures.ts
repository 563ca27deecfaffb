import type { Db } from '../../../db/client';
import { dossiers, nominations } from '../../../db/schema';
import { createPerson } from './eligibilityFixtures';

/**
 * A nomination whose dossier the council has passed ('council_passed'), written straight to the tables, so award
 * tests start where the council's work ends (the council feature is built beside them). A person when `person` is
 * given (created in `unitId`), else the unit itself.
 */
export async function councilPassedDossier(
  db: Db,
  input: { campaignId: string; unitId: string; proposingUnitId?: string; person?: { fullName: string; position?: string } },
): Promise<{ dossierId: string; nominationId: string; personId: string | null }> {
  const personId = input.person ? await createPerson(db, input.unitId, input.person.fullName, input.person.position) : null;
  const proposingUnitId = input.proposingUnitId ?? input.unitId;
  const [nomination] = await db
    .insert(nominations)
    .values({ campaignId: input.campaignId, nomineeKind: personId ? 'person' : 'unit', nomineeUnitId: input.unitId, nomineePersonId: personId, proposingUnitId, quotaKey: `test:${proposingUnitId}` })
    .returning({ id: nominations.id });
  const [dossier] = await db
    .insert(dossiers)
    .values({ nominationId: nomination.id, campaignId: input.campaignId, orgUnitId: proposingUnitId, status: 'council_passed', version: 1, submittedAt: new Date('2021-04-20T03:00:00Z'), acceptedAt: new Date('2021-04-25T03:00:00Z') })
    .returning({ id: dossiers.id });
  return { dossierId: dossier.id, nominationId: nomination.id, personId };
}
