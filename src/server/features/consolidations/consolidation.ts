import { alias } from 'drizzle-orm/pg-core';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { orgUnits, registrationIndividuals, registrationSummaries, registrations, users } from '../../../db/schema';
import { REGISTRATION_STATUS_LABELS, summariseRegistrations, type RegistrationStatus, type SummaryLine, type SummaryUnit } from '../../../domain/campaigns/registrationRules';
import { collectiveKindOf } from '../../../domain/campaigns/registrationScope';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError, notFound } from '../../errors';
import { loadCampaign, type CampaignRecord } from '../campaigns/campaignQueries';
import { unitKindColumns } from '../orgUnits/orgUnitQueries';
import { anyOf } from '../../kit/anyOf';

const parentUnit = alias(orgUnits, 'parent_unit');

type UnitWithRegistration = SummaryUnit & {
  id: string;
  searchText: string;
  registrationId: string | null;
  status: RegistrationStatus | null;
  submittedAt: string | null;
  /** Kind of the parent unit: a commune under the province itself belongs to a two-tier province (no district). */
  parentKind: string | null;
};

/**
 * Participating units (II.2.a) of the campaign's era under `pathPrefix`, each with its registration in this campaign:
 * one query, scoped by the materialised path in SQL. The individuals are counted apart (`individualCounts`), for the
 * lines shown only: a count per unit of the whole province was half the province consolidation (issue 13).
 */
async function unitsWithRegistrations(db: DbOrTx, campaign: CampaignRecord, pathPrefix: string | null): Promise<UnitWithRegistration[]> {
  const rows = await db
    .select({
      ...unitKindColumns,
      searchText: orgUnits.searchText,
      parentCode: parentUnit.code,
      parentKind: parentUnit.kind,
      registrationId: registrations.id,
      status: registrations.status,
      submittedAt: registrations.submittedAt,
    })
    .from(orgUnits)
    .leftJoin(parentUnit, eq(parentUnit.id, orgUnits.parentId))
    .leftJoin(registrations, and(eq(registrations.orgUnitId, orgUnits.id), eq(registrations.campaignId, campaign.id)))
    .where(and(eq(orgUnits.eraId, campaign.eraId), pathPrefix ? like(orgUnits.path, `${pathPrefix}%`) : undefined));
  const participants = new Set(campaign.definition.participants.collectiveKinds);
  return rows.flatMap((r) => {
    const kind = collectiveKindOf(r);
    if (!kind || !participants.has(kind)) return [];
    return [
      {
        id: r.id,
        code: r.code,
        name: r.name,
        kind,
        parentCode: r.parentCode,
        parentKind: r.parentKind,
        searchText: r.searchText,
        registrationId: r.registrationId,
        status: r.status as RegistrationStatus | null,
        submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
      },
    ];
  });
}

/** How many individuals each of these registrations lists (a registration without any is absent). */
async function individualCounts(db: DbOrTx, registrationIds: readonly (string | null)[]): Promise<Map<string, number>> {
  const ids = registrationIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ registrationId: registrationIndividuals.registrationId, count: sql<number>`count(*)::int` })
    .from(registrationIndividuals)
    .where(anyOf(registrationIndividuals.registrationId, ids))
    .groupBy(registrationIndividuals.registrationId);
  return new Map(rows.map((r) => [r.registrationId, r.count]));
}

/** A unit's line of a consolidation: its registration's status (or none yet) and how many individuals it registered. */
function unitLine(u: UnitWithRegistration, status: SummaryLine['status'], counts: Map<string, number>) {
  return {
    orgUnitId: u.id,
    code: u.code,
    name: u.name,
    status,
    statusLabel: status ? REGISTRATION_STATUS_LABELS[status] : 'Chưa đăng ký',
    registrationId: u.registrationId,
    individualCount: (u.registrationId && counts.get(u.registrationId)) || 0,
    submittedAt: u.submittedAt,
  };
}

function lineOf(line: SummaryLine, byCode: Map<string, UnitWithRegistration>, counts: Map<string, number>) {
  return unitLine(byCode.get(line.code)!, line.status, counts);
}

