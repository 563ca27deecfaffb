import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { attestations, classificationSchemes, communeRecognitions, orgUnits, parPublications, ratings } from '../../../db/schema';
import { orgUnitDerived } from '../../../db/seed/orgUnitDerived';
import { createPerson, register } from './eligibilityFixtures';

/**
 * Data that makes units and people eligible for the KH 34 Bằng khen, written straight to the tables the eligibility
 * evaluation reads (registration, attestations, the district's recognition, the published PAR class, ratings), so
 * nomination tests state only what they are about.
 */

/** Adds `classification` for these units to the year's published PAR snapshot (creating the publication if needed). */
async function publishClasses(db: Db, year: number, unitIds: readonly string[], classification: string): Promise<void> {
  const [publication] = await db.select().from(parPublications).where(eq(parPublications.year, year));
  const items = unitIds.map((unitId) => ({ unitId, classification }));
  if (publication) {
    const snapshot = [...(publication.snapshot as { unitId: string }[]).filter((i) => !unitIds.includes(i.unitId)), ...items];
    await db.update(parPublications).set({ snapshot }).where(eq(parPublications.id, publication.id));
    return;
  }
  const [scheme] = await db.select({ id: classificationSchemes.id }).from(classificationSchemes).limit(1);
  await db.insert(parPublications).values({ year, decisionNumber: '1234/QĐ-UBND', decisionDate: `${year + 1}-05-07`, signer: 'Phó Chủ tịch UBND tỉnh', schemeId: scheme.id, snapshot: items });
}

/**
 * A registered, attested collective in the excellent group (a commune: also recognised by its district), with
 * optional individuals who are rated "Hoàn thành tốt nhiệm vụ" and whose excellent PAR tasks are confirmed.
 * @returns the ids of the people created
 */
export async function makeEligibleUnit(db: Db, input: { campaignId: string; unitId: string; people?: string[]; year?: number }): Promise<string[]> {
  const year = input.year ?? 2020;
  const [unit] = await db.select({ id: orgUnits.id, kind: orgUnits.kind, parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.id, input.unitId));
  const personIds: string[] = [];
  for (const name of input.people ?? []) personIds.push(await createPerson(db, unit.id, name));
  await register(db, { campaignId: input.campaignId, orgUnitId: unit.id, status: 'submitted', individuals: personIds.map((personId) => ({ personId, parTasksExcellent: true, directlyDoesParWork: true })) });
  await db.insert(attestations).values({ campaignId: input.campaignId, orgUnitId: unit.id, compliance: true, solidarity: true });
  if (unit.kind === 'commune' && unit.parentId) {
    await db.insert(communeRecognitions).values({ campaignId: input.campaignId, districtUnitId: unit.parentId, communeUnitId: unit.id });
  }
  for (const personId of personIds) await db.insert(ratings).values({ year, kind: 'overall', orgUnitId: unit.id, personId, rating: 'good' });
  await publishClasses(db, year, [unit.id], 'excellent');
  return personIds;
}

/** Marks a unit's PAR class in the published snapshot (e.g. 'good' to make it fail its basis). */
export async function setPublishedClass(db: Db, unitId: string, classification: string, year = 2020): Promise<void> {
  await publishClasses(db, year, [unitId], classification);
}

/** New communes under a district (for quota races that need many distinct nominees). @returns their ids */
export async function createCommunes(db: Db, districtId: string, count: number, prefix = 'Xã Thử'): Promise<string[]> {
  const [district] = await db.select().from(orgUnits).where(eq(orgUnits.id, districtId));
  const ids: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    const id = randomUUID();
    const name = `${prefix} ${String(i).padStart(2, '0')}`;
    // Codes must be unique in the era: a random suffix lets a test call this more than once.
    const code = `T${district.code}-${id.slice(0, 8)}`;
    await db.insert(orgUnits).values({
      id,
      eraId: district.eraId,
      code,
      name,
      kind: 'commune',
      adminType: 'xa',
      parentId: district.id,
      path: `${district.path}${id}/`,
      depth: district.depth + 1,
      validFrom: district.validFrom,
      ...orgUnitDerived({ code, name }),
    });
    ids.push(id);
  }
  return ids;
}

/** The recognition of a commune by its district, removed (basis B then fails for it). */
export async function unrecognise(db: Db, campaignId: string, communeId: string): Promise<void> {
  await db.delete(communeRecognitions).where(and(eq(communeRecognitions.campaignId, campaignId), eq(communeRecognitions.communeUnitId, communeId)));
}
