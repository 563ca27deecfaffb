import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgUnits, people, registrationIndividuals, registrations, users } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { inScope } from '../../../domain/access/scope';
import { EDITABLE_REGISTRATION_STATUSES, REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '../../../domain/campaigns/registrationRules';
import { collectiveKindOf } from '../../../domain/campaigns/registrationScope';
import { mayEditRegistrationOf, mayImportRegistrationOf } from '../../../domain/access/policies/registration';
import { PROVINCE_ROLES, type Role } from '../../../domain/access/roles';
import { checkRegistrationOpen } from '../../../domain/campaigns/registrationWindow';
import type { RowError } from '../../../domain/orgUnits/orgUnitRows';
import {
  checkRegistrationUnits,
  personNameKey,
  rowsToRegistrationsInSteps,
  type ParsedRegistration,
  type RegistrationUnitInfo,
} from '../../../domain/registrations/registrationRows';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { vietnameseSortKey } from '../../../domain/text/vietnameseSortKey';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { importProgress, repairedCells, type RepairedCell } from '../../kit/importResult';
import type { ReportProgress } from '../../kit/jobs/backgroundJob';
import type { TableImport } from '../../kit/tableImport';
import { loadCampaign } from '../campaigns/campaignQueries';
import { AppError } from '../../errors';
import type { CampaignForDocuments } from './registrationDocumentData';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { anyOf } from '../../kit/anyOf';
import { nextTurn, runInTurns, SLICE_ITEMS } from '../../kit/eventLoopTurns';

/** Result of an import; `registrations` counts the units of the file. */
export type RegistrationImportResult = {
  dryRun: boolean;
  ok: boolean;
  rows: number;
  registrations: number;
  created: number;
  updated: number;
  unchanged: number;
  peopleCreated: number;
  errors: RowError[];
  repaired: RepairedCell[];
};

type Unit = { id: string; path: string; code: string; name: string; kind: string; parUnitLevel: string | null; parentId: string | null };
type Existing = { id: string; orgUnitId: string; status: RegistrationStatus; content: string; version: number; lateOverrideReason: string | null; createdById: string | null };
/** An account that may be a unit's NGƯỜI LẬP BIỂU: one who writes the unit's registration (`mayEditRegistrationOf`). */
type Preparer = { id: string; fullName: string; role: Role; orgUnitId: string; unitPath: string };
type Person = { id: string; fullName: string; position: string; orgUnitId: string };
type PlannedIndividual = { personId: string | null; fullName: string; position: string; content: string };
type Plan = { parsed: ParsedRegistration; unit: Unit; existing: Existing | null; individuals: PlannedIndividual[]; createdById: string | null; change: 'create' | 'update' | 'unchanged' };

/**
 * Imports registrations from sheet rows (REGISTRATION_COLUMNS): per unit, creates its draft registration or updates
 * a draft/returned one, with exactly the individuals of the file; people are matched within the unit by full name
 * ignoring case and diacritics, created when new, their position updated when changed.
 *
 * Who may write which unit's rows is `mayImportRegistrationOf`: the unit's officer or district as on screen, and Sở
 * Nội vụ for any unit (paper forms sent to it). "Người lập biểu" names the account of the unit that prepared it
 * (matched by full name among those who write the unit's registration); left blank, the importing officer is the
 * preparer, or nobody when Sở Nội vụ imports — a province account never becomes a unit's preparer.
 *
 * All or nothing: any bad row (see rowsToRegistrations and checkRegistrationUnits, plus the registration deadline of
 * II.3.b checked with `asOf`, a registration no longer editable, a person already registered by another unit) saves
 * nothing, and a dry run saves nothing either. Every change has its audit row in the same transaction.
 */
export async function importRegistrations(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { campaign: CampaignForDocuments; table: string[][]; dryRun: boolean; asOf: Date; progress?: ReportProgress },
): Promise<RegistrationImportResult> {
  const { campaign } = input;
  const steps = importProgress(input.progress);
  await steps.checking(Math.max(0, input.table.length - 1));
  const def = campaign.definition;
  const parsed = await runInTurns(rowsToRegistrationsInSteps(input.table, { defaultContent: def.registrationContentDefault }));
  const errors = [...parsed.errors];
  const codes = parsed.registrations.map((r) => r.unitCode);
  const units: Unit[] = codes.length
    ? await db
        .select({ id: orgUnits.id, path: orgUnits.path, code: orgUnits.code, name: orgUnits.name, kind: orgUnits.kind, parUnitLevel: orgUnits.parUnitLevel, parentId: orgUnits.parentId })
        .from(orgUnits)
        .where(and(eq(orgUnits.eraId, campaign.eraId), anyOf(orgUnits.code, codes, 'text')))
    : [];
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const info = new Map<string, RegistrationUnitInfo>(
    units.map((u) => {
      const kind = collectiveKindOf(u);
      return [u.code, { name: u.name, inScope: inScope(actor, { unitId: u.id, unitPath: u.path }), participates: kind !== null && def.participants.collectiveKinds.includes(kind) }];
    }),
  );
  errors.push(...checkRegistrationUnits(parsed.registrations, info, def.participants.collectives.ref.clause));
  // A set of the rows in error: scanning every error per registration was quadratic (20,000 one-row registrations,
  // each with an error: 5.8 s in one turn at load 14; 28 ms with the set).
  const rowsInError = new Set(errors.map((e) => e.row));
  const valid = parsed.registrations.filter((r) => !r.rows.some((row) => rowsInError.has(row)) && unitByCode.has(r.unitCode));
  const unitIds = valid.map((r) => unitByCode.get(r.unitCode)!.id);

  const existing: Existing[] = unitIds.length
    ? ((await db
        .select({ id: registrations.id, orgUnitId: registrations.orgUnitId, status: registrations.status, content: registrations.content, version: registrations.version, lateOverrideReason: registrations.lateOverrideReason, createdById: registrations.createdById })
        .from(registrations)
        .where(and(eq(registrations.campaignId, campaign.id), inArray(registrations.orgUnitId, unitIds)))) as Existing[])
    : [];
  const knownPeople: Person[] = unitIds.length
    ? await db.select({ id: people.id, fullName: people.fullName, position: people.position, orgUnitId: people.orgUnitId }).from(people).where(anyOf(people.orgUnitId, unitIds))
    : [];
  const currentIndividuals = existing.length
    ? await db
        .select({ registrationId: registrationIndividuals.registrationId, personId: registrationIndividuals.personId, position: registrationIndividuals.position, content: registrationIndividuals.content })
        .from(registrationIndividuals)
        .where(anyOf(registrationIndividuals.registrationId, existing.map((e) => e.id)))
        .orderBy(asc(registrationIndividuals.sortOrder))
    : [];
  // Accounts on the units of the file or on their parents (a district's account prepares its Phòng Nội vụ's form).
  const accountUnitIds = [...new Set(valid.flatMap((r) => { const u = unitByCode.get(r.unitCode)!; return u.parentId ? [u.id, u.parentId] : [u.id]; }))];
  const preparers: Preparer[] = valid.some((r) => r.preparedBy)
    ? await db.select({ id: users.id, fullName: users.fullName, role: users.role, orgUnitId: users.orgUnitId, unitPath: orgUnits.path }).from(users).innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId)).where(anyOf(users.orgUnitId, accountUnitIds))
    : [];
  const matchedIds = knownPeople.map((p) => p.id);
  const elsewhere = matchedIds.length
    ? await db
        .select({ personId: registrationIndividuals.personId, unitName: orgUnits.name, registrationUnitId: registrations.orgUnitId })
        .from(registrationIndividuals)
        .innerJoin(registrations, eq(registrations.id, registrationIndividuals.registrationId))
        .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
        .where(and(eq(registrationIndividuals.campaignId, campaign.id), anyOf(registrationIndividuals.personId, matchedIds)))
    : [];

  const plans: Plan[] = [];
  // The first registration of each unit, as `find` gave it, without a scan per row.
  const existingByUnit = new Map<string, Existing>();
  for (const e of existing) if (!existingByUnit.has(e.orgUnitId)) existingByUnit.set(e.orgUnitId, e);
  for (const [k, r] of valid.entries()) {
    // Other requests are answered between slices of a long file (issue 13 §3).
    if (k > 0 && k % SLICE_ITEMS === 0) await nextTurn();
    const unit = unitByCode.get(r.unitCode)!;
    const current = existingByUnit.get(unit.id) ?? null;
    const rowError = (field: string, message: string) => r.rows.forEach((row) => errors.push({ row, field, message }));
    // A unit the actor sees but does not register (a district's communes register themselves): its rows of the
    // actor's own export re-import as unchanged; a change to them is refused below, once it is known.
    const editable = mayImportRegistrationOf(actor, unit);
    // II.3.b: the deadline, unless Sở Nội vụ accepted this unit late (the reason is on its registration).
    const window = checkRegistrationOpen({ asOf: input.asOf, campaign: def, status: campaign.status, override: current?.lateOverrideReason ? { reason: current.lateOverrideReason } : undefined });
    if (editable && !window.allowed) {
      rowError('Hạn đăng ký', window.message);
      continue;
    }
    if (editable && current && !EDITABLE_REGISTRATION_STATUSES.includes(current.status)) {
      rowError('Mã đơn vị', `Bản đăng ký của ${unit.name} đang ở trạng thái «${REGISTRATION_STATUS_LABELS[current.status]}», không sửa qua nhập tệp được (chỉ sửa khi «${REGISTRATION_STATUS_LABELS.draft}» hoặc «${REGISTRATION_STATUS_LABELS.returned}»).`);
      continue;
    }
    let preparerId: string | null = null;
    if (r.preparedBy) {
      const named = preparers.filter((u) => personNameKey(u.fullName) === personNameKey(r.preparedBy) && mayEditRegistrationOf({ userId: u.id, role: u.role, unitId: u.orgUnitId, unitPath: u.unitPath }, unit));
      if (named.length !== 1) {
        rowError(
          'Người lập biểu',
          named.length === 0
            ? `Không có tài khoản cán bộ đầu mối nào của ${unit.name} tên "${r.preparedBy}"; ghi đúng họ tên tài khoản của người lập biểu, hoặc để trống.`
            : `${unit.name} có ${named.length} tài khoản cùng tên "${r.preparedBy}"; hãy để trống và để người lập biểu lưu bản đăng ký trên màn hình.`,
        );
        continue;
      }
      preparerId = named[0].id;
    }
    // Left blank: the importing officer prepared it, unless a province account imports (then nobody yet).
    const createdById = preparerId ?? current?.createdById ?? (PROVINCE_ROLES.includes(actor.role) ? null : actor.userId);
    const individuals: PlannedIndividual[] = [];
    for (const i of r.individuals) {
      const matches = knownPeople.filter((p) => p.orgUnitId === unit.id && personNameKey(p.fullName) === i.nameKey);
      if (matches.length > 1) {
        errors.push({ row: i.row, field: 'Họ và tên', message: `${unit.name} có ${matches.length} cán bộ cùng tên "${i.fullName}"; hãy đăng ký người này trên màn hình bản đăng ký.` });
        continue;
      }
      const person = matches[0];
      const other = person && elsewhere.find((e) => e.personId === person.id && e.registrationUnitId !== unit.id);
      if (other) {
        errors.push({ row: i.row, field: 'Họ và tên', message: `Cá nhân ${person.fullName} đã được đăng ký trong bản đăng ký của ${other.unitName} của đợt thi đua này.` });
        continue;
      }
      individuals.push({ personId: person?.id ?? null, fullName: person?.fullName ?? i.fullName, position: i.position, content: i.content });
    }
    const before = current ? currentIndividuals.filter((c) => c.registrationId === current.id) : [];
    // Unchanged means the registration as sent: a person's record edited since (a promotion) is not a change the
    // file asks for, so re-importing an export neither reverts it nor refuses a district the rows it only reads.
    const same =
      current !== null &&
      current.content === r.content &&
      before.length === individuals.length &&
      before.every((b, k) => b.personId === individuals[k].personId && b.position === individuals[k].position && b.content === individuals[k].content) &&
      (preparerId === null || preparerId === current.createdById);
    if (!editable && !same) {
      rowError('Mã đơn vị', `${unit.name} tự đăng ký: bạn chỉ tổng hợp bản đăng ký này, không sửa qua nhập tệp được (hãy để nguyên hoặc xóa các dòng của đơn vị này).`);
      continue;
    }
    plans.push({ parsed: r, unit, existing: current, individuals, createdById, change: current === null ? 'create' : same ? 'unchanged' : 'update' });
  }

  errors.sort((a, b) => a.row - b.row);
  const ok = errors.length === 0;
  // All or nothing: a file with errors saves nothing, so it creates, updates and keeps nothing either.
  const count = (change: Plan['change']) => (ok ? plans.filter((p) => p.change === change).length : 0);
  const result: RegistrationImportResult = {
    dryRun: input.dryRun,
    ok,
    rows: Math.max(0, input.table.length - 1),
    registrations: parsed.registrations.length,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    peopleCreated: ok ? plans.reduce((n, p) => n + p.individuals.filter((i) => i.personId === null).length, 0) : 0,
    errors,
    repaired: repairedCells(parsed.repairs),
  };
  if (!result.ok || input.dryRun) return result;

  try {
    await db.transaction(async (tx) => {
      const changed = plans.filter((p) => p.change !== 'unchanged');
      for (const [i, plan] of changed.entries()) {
        if (i > 0 && i % SLICE_ITEMS === 0) await nextTurn();
        await applyPlan(tx, ctx, campaign, plan, knownPeople, currentIndividuals, input.asOf);
        await steps.wrote(i + 1, changed.length);
      }
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    // Two imports (or an import and a form) racing on the same unit or person: the database constraints held.
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'Một bản đăng ký hoặc cá nhân trong tệp vừa được lưu bởi người khác; không có gì được lưu. Hãy nhập lại tệp.');
    throw err;
  }
  return result;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function applyPlan(tx: Tx, ctx: AuditContext, campaign: CampaignForDocuments, plan: Plan, knownPeople: Person[], currentIndividuals: { registrationId: string; personId: string; position: string; content: string }[], asOf: Date) {
  const { unit } = plan;
  let registrationId: string;
  if (plan.existing) {
    // Checked again under a row lock: the registration may have been sent or edited since the file was checked.
    const [locked] = await tx.select({ status: registrations.status, version: registrations.version }).from(registrations).where(eq(registrations.id, plan.existing.id)).for('update');
    if (!locked || locked.status !== plan.existing.status || locked.version !== plan.existing.version) {
      throw new AppError('CONFLICT', `Bản đăng ký của ${unit.name} vừa được người khác thay đổi; không có gì được lưu. Hãy xuất lại tệp và nhập lại.`);
    }
    registrationId = plan.existing.id;
  } else {
    const [row] = await tx.insert(registrations).values({ campaignId: campaign.id, orgUnitId: unit.id, status: 'draft', content: plan.parsed.content, createdById: plan.createdById }).returning({ id: registrations.id });
    registrationId = row.id;
  }

  const saved: { personId: string; fullName: string; position: string; content: string }[] = [];
  for (const i of plan.individuals) {
    let personId = i.personId;
    const derived = { fullName: i.fullName, position: i.position, searchText: foldDiacritics(i.fullName), sortKey: vietnameseSortKey(i.fullName) };
    if (!personId) {
      const [p] = await tx.insert(people).values({ ...derived, orgUnitId: unit.id }).returning({ id: people.id });
      personId = p.id;
      await writeAudit(tx, ctx, { action: 'person.import.create', entityType: 'person', entityId: personId, orgUnitId: unit.id, after: { fullName: i.fullName, position: i.position, orgUnitId: unit.id } });
    } else {
      const before = knownPeople.find((p) => p.id === personId)!;
      if (before.position !== i.position) {
        await tx.update(people).set({ position: i.position, updatedAt: asOf }).where(eq(people.id, personId));
        await writeAudit(tx, ctx, { action: 'person.import.update', entityType: 'person', entityId: personId, orgUnitId: unit.id, before: { position: before.position }, after: { position: i.position } });
      }
    }
    saved.push({ personId, fullName: i.fullName, position: i.position, content: i.content });
  }

  // The file is the list: the registration's individuals are replaced, in file order.
  await tx.delete(registrationIndividuals).where(eq(registrationIndividuals.registrationId, registrationId));
  if (saved.length) {
    await tx.insert(registrationIndividuals).values(saved.map((s, k) => ({ registrationId, campaignId: campaign.id, personId: s.personId, position: s.position, content: s.content, sortOrder: k })));
  }
  if (plan.existing) {
    await tx.update(registrations).set({ content: plan.parsed.content, createdById: plan.createdById, version: plan.existing.version + 1, updatedAt: asOf }).where(eq(registrations.id, registrationId));
    const before = currentIndividuals.filter((c) => c.registrationId === registrationId);
    await writeAudit(tx, ctx, {
      action: 'registration.import.update',
      entityType: 'registration',
      entityId: registrationId,
      orgUnitId: unit.id,
      before: { content: plan.existing.content, individuals: before, createdById: plan.existing.createdById, version: plan.existing.version },
      after: { content: plan.parsed.content, individuals: saved, createdById: plan.createdById, version: plan.existing.version + 1 },
    });
  } else {
    await writeAudit(tx, ctx, { action: 'registration.import.create', entityType: 'registration', entityId: registrationId, orgUnitId: unit.id, after: { campaignId: campaign.id, status: 'draft', content: plan.parsed.content, individuals: saved, createdById: plan.createdById } });
  }
}

/** The registration sheet import as its route answers it and as a background job runs it (kit/tableImport.ts). */
export const registrationImport: TableImport<{ campaignId: string; dryRun: boolean }, RegistrationImportResult> = {
  kind: 'import.registrations',
  access: 'registration.import',
  run: async ({ db, ctx, actor, params, table, asOf, progress }) =>
    importRegistrations(db, ctx, actor, { campaign: await loadCampaign(db, params.campaignId), table, dryRun: params.dryRun, asOf, progress }),
};