async function summaryRow(db: DbOrTx, campaignId: string, orgUnitId: string) {
  const [row] = await db
    .select({ id: registrationSummaries.id, forwardedAt: registrationSummaries.forwardedAt, note: registrationSummaries.note, forwardedBy: users.fullName })
    .from(registrationSummaries)
    .leftJoin(users, eq(users.id, registrationSummaries.forwardedById))
    .where(and(eq(registrationSummaries.campaignId, campaignId), eq(registrationSummaries.orgUnitId, orgUnitId)));
  return row ? { forwardedAt: new Date(row.forwardedAt).toISOString(), note: row.note, forwardedBy: row.forwardedBy } : null;
}

/** A district of the campaign's era, or a 404. */
export async function loadDistrict(db: DbOrTx, campaign: CampaignRecord, districtId: string) {
  const [d] = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, districtId), eq(orgUnits.kind, 'district'), eq(orgUnits.eraId, campaign.eraId)));
  if (!d) throw notFound('Huyện');
  return d;
}

export type DistrictFilter = { q?: string; registered?: 'yes' | 'no'; status?: RegistrationStatus; page: number; pageSize: number };

/**
 * The district consolidation (IV.1): which communes have registered and which have not ("x/y đơn vị cấp xã đã đăng
 * ký", `summariseRegistrations`), the district's own registrations, and whether the list was forwarded. Search
 * ignores diacritics (the unit's folded search text).
 */
export async function districtConsolidation(db: DbOrTx, campaign: CampaignRecord, district: { id: string; code: string; name: string; path: string }, filter: DistrictFilter) {
  const units = await unitsWithRegistrations(db, campaign, district.path);
  const byCode = new Map(units.map((u) => [u.code, u]));
  // A campaign whose participants leave out the district level still has the district as the frame of its communes:
  // without it the summary has no entry for the district (it used to crash with a 500).
  const frame: SummaryUnit[] = byCode.has(district.code) ? units : [...units, { code: district.code, name: district.name, kind: 'district', parentCode: null }];
  const summary = summariseRegistrations(frame, units.flatMap((u) => (u.status ? [{ unitCode: u.code, status: u.status }] : [])));
  const d = summary.districts.find((x) => x.districtCode === district.code)!;
  // Registered communes first, then those that have not (yet), each in Vietnamese order.
  const counts = await individualCounts(db, units.map((u) => u.registrationId));
  const all = [...d.communes.registered, ...d.communes.notRegistered].map((l) => lineOf(l, byCode, counts));
  const q = filter.q?.trim() ? foldDiacritics(filter.q) : '';
  const registeredCodes = new Set(d.communes.registered.map((l) => l.code));
  const filtered = all.filter(
    (l) =>
      (!q || byCode.get(l.code)!.searchText.includes(q)) &&
      (!filter.registered || (filter.registered === 'yes') === registeredCodes.has(l.code)) &&
      (!filter.status || l.status === filter.status),
  );
  return {
    district: { id: district.id, code: district.code, name: district.name },
    headline: d.headline,
    communes: { total: d.communes.total, registeredCount: d.communes.registeredCount },
    pendingReview: all.filter((l) => l.status === 'submitted').length,
    readyToForward: all.filter((l) => l.status === 'accepted').length,
    items: filtered.slice((filter.page - 1) * filter.pageSize, filter.page * filter.pageSize),
    total: filtered.length,
    page: filter.page,
    pageSize: filter.pageSize,
    ownUnits: [...d.ownUnits.registered, ...d.ownUnits.notRegistered].filter((l) => byCode.has(l.code)).map((l) => lineOf(l, byCode, counts)),
    forwarded: await summaryRow(db, campaign.id, district.id),
  };
}

/**
 * The district forwards its consolidated list to Sở Nội vụ (IV.1): every accepted commune registration becomes
 * forwarded and the district's registration_summaries row records when, by whom and the note. Refused while a
 * commune's registration still waits for review, or when nothing is ready to forward.
 */
