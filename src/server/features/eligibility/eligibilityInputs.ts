import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client';
import {
  attestations,
  communeRecognitions,
  nominations,
  orgUnits,
  parTaskConfirmations,
  people,
  ratings,
  registrationIndividuals,
  registrations,
} from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Scope } from '../../../domain/access/scope';
import type { ParClassification, Rating, UnitKind } from '../../../domain/eligibility/eligibilityRules';
import type { CollectiveInput, IndividualInput, UnitSummary } from '../../../domain/eligibility/evaluateEligibility';
import { findPublication, findPublicationHeader, type ParResultItem } from '../par/parResultQueries';
import { districtPublishedCommuneClasses } from '../par/communeParQueries';
import { communeClassification } from '../../../domain/par/communeParResults';
import { anyOf } from '../../kit/anyOf';

/**
 * Registration statuses that count as "có đăng ký thi đua" (Điểm a, Khoản 1, Mục III): the form was sent and not
 * sent back. A draft was never sent; a returned form must be corrected and sent again before it counts.
 */
export const REGISTERED_STATUSES = ['submitted', 'accepted', 'forwarded'] as const;

/** The unit a nominee belongs to, as listed next to its result. */
export type NomineeUnit = { id: string; code: string; name: string; kind: string };

/** What orders a nominee in the list (NOMINEE_UNIT_ORDER, MEMBER_ORDER) and scopes it, as stored with its verdict. */
export type ListPlace = { unitPath: string; unitSortKey: string; memberOrder: number | null; personSortKey: string | null };

export type CollectiveEntry = {
  registrationId: string;
  registrationStatus: string;
  orgUnit: NomineeUnit;
  place: ListPlace;
  input: CollectiveInput;
};

export type IndividualEntry = {
  registrationId: string;
  registrationStatus: string;
  orgUnit: NomineeUnit;
  person: { id: string; fullName: string; position: string };
  place: ListPlace;
  input: IndividualInput;
};

export type EligibilityInputs = {
  /** The publication whose snapshot gave the PAR classes; null → every class is unknown. */
  publication: { id: string; decisionNumber: string; decisionDate: string } | null;
  collectives: CollectiveEntry[];
  individuals: IndividualEntry[];
};

/** The unit facts an individual's rule reads, taken from the collective's input (so a what-if patch carries over). */
export function unitSummaryOf(collective: CollectiveInput): UnitSummary {
  return {
    orgUnitId: collective.orgUnitId,
    name: collective.name,
    unitKind: collective.unitKind,
    parUnitLevel: collective.parUnitLevel ?? null,
    parClassification: collective.parClassification,
    rating: collective.rating,
    parTaskRating: collective.parTaskRating,
    previousParTaskRating: collective.previousParTaskRating,
    districtRecognisedBestCommune: collective.districtRecognisedBestCommune,
    ...(collective.underProvince ? { underProvince: true } : {}),
    districtParClassification: collective.districtParClassification,
  };
}


/**
 * The list order of nominees: units in Vietnamese order (code breaks ties), then a registration's individuals in form
 * order, by name, by id. The stored verdicts keep copies of these keys and page in the same order
 * (storedVerdictQueries LIST_ORDER), so a page of them is the same slice as the full evaluation's.
 */
export const NOMINEE_UNIT_ORDER = [sql`${orgUnits.sortKey} collate "C"`, orgUnits.code] as const;
export const MEMBER_ORDER = [registrationIndividuals.sortOrder, sql`${people.sortKey} collate "C"`, people.id] as const;

const unitOverall = alias(ratings, 'unit_overall');
const unitParTask = alias(ratings, 'unit_par_task');
const unitPreviousParTask = alias(ratings, 'unit_previous_par_task');

/** A unit's own rating (no person) of a kind and year, joined to the registering unit. */
function unitRatingOn(rated: typeof unitOverall | typeof unitParTask | typeof unitPreviousParTask, kind: string, ratedYear: number): SQL {
  return and(eq(rated.orgUnitId, orgUnits.id), isNull(rated.personId), eq(rated.kind, kind), eq(rated.year, ratedYear))!;
}

/** The publication the PAR classes are read from, as the list names it (not its snapshot); null before it is published. */
export async function eligibilityPublication(db: DbOrTx, year: number): Promise<EligibilityInputs['publication']> {
  const header = await findPublicationHeader(db, year);
  return header && { id: header.id, decisionNumber: header.decisionNumber, decisionDate: header.decisionDate };
}

/**
 * The ratings of the year of people not rated under the unit they registered with: they moved during the year, and a
 * rating under another unit is still theirs (the lowest unit id when there are several, so the answer does not depend
 * on a plan). Asked only for those few, by index: a fallback inside the members query made PostgreSQL plan a subquery
 * per member and compile it (JIT).
 */
