import { groupBy } from '../../../domain/shared/groupBy';
import { and, asc, count, desc, eq, like, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client';
import { campaigns, orgUnits, people, registrationIndividuals, registrations, users } from '../../../db/schema';
import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import type { RegistrationStatus } from '../../../domain/campaigns/registrationRules';
import { collectiveKindOf } from '../../../domain/campaigns/registrationScope';
import type { ConsolidationGroup, ConsolidationLine, RegistrationConsolidationData } from '../../../documents/registrations/buildRegistrationConsolidationModel';
import type { RegistrationFormData } from '../../../documents/registrations/buildRegistrationFormModel';
import { issuingBodyName, type UnitKindForName } from '../../../documents/layout/nd30';
import { ORG_UNIT_KINDS } from '../../../domain/orgUnits/orgUnitKind';
import { notFound } from '../../errors';
import { PROVINCE_ROLES } from '../../../domain/access/roles';
import type { CampaignRecord } from '../campaigns/campaignQueries';

/** What the documents need of a campaign (loaded with `loadCampaign`). */
export type CampaignForDocuments = Pick<CampaignRecord, 'id' | 'eraId' | 'status' | 'definition'>;

// pg-core's alias, not aliasedTable: drizzle 0.45 types a left-joined aliasedTable's columns as never.
const parentUnit = alias(orgUnits, 'parent_unit');

/** A registration with its unit and the unit's parent, or a 404. Scope is the caller's `authorize` on `unit`. */
// Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
export async function loadRegistrationHeader(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: registrations.id,
      campaignId: registrations.campaignId,
      status: registrations.status,
      content: registrations.content,
      createdById: registrations.createdById,
      submittedById: registrations.submittedById,
      unitId: orgUnits.id,
      unitPath: orgUnits.path,
      unitCode: orgUnits.code,
      unitName: orgUnits.name,
      unitKind: orgUnits.kind,
      unitParUnitLevel: orgUnits.parUnitLevel,
      parentName: parentUnit.name,
      parentKind: parentUnit.kind,
    })
    .from(registrations)
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
    .leftJoin(parentUnit, eq(parentUnit.id, orgUnits.parentId))
    .where(eq(registrations.id, id));
  if (!row) throw notFound('Bản đăng ký thi đua');
  return {
    id: row.id,
    campaignId: row.campaignId,
    status: row.status as RegistrationStatus,
    content: row.content,
    createdById: row.createdById,
    submittedById: row.submittedById,
    unit: { id: row.unitId, path: row.unitPath, code: row.unitCode, name: row.unitName, kind: row.unitKind, parUnitLevel: row.unitParUnitLevel },
    parentName: row.parentName,
    parentKind: row.parentKind,
  };
}
export type RegistrationHeader = Awaited<ReturnType<typeof loadRegistrationHeader>>;

/** The stored kind for the NĐ 30 naming; an unknown one signs with its own name, like a department. */
function nameKind(kind: string): UnitKindForName {
  return (ORG_UNIT_KINDS as readonly string[]).includes(kind) ? (kind as UnitKindForName) : 'department';
}

/**
 * Everything the registration form prints, in three queries: the individuals (with each person's unit), the
 * preparer (who created it) and the head (who submitted it, else the unit's active unit head).
 */
export async function registrationFormData(db: DbOrTx, registration: RegistrationHeader, campaign: CampaignForDocuments): Promise<RegistrationFormData> {
  const individuals = await db
    .select({ fullName: people.fullName, position: registrationIndividuals.position, content: registrationIndividuals.content, unitName: orgUnits.name, unitKind: orgUnits.kind })
    .from(registrationIndividuals)
    .innerJoin(people, eq(people.id, registrationIndividuals.personId))
    .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
    .where(eq(registrationIndividuals.registrationId, registration.id))
    .orderBy(asc(registrationIndividuals.sortOrder), asc(people.sortKey));
  const signers = await db
    .select({ id: users.id, fullName: users.fullName, role: users.role })
    .from(users)
    .where(
      or(
        ...[registration.createdById, registration.submittedById].flatMap((id) => (id ? [eq(users.id, id)] : [])),
        and(eq(users.orgUnitId, registration.unit.id), eq(users.role, 'unit_head'), eq(users.active, true)),
      ),
    )
    .orderBy(asc(users.fullName));
  // NGƯỜI LẬP BIỂU is someone of the unit: a province account (Sở Nội vụ accepting late or entering a paper form)
  // never prepares a unit's form, so it leaves the line blank rather than print its own official.
  const preparer = signers.find((u) => u.id === registration.createdById && !PROVINCE_ROLES.includes(u.role));
  const head = signers.find((u) => u.id === registration.submittedById && u.role === 'unit_head') ?? signers.find((u) => u.role === 'unit_head');
  const { definition } = campaign;
  return {
    campaign: definition,
    unit: { name: registration.unit.name, kind: nameKind(registration.unit.kind) },
    parentUnit: registration.parentName && registration.parentKind ? { name: registration.parentName, kind: nameKind(registration.parentKind) } : null,
    content: registration.content,
    individuals: individuals.map((i) => ({ fullName: i.fullName, position: i.position, content: i.content, unitName: issuingBodyName({ name: i.unitName, kind: nameKind(i.unitKind) }) })),
    preparedBy: preparer?.fullName ?? null,
    headName: head?.fullName ?? null,
    date: null,
  };
}

/** A unit of the era with its registration in the campaign (if any) and its number of individuals. */
type UnitLine = ConsolidationLine & { id: string; path: string; kind: string; parUnitLevel: string | null; parentId: string | null };

