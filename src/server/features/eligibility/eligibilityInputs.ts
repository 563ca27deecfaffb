import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
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
import { findPublication, type ParResultItem } from '../par/parResultQueries';
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

export type CollectiveEntry = {
  registrationId: string;
  registrationStatus: string;
  orgUnit: NomineeUnit;
  input: CollectiveInput;
};

export type IndividualEntry = {
  registrationId: string;
  registrationStatus: string;
  orgUnit: NomineeUnit;
  person: { id: string; fullName: string; position: string };
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
 */
export async function loadEligibilityInputs(
  db: DbOrTx,
  input: { campaignId: string; year: number; scope: Scope },
): Promise<EligibilityInputs> {
  const { campaignId, year, scope } = input;
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  const regs = await db
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
    })
    .from(registrations)
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
    .where(and(eq(registrations.campaignId, campaignId), orgUnitScopeWhere(scope)))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`, orgUnits.code);

  const members = await db
    .select({
      registrationId: registrationIndividuals.registrationId,
      personId: registrationIndividuals.personId,
      position: registrationIndividuals.position,
      parTasksExcellent: registrationIndividuals.parTasksExcellent,
      directlyDoesParWork: registrationIndividuals.directlyDoesParWork,
      fullName: people.fullName,
    })
    .from(registrationIndividuals)
    .innerJoin(registrations, eq(registrations.id, registrationIndividuals.registrationId))
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
    .innerJoin(people, eq(people.id, registrationIndividuals.personId))
    .where(and(eq(registrationIndividuals.campaignId, campaignId), orgUnitScopeWhere(scope)))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`, registrationIndividuals.sortOrder, sql`${people.sortKey} collate "C"`);

  const unitIds = regs.map((r) => r.id);
  const personIds = members.map((m) => m.personId);

  const attested = await db
    .select()
    .from(attestations)
    .where(and(eq(attestations.campaignId, campaignId), anyOf(attestations.orgUnitId, unitIds)));

  const rated = await db
    .select({ year: ratings.year, kind: ratings.kind, orgUnitId: ratings.orgUnitId, personId: ratings.personId, rating: ratings.rating })
    .from(ratings)
    .where(
      and(
        inArray(ratings.year, [year, year - 1]),
        or(and(isNull(ratings.personId), anyOf(ratings.orgUnitId, unitIds)), anyOf(ratings.personId, personIds)),
      ),
    );

  const confirmed = await db
    .select({ personId: parTaskConfirmations.personId, excellent: parTaskConfirmations.excellent, directlyDoesParWork: parTaskConfirmations.directlyDoesParWork })
    .from(parTaskConfirmations)
    .where(and(eq(parTaskConfirmations.year, year), anyOf(parTaskConfirmations.personId, personIds)));
  const confirmationByPerson = new Map(confirmed.map((c) => [c.personId, c]));

  // A unit named by an active nomination: as the nominee (a commune) or as the collective proposing its own people.
  const proposals = await db
    .select({ nomineeUnitId: nominations.nomineeUnitId })
    .from(nominations)
    .where(and(eq(nominations.campaignId, campaignId), eq(nominations.status, 'proposed'), anyOf(nominations.nomineeUnitId, unitIds)));
  const proposedUnits = new Set(proposals.map((p) => p.nomineeUnitId));

  const recognitions = await db
    .select({ communeUnitId: communeRecognitions.communeUnitId, districtUnitId: communeRecognitions.districtUnitId })
    .from(communeRecognitions)
    .where(eq(communeRecognitions.campaignId, campaignId));

  const publication = await findPublication(db, year);
  // Communes: the class their district published wins over the province's commune block (Kiên Giang: the district
  // assesses its communes).
  const districtClassByCommune = await districtPublishedCommuneClasses(db, year);
  const classByUnit = new Map<string, ParClassification>();
  for (const item of (publication?.snapshot as ParResultItem[] | undefined) ?? []) {
    if (item.classification) classByUnit.set(item.unitId, item.classification);
  }

  const attestationByUnit = new Map(attested.map((a) => [a.orgUnitId, a]));
  const ratingKey = (kind: string, ratedYear: number, unitId: string | null, personId: string | null) => `${kind}|${ratedYear}|${unitId ?? '*'}|${personId ?? ''}`;
  const ratingByKey = new Map<string, Rating>();
  for (const r of rated) {
    ratingByKey.set(ratingKey(r.kind, r.year, r.orgUnitId, r.personId), r.rating as Rating);
    // A person's rating recorded under another unit (they moved during the year) is still their rating.
    if (r.personId) ratingByKey.set(ratingKey(r.kind, r.year, null, r.personId), r.rating as Rating);
  }
  const ratingOf = (kind: string, ratedYear: number, unitId: string | null, personId: string | null): Rating | null =>
    ratingByKey.get(ratingKey(kind, ratedYear, unitId, personId)) ?? null;
  const recognisedCommunes = new Set(recognitions.map((r) => r.communeUnitId));
  const districtsThatRecognised = new Set(recognitions.map((r) => r.districtUnitId));

  const collectives: CollectiveEntry[] = regs.map((reg) => {
    const attestation = attestationByUnit.get(reg.id);
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
      input: {
        orgUnitId: reg.id,
        name: reg.name,
        unitKind: reg.kind as UnitKind,
        parUnitLevel: reg.parUnitLevel ?? null,
        registered: (REGISTERED_STATUSES as readonly string[]).includes(reg.status),
        attestations: { compliance: attestation?.compliance ?? null, solidarity: attestation?.solidarity ?? null },
        parClassification: isCommune
          ? communeClassification({ districtPublished: districtClassByCommune.get(reg.id), provincePublished: publication ? classByUnit.get(reg.id) : null }).classification
          : publication
            ? (classByUnit.get(reg.id) ?? null)
            : null,
        rating: ratingOf('overall', year, reg.id, null),
        parTaskRating: ratingOf('par_task', year, reg.id, null),
        previousParTaskRating: ratingOf('par_task', year - 1, reg.id, null),
        districtRecognisedBestCommune: recognised,
        // Depth 1: straight under the province root, i.e. a commune of a two-tier province (no district above it).
        ...(isCommune && reg.depth === 1 ? { underProvince: true } : {}),
        districtParClassification: isDistrictParUnit && reg.parentId ? (classByUnit.get(reg.parentId) ?? null) : null,
        proposed: proposedUnits.has(reg.id),
      },
    };
  });

  const collectiveByRegistration = new Map(collectives.map((c) => [c.registrationId, c]));
  const individuals: IndividualEntry[] = members.flatMap((member) => {
    const collective = collectiveByRegistration.get(member.registrationId);
    if (!collective) return [];
    return [
      {
        registrationId: member.registrationId,
        registrationStatus: collective.registrationStatus,
        orgUnit: collective.orgUnit,
        person: { id: member.personId, fullName: member.fullName, position: member.position },
        input: {
          personId: member.personId,
          fullName: member.fullName,
          unit: unitSummaryOf(collective.input),
          registered: collective.input.registered,
          rating: ratingOf('overall', year, collective.orgUnit.id, member.personId) ?? ratingOf('overall', year, null, member.personId),
          // The head's confirmation for the campaign year (III.1.b); the registration's columns only where none exists.
          parTasksExcellent: confirmationByPerson.get(member.personId)?.excellent ?? member.parTasksExcellent ?? null,
          directlyDoesParWork: confirmationByPerson.get(member.personId)?.directlyDoesParWork ?? member.directlyDoesParWork ?? null,
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