async function movedRatings(db: DbOrTx, year: number, personIds: readonly string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([ratings.personId], { personId: ratings.personId, rating: ratings.rating })
    .from(ratings)
    .where(and(eq(ratings.year, year), eq(ratings.kind, 'overall'), anyOf(ratings.personId, personIds)))
    .orderBy(ratings.personId, ratings.orgUnitId);
  return new Map(rows.map((r) => [r.personId!, r.rating]));
}

/**
 * Builds the eligibility engine's inputs for every registration of a campaign in the actor's scope (filtered in
 * SQL), with a fixed number of set-based queries whatever the number of nominees:
 * registrations, their individuals, attestations, ratings (this year and the previous), the published PAR
 * snapshot of the campaign year, and the districts' commune recognitions.
 *
 * Readings (documented in README):
 * - registered: a registration in `REGISTERED_STATUSES`;
 * - PAR class: from the snapshot frozen when the campaign year's ranking was published — unknown before that; a
 *   district PAR unit (Phòng Nội vụ) reads its district's class (C2) from the same snapshot;
 * - recognition (B): true for a commune the district recognised; false when its district recognised others but
 *   not it; unknown while the district has recognised none;
 * - ratings: the unit's `overall` rating of the year; `par_task` of the year and the previous year (C1);
 *   a person's `overall` rating of the year;
 * - proposed / unitProposed (III.1.b, third bullet: "có đề nghị Chủ tịch UBND tỉnh xét tặng Bằng khen"): read from
 *   the campaign's active (not withdrawn) nominations, which are the record of proposals — true for a commune its
 *   district proposed and for a collective that proposes its own individuals (the chosen collective's one Tờ trình
 *   proposes it with them, III.4.b–c); false otherwise. The nomination rules let a chosen collective's first proposal
 *   supply it (domain/nominations `eligibleByThisProposal`), so requiring it does not block proposing.
 * @param input.campaignId the campaign
 * @param input.year the campaign year
 * @param input.scope the actor's scope
 * @param input.orgUnitIds only the registrations of these units (a page of stored verdicts, a refresh of marked units)
 */