/** The participating units under `pathPrefix` (all of the era when null), each with its registration, in Vietnamese order. */
async function unitLines(db: DbOrTx, campaign: CampaignForDocuments, pathPrefix: string | null): Promise<UnitLine[]> {
  const rows = await db
    .select({
      id: orgUnits.id,
      path: orgUnits.path,
      code: orgUnits.code,
      name: orgUnits.name,
      kind: orgUnits.kind,
      parUnitLevel: orgUnits.parUnitLevel,
      parentId: orgUnits.parentId,
      content: registrations.content,
      status: registrations.status,
      individualCount: count(registrationIndividuals.id),
    })
    .from(orgUnits)
    .leftJoin(registrations, and(eq(registrations.orgUnitId, orgUnits.id), eq(registrations.campaignId, campaign.id)))
    .leftJoin(registrationIndividuals, eq(registrationIndividuals.registrationId, registrations.id))
    .where(and(eq(orgUnits.eraId, campaign.eraId), pathPrefix ? like(orgUnits.path, `${pathPrefix}%`) : undefined))
    .groupBy(orgUnits.id, registrations.id)
    .orderBy(asc(orgUnits.sortKey), asc(orgUnits.code));
  const kinds = campaign.definition.participants.collectiveKinds;
  return rows
    .filter((r) => {
      const kind = collectiveKindOf(r);
      return kind !== null && kinds.includes(kind);
    })
    .map((r) => ({ ...r, status: (r.status as RegistrationStatus | null) ?? null, individualCount: Number(r.individualCount) }));
}

const line = ({ code, name, content, individualCount, status }: UnitLine): ConsolidationLine => ({ code, name, content, individualCount, status });

/** "Sở Nội vụ (Phòng …)" → "Sở Nội vụ": who receives what the districts forward (III.4.c names it). */
function secretariatBodyName(definition: CampaignDefinition): string {
  return definition.dossierSubmission.submitTo.replace(/\s*\(.*\)\s*$/u, '').trim();
}

/** The district's consolidation (IV.1): its own units (UBND huyện, Phòng Nội vụ) and its communes, for Sở Nội vụ. */
export async function districtConsolidationData(
  db: DbOrTx,
  campaign: CampaignForDocuments,
  district: { id: string; path: string; name: string; parentName: string | null },
): Promise<RegistrationConsolidationData> {
  const lines = await unitLines(db, campaign, district.path);
  const groups: ConsolidationGroup[] = [
    { title: 'Cấp huyện', lines: lines.filter((l) => l.kind !== 'commune').map(line) },
    { title: 'Cấp xã', lines: lines.filter((l) => l.kind === 'commune').map(line) },
  ];
  return {
    level: 'district',
    campaign: campaign.definition,
    body: { name: district.name, kind: 'district' },
    parentBody: district.parentName ? { name: district.parentName, kind: 'province' } : null,
    recipient: campaign.definition.dossierSubmission.submitTo,
    scopeName: district.name,
    groups: groups.filter((g) => g.lines.length > 0),
    date: null,
  };
}

/**
 * Sở Nội vụ's consolidation for UBND tỉnh (IV.1): the departments and provincial PAR units, then one group per
 * district (in official code order) with its own units and communes; communes directly under the province (the
 * two-tier structure from 01/7/2025) form their own group.
 */
export async function provinceConsolidationData(db: DbOrTx, campaign: CampaignForDocuments): Promise<RegistrationConsolidationData> {
  const lines = await unitLines(db, campaign, null);
  const [province] = await db
    .select({ name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.eraId, campaign.eraId), eq(orgUnits.kind, 'province')))
    .orderBy(desc(orgUnits.validFrom))
    .limit(1);
  const districts = lines.filter((l) => l.kind === 'district').sort((a, b) => a.code.localeCompare(b.code));
  // Each line's district once, by path prefix (a map, not a search per line per district: issue 13 measured the
  // nested search at 513 s for the whole country).
  const districtByPath = new Map(districts.map((d) => [d.path, d]));
  // A path is "/<id>/<id>/": its ancestors' paths (itself included) are its prefixes that end with "/".
  const districtOf = (l: UnitLine) => {
    for (let end = l.path.indexOf('/', 1); end !== -1; end = l.path.indexOf('/', end + 1)) {
      const found = districtByPath.get(l.path.slice(0, end + 1));
      if (found) return found;
    }
    return undefined;
  };
  const byDistrict = groupBy(lines, districtOf);
  const groups: ConsolidationGroup[] = [
    { title: 'Sở, ban, ngành tỉnh', lines: lines.filter((l) => l.kind === 'department' || (l.kind === 'par_unit' && l.parUnitLevel === 'province')).map(line) },
    ...districts.map((d) => {
      const ofDistrict = byDistrict.get(d) ?? [];
      return { title: d.name, lines: [...ofDistrict.filter((l) => l.kind !== 'commune'), ...ofDistrict.filter((l) => l.kind === 'commune')].map(line) };
    }),
    { title: 'Cấp xã trực thuộc tỉnh', lines: (byDistrict.get(undefined) ?? []).filter((l) => l.kind === 'commune').map(line) },
  ];
  const provinceName = province?.name ?? `Tỉnh ${campaign.definition.place}`;
  return {
    level: 'province',
    campaign: campaign.definition,
    body: { name: secretariatBodyName(campaign.definition), kind: 'department' },
    parentBody: { name: provinceName, kind: 'province' },
    recipient: campaign.definition.issuer,
    scopeName: `${provinceName.charAt(0).toLocaleLowerCase('vi')}${provinceName.slice(1)}`,
    groups: groups.filter((g) => g.lines.length > 0),
    date: null,
  };
}