export async function forwardDistrict(db: Db, ctx: AuditContext, input: { campaignId: string; districtId: string; note?: string; asOf: Date }) {
  return db.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, input.campaignId);
    if (campaign.status === 'draft') throw new AppError('CONFLICT', 'Đợt thi đua còn là dự thảo, chưa nhận đăng ký.');
    const district = await loadDistrict(tx, campaign, input.districtId);
    const communes = await tx
      .select({ id: registrations.id, status: registrations.status, version: registrations.version, unitId: orgUnits.id, name: orgUnits.name })
      .from(registrations)
      .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
      .where(and(eq(registrations.campaignId, campaign.id), eq(orgUnits.kind, 'commune'), like(orgUnits.path, `${district.path}%`)))
      .for('update', { of: registrations });
    const waiting = communes.filter((c) => c.status === 'submitted');
    if (waiting.length) {
      throw new AppError('CONFLICT', `Còn ${waiting.length} bản đăng ký chưa được tiếp nhận hoặc trả lại: ${waiting.map((c) => c.name).join(', ')}. Hãy xử lý trước khi chuyển Sở Nội vụ.`);
    }
    const ready = communes.filter((c) => c.status === 'accepted');
    if (ready.length === 0) throw new AppError('CONFLICT', 'Chưa có bản đăng ký nào của cấp xã đã được tiếp nhận để chuyển Sở Nội vụ.');
    await tx
      .update(registrations)
      .set({ status: 'forwarded', version: sql`${registrations.version} + 1`, updatedAt: input.asOf })
      .where(anyOf(registrations.id, ready.map((c) => c.id)));
    for (const c of ready) {
      await writeAudit(tx, ctx, { action: 'registration.forward', entityType: 'registration', entityId: c.id, orgUnitId: c.unitId, before: { status: 'accepted' }, after: { status: 'forwarded' } });
    }
    const { summary, note } = await saveForwardedSummary(tx, ctx, { campaignId: campaign.id, orgUnitId: district.id, note: input.note, asOf: input.asOf });
    await writeAudit(tx, ctx, {
      action: 'registrationSummary.forward',
      entityType: 'registrationSummary',
      entityId: summary.id,
      orgUnitId: district.id,
      after: { campaignId: campaign.id, district: district.name, forwarded: ready.map((c) => c.name), note },
    });
    return { summaryId: summary.id, forwardedCount: ready.length };
  });
}

/**
 * The district's or province's registration_summaries row marked forwarded now, by the actor, with the note (trimmed,
 * NFC; blank is none): created or replaced. The caller writes its own audit row (what it forwarded differs).
 */
async function saveForwardedSummary(tx: DbOrTx, ctx: AuditContext, input: { campaignId: string; orgUnitId: string; note: string | undefined; asOf: Date }) {
  const note = input.note?.trim().normalize('NFC') || null;
  const forwarded = { status: 'forwarded' as const, note, forwardedAt: input.asOf, forwardedById: ctx.actorUserId };
  const [summary] = await tx
    .insert(registrationSummaries)
    .values({ campaignId: input.campaignId, orgUnitId: input.orgUnitId, ...forwarded })
    .onConflictDoUpdate({ target: [registrationSummaries.campaignId, registrationSummaries.orgUnitId], set: forwarded })
    .returning({ id: registrationSummaries.id });
  return { summary, note };
}

/** The communes straight under the province (two tiers), registered first, each with its registration. */
function directCommuneUnits(units: readonly UnitWithRegistration[]) {
  return units
    .filter((u) => u.kind === 'commune' && u.parentKind === 'province')
    .sort((a, b) => Number(b.status !== null) - Number(a.status !== null));
}

function directCommuneLine(u: UnitWithRegistration, counts: Map<string, number>) {
  return unitLine(u, u.status, counts);
}

/** The province unit (root) of the campaign's era. */
async function provinceUnit(db: DbOrTx, campaign: CampaignRecord) {
  const [p] = await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.eraId, campaign.eraId), eq(orgUnits.kind, 'province')));
  if (!p) throw notFound('Đơn vị cấp tỉnh của đợt thi đua');
  return p;
}

