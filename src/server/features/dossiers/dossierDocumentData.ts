import { and, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client';
import { initiatives, orgUnits, people, ratings, registrationIndividuals, registrations, users } from '../../../db/schema';
import type { DossierDocumentData } from '../../../documents/dossiers/dossierDocumentData';
import type { UnitKindForName } from '../../../documents/layout/nd30';
import { PAR_CLASSIFICATION_LABELS, RATING_LABELS, type ParClassification } from '../../../domain/eligibility/eligibilityRules';
import { ORG_UNIT_KINDS } from '../../../domain/orgUnits/orgUnitKind';
import type { LocalDate } from '../../../domain/time/localDate';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { findPublishedResult } from '../par/parResultQueries';
import type { DossierContext } from './dossierQueries';

const parentUnit = alias(orgUnits, 'parent_unit');

const nameKind = (kind: string): UnitKindForName => ((ORG_UNIT_KINDS as readonly string[]).includes(kind) ? (kind as UnitKindForName) : 'department');

/** A unit with its parent, for the NĐ 30 header. */
async function unitWithParent(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ name: orgUnits.name, kind: orgUnits.kind, parentName: parentUnit.name, parentKind: parentUnit.kind })
    .from(orgUnits)
    .leftJoin(parentUnit, eq(parentUnit.id, orgUnits.parentId))
    .where(eq(orgUnits.id, id));
  return {
    unit: { name: row.name, kind: nameKind(row.kind) },
    parent: row.parentName && row.parentKind ? { name: row.parentName, kind: nameKind(row.parentKind) } : null,
  };
}

/**
 * Everything the three documents of a nomination's dossier print, read from the records: the campaign, the proposing
 * unit and its head, the nominee, the published ranking of the nominee's unit (rank within its block), the year's
 * rating, the registered content and the unit's initiatives of the campaign, and the recorded council meeting.
 */
export async function dossierDocumentData(db: DbOrTx, context: DossierContext, campaign: CampaignRecord): Promise<DossierDocumentData> {
  const { nomination: n, dossier } = context;
  const year = campaign.year;
  const proposing = await unitWithParent(db, n.proposingUnit.id);
  const nomineeUnit = await unitWithParent(db, n.nomineeUnit.id);
  const [head] = await db
    .select({ fullName: users.fullName })
    .from(users)
    .where(and(eq(users.orgUnitId, n.proposingUnit.id), eq(users.role, 'unit_head'), eq(users.active, true)))
    .limit(1);

  const personId = n.nomination.nomineePersonId;
  const [person] = personId
    ? await db.select({ fullName: people.fullName, position: people.position, birthYear: people.birthYear }).from(people).where(eq(people.id, personId))
    : [];

  // The unit's line and its block's size, not the whole snapshot (≈ 5 MB at national size, issue 13).
  const published = await findPublishedResult(db, year, n.nomineeUnit.id);
  const publication = published?.publication ?? null;
  const item = published?.item ?? null;
  // Read defensively: a snapshot row may carry only the class (a result published without points).
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const classification = item?.classification as ParClassification | null | undefined;
  const ranking =
    published && publication && item
      ? {
          decisionNumber: publication.decisionNumber,
          decisionDate: publication.decisionDate as LocalDate,
          score: num(item.totalPoints),
          rank: num(item.rank),
          groupSize: published.blockSize,
          groupLabel: item.blockLabel ? `nhóm ${item.blockLabel}` : '',
          className: item.classificationLabel ?? (classification ? (PAR_CLASSIFICATION_LABELS[classification] ?? null) : null),
        }
      : null;

  const [rating] = await db
    .select({ rating: ratings.rating })
    .from(ratings)
    .where(and(eq(ratings.year, year), eq(ratings.kind, 'overall'), eq(ratings.orgUnitId, n.nomineeUnit.id), personId ? eq(ratings.personId, personId) : isNull(ratings.personId)));

  const [registration] = personId
    ? await db
        .select({ content: registrationIndividuals.content })
        .from(registrationIndividuals)
        .where(and(eq(registrationIndividuals.campaignId, campaign.id), eq(registrationIndividuals.personId, personId)))
    : await db.select({ content: registrations.content }).from(registrations).where(and(eq(registrations.campaignId, campaign.id), eq(registrations.orgUnitId, n.nomineeUnit.id)));

  const unitInitiatives = personId
    ? []
    : await db
        .select({ title: initiatives.title, effect: initiatives.effect })
        .from(initiatives)
        .where(and(eq(initiatives.campaignId, campaign.id), eq(initiatives.orgUnitId, n.nomineeUnit.id)))
        .orderBy(initiatives.createdAt, initiatives.id);

  const d = campaign.definition;
  return {
    campaign: { planNumber: d.planNumber, planDate: d.planDate, issuer: d.issuer, place: d.place, theme: d.theme, year },
    proposingUnit: proposing.unit,
    proposingParent: proposing.parent,
    proposingHeadName: head?.fullName ?? null,
    nominee: person
      ? { kind: 'person', fullName: person.fullName, position: person.position, unitName: n.nomineeUnit.name, birthYear: person.birthYear }
      : { kind: 'unit', name: n.nomineeUnit.name, unitKind: nomineeUnit.unit.kind },
    ranking,
    registrationContent: registration?.content ?? null,
    rating: rating ? (RATING_LABELS[rating.rating as keyof typeof RATING_LABELS] ?? rating.rating) : null,
    initiatives: unitInitiatives.map((i) => ({ title: i.title, recognition: `hiệu quả: ${i.effect.trim()}` })),
    meeting: dossier?.councilMeeting ?? null,
    date: null,
    documentYear: publication ? Number(publication.decisionDate.slice(0, 4)) : year + 1,
  };
}