export async function loadEligibilityInputs(
  db: DbOrTx,
  input: { campaignId: string; year: number; scope: Scope; orgUnitIds?: readonly string[] },
): Promise<EligibilityInputs> {
  const { campaignId, year, scope, orgUnitIds } = input;
  const unitsWhere = orgUnitIds ? anyOf(orgUnits.id, orgUnitIds) : undefined;
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  // Each collective's attestation, ratings and proposal are joined in, not fetched by a list of every unit's id:
  // `= any($1)` with 10,000 ids inside an `or` made PostgreSQL compare every rating with every id (issue 13 §2).
  const regsQuery = db
    .select({
      registrationId: registrations.id,
      status: registrations.status,
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      kind: orgUnits.kind,
      parUnitLevel: orgUnits.parUnitLevel,
      parentId: orgUnits.parentId,
      depth: orgUnits.depth,
      path: orgUnits.path,
      sortKey: orgUnits.sortKey,
      compliance: attestations.compliance,
      solidarity: attestations.solidarity,
      rating: unitOverall.rating,
      parTaskRating: unitParTask.rating,
      previousParTaskRating: unitPreviousParTask.rating,
      proposed: sql<boolean>`exists (select 1 from ${nominations} where ${nominations.campaignId} = ${campaignId} and ${nominations.status} = 'proposed' and ${nominations.nomineeUnitId} = ${orgUnits.id})`,
    })
    .from(registrations)
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
    .leftJoin(attestations, and(eq(attestations.campaignId, campaignId), eq(attestations.orgUnitId, orgUnits.id)))
    .leftJoin(unitOverall, unitRatingOn(unitOverall, 'overall', year))
    .leftJoin(unitParTask, unitRatingOn(unitParTask, 'par_task', year))
    .leftJoin(unitPreviousParTask, unitRatingOn(unitPreviousParTask, 'par_task', year - 1))
    .where(and(eq(registrations.campaignId, campaignId), orgUnitScopeWhere(scope), unitsWhere))
    .orderBy(...NOMINEE_UNIT_ORDER);

  // A person's rating of the year under the unit of their registration (else see `movedRatings`); the head's
  // confirmation for the campaign year (III.1.b), the registration's columns only where none exists.
  const membersQuery = db
    .select({
      registrationId: registrationIndividuals.registrationId,
      personId: registrationIndividuals.personId,
      position: registrationIndividuals.position,
      parTasksExcellent: sql<boolean | null>`coalesce(${parTaskConfirmations.excellent}, ${registrationIndividuals.parTasksExcellent})`,
      directlyDoesParWork: sql<boolean | null>`coalesce(${parTaskConfirmations.directlyDoesParWork}, ${registrationIndividuals.directlyDoesParWork})`,
      rating: ratings.rating,
      fullName: people.fullName,
      sortOrder: registrationIndividuals.sortOrder,
      personSortKey: people.sortKey,
    })
    .from(registrationIndividuals)
    .innerJoin(registrations, eq(registrations.id, registrationIndividuals.registrationId))
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
    .innerJoin(people, eq(people.id, registrationIndividuals.personId))
    .leftJoin(parTaskConfirmations, and(eq(parTaskConfirmations.year, year), eq(parTaskConfirmations.personId, registrationIndividuals.personId)))
    .leftJoin(
      ratings,
      and(eq(ratings.year, year), eq(ratings.kind, 'overall'), eq(ratings.orgUnitId, registrations.orgUnitId), eq(ratings.personId, registrationIndividuals.personId)),
    )
    .where(and(eq(registrationIndividuals.campaignId, campaignId), orgUnitScopeWhere(scope), unitsWhere))
    .orderBy(...NOMINEE_UNIT_ORDER, ...MEMBER_ORDER);

  const recognitionsQuery = db
    .select({ communeUnitId: communeRecognitions.communeUnitId, districtUnitId: communeRecognitions.districtUnitId })
    .from(communeRecognitions)
    .where(eq(communeRecognitions.campaignId, campaignId));

  // Communes: the class their district published wins over the province's commune block (Kiên Giang: the district
  // assesses its communes).
  const [regs, members, recognitions, publication, districtClassByCommune] = await Promise.all([
    regsQuery,
    membersQuery,
    recognitionsQuery,
    findPublication(db, year),
    districtPublishedCommuneClasses(db, year),
  ]);
  const classByUnit = new Map<string, ParClassification>();
  for (const item of (publication?.snapshot as ParResultItem[] | undefined) ?? []) {
    if (item.classification) classByUnit.set(item.unitId, item.classification);
  }

  const movedRating = await movedRatings(db, year, members.filter((m) => m.rating === null).map((m) => m.personId));
  const recognisedCommunes = new Set(recognitions.map((r) => r.communeUnitId));
  const districtsThatRecognised = new Set(recognitions.map((r) => r.districtUnitId));

  const collectives: CollectiveEntry[] = regs.map((reg) => {
    const isCommune = reg.kind === 'commune';
    const isDistrictParUnit = reg.kind === 'par_unit' && reg.parUnitLevel === 'district';
    const recognised = !isCommune
      ? null
      : recognisedCommunes.has(reg.id)
        ? true
        : reg.parentId && districtsThatRecognised.has(reg.parentId)
          ? false
          : null;
    return {
      registrationId: reg.registrationId,
      registrationStatus: reg.status,
      orgUnit: { id: reg.id, code: reg.code, name: reg.name, kind: reg.kind },
      place: { unitPath: reg.path, unitSortKey: reg.sortKey, memberOrder: null, personSortKey: null },
      input: {
        orgUnitId: reg.id,
        name: reg.name,
        unitKind: reg.kind as UnitKind,
        parUnitLevel: reg.parUnitLevel ?? null,
        registered: (REGISTERED_STATUSES as readonly string[]).includes(reg.status),
        attestations: { compliance: reg.compliance ?? null, solidarity: reg.solidarity ?? null },
        parClassification: isCommune
          ? communeClassification({ districtPublished: districtClassByCommune.get(reg.id), provincePublished: publication ? classByUnit.get(reg.id) : null }).classification
          : publication
            ? (classByUnit.get(reg.id) ?? null)
            : null,
        rating: reg.rating as Rating | null,
        parTaskRating: reg.parTaskRating as Rating | null,
        previousParTaskRating: reg.previousParTaskRating as Rating | null,
        districtRecognisedBestCommune: recognised,
        // Depth 1: straight under the province root, i.e. a commune of a two-tier province (no district above it).
        ...(isCommune && reg.depth === 1 ? { underProvince: true } : {}),
        districtParClassification: isDistrictParUnit && reg.parentId ? (classByUnit.get(reg.parentId) ?? null) : null,
        proposed: reg.proposed,
      },
    };
  });

  // One unit summary per collective, shared by its members (read-only), rather than one per person.
  const collectiveByRegistration = new Map(collectives.map((c) => [c.registrationId, { collective: c, unit: unitSummaryOf(c.input) }]));
  const individuals: IndividualEntry[] = members.flatMap((member) => {
    const found = collectiveByRegistration.get(member.registrationId);
    if (!found) return [];
    const { collective, unit } = found;
    return [
      {
        registrationId: member.registrationId,
        registrationStatus: collective.registrationStatus,
        orgUnit: collective.orgUnit,
        person: { id: member.personId, fullName: member.fullName, position: member.position },
        place: { ...collective.place, memberOrder: member.sortOrder, personSortKey: member.personSortKey },
        input: {
          personId: member.personId,
          fullName: member.fullName,
          unit,
          registered: collective.input.registered,
          rating: (member.rating ?? movedRating.get(member.personId) ?? null) as Rating | null,
          parTasksExcellent: member.parTasksExcellent,
          directlyDoesParWork: member.directlyDoesParWork,
          unitProposed: collective.input.proposed,
        },
      },
    ];
  });

  return {
    publication: publication && { id: publication.id, decisionNumber: publication.decisionNumber, decisionDate: publication.decisionDate },
    collectives,
    individuals,
  };
}