/**
 * Sở Nội vụ's consolidated picture for UBND tỉnh (IV.1): departments and provincial PAR units one by one, each
 * district with its communes' progress and whether it has forwarded its list, and the totals.
 */
export async function provinceConsolidation(db: DbOrTx, campaign: CampaignRecord) {
  const units = await unitsWithRegistrations(db, campaign, null);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const summary = summariseRegistrations(units, units.flatMap((u) => (u.status ? [{ unitCode: u.code, status: u.status }] : [])));
  const forwardedRows = await db
    .select({ orgUnitId: registrationSummaries.orgUnitId, forwardedAt: registrationSummaries.forwardedAt })
    .from(registrationSummaries)
    .where(eq(registrationSummaries.campaignId, campaign.id));
  const forwardedAt = new Map(forwardedRows.map((r) => [r.orgUnitId, new Date(r.forwardedAt).toISOString()]));
  const province = await provinceUnit(db, campaign);
  const departments = summary.province.departments;
  const departmentLines = [...departments.registered, ...departments.notRegistered];
  const directCommunes = directCommuneUnits(units);
  // Only the lines listed one by one carry their individuals; the districts show counts of units.
  const counts = await individualCounts(db, [...departmentLines.map((l) => byCode.get(l.code)!.registrationId), ...directCommunes.map((u) => u.registrationId)]);
  return {
    total: summary.province.total,
    departments: {
      total: departments.total,
      registeredCount: departments.registeredCount,
      items: departmentLines.map((l) => lineOf(l, byCode, counts)),
    },
    districts: summary.districts.map((d) => {
      const id = byCode.get(d.districtCode)!.id;
      return {
        districtId: id,
        code: d.districtCode,
        name: d.districtName,
        headline: d.headline,
        communesTotal: d.communes.total,
        communesRegistered: d.communes.registeredCount,
        communesForwarded: d.communes.registered.filter((l) => l.status === 'forwarded').length,
        ownTotal: d.ownUnits.total,
        ownRegistered: d.ownUnits.registeredCount,
        forwardedAt: forwardedAt.get(id) ?? null,
      };
    }),
    districtLevel: { total: summary.province.districts.total, registeredCount: summary.province.districts.registeredCount },
    communes: { total: summary.province.communes.total, registeredCount: summary.province.communes.registeredCount },
    // Two tiers (no districts since 01/7/2025): communes, wards and special zones send to Sở Nội vụ directly, so they
    // are listed here one by one, registered first, as the departments are; empty in a three-tier campaign.
    directCommunes: directCommunes.map((u) => directCommuneLine(u, counts)),
    provinceSummary: await summaryRow(db, campaign.id, province.id),
  };
}

/** Sở Nội vụ records its consolidation for UBND tỉnh: the province's registration_summaries row, with the totals audited. */
// Alike in shape to forwardDistrict on purpose: the shared step is saveForwardedSummary; each forward writes its own audit
// row with its own details, in its own transaction (kit/audit.ts).
export async function forwardProvince(db: Db, ctx: AuditContext, input: { campaignId: string; note?: string; asOf: Date }) {
  return db.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, input.campaignId);
    if (campaign.status === 'draft') throw new AppError('CONFLICT', 'Đợt thi đua còn là dự thảo, chưa nhận đăng ký.');
    const province = await provinceUnit(tx, campaign);
    const picture = await provinceConsolidation(tx, campaign);
    const { summary, note } = await saveForwardedSummary(tx, ctx, { campaignId: campaign.id, orgUnitId: province.id, note: input.note, asOf: input.asOf });
    await writeAudit(tx, ctx, {
      action: 'registrationSummary.forwardProvince',
      entityType: 'registrationSummary',
      entityId: summary.id,
      orgUnitId: province.id,
      after: { campaignId: campaign.id, note, total: picture.total, departments: picture.departments.registeredCount, communes: picture.communes.registeredCount },
    });
    return { summaryId: summary.id };
  });
}
