import { and, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { orgUnits, people, registrationIndividuals, registrations } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { EDITABLE_REGISTRATION_STATUSES, REGISTRATION_STATUS_LABELS, findDuplicatePeople } from '../../../domain/campaigns/registrationRules';
import { checkRegistrationOpen } from '../../../domain/campaigns/registrationWindow';
import { collectiveKindOf } from '../../../domain/campaigns/registrationScope';
import { mayEditRegistrationOf } from '../../../domain/access/policies/registration';
import { findRepeatedIndividuals } from '../../../domain/registrations/registrationRows';
import { COLLECTIVE_KIND_LABELS } from '../../../domain/campaigns/campaignDefinition';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError, notFound, validation, type FieldError } from '../../errors';
import { loadCampaign, type CampaignRecord } from '../campaigns/campaignQueries';
import { personFields } from '../people/personFields';
import { loadRegistration, loadRegistrationUnit, peopleRegisteredElsewhere, registrationIndividualsOf, type RegistrationUnitRow } from './registrationQueries';
import { isUniqueViolation } from '../../kit/uniqueViolation';

/** One individual as sent by the form. */
export type IndividualInput = { personId?: string; fullName: string; position: string; content?: string };

/**
 * Refuses a change outside the registration window (II.3.b, "đến hết tháng 3/2020" = 31/03/2020 23:59:59 +07:00),
 * unless Sở Nội vụ accepted this unit's registration late (`lateOverrideReason`, set with a logged reason).
 * The message names the deadline and its clause.
 */
export function assertRegistrationOpen(campaign: CampaignRecord, asOf: Date, lateOverrideReason: string | null): void {
  const check = checkRegistrationOpen({ asOf, campaign: campaign.definition, status: campaign.status, override: lateOverrideReason ? { reason: lateOverrideReason } : undefined });
  if (!check.allowed) throw new AppError('CONFLICT', check.message);
}

/** The unit must exist in the campaign's era, take part in it (II.2.a) and be one the actor registers for. */
function assertRegistrableUnit(actor: Actor, campaign: CampaignRecord, unit: RegistrationUnitRow | null): RegistrationUnitRow {
  // Outside the actor's own units looks like a missing unit: a guessed id reveals nothing.
  if (!unit || !mayEditRegistrationOf(actor, unit)) throw notFound('Đơn vị');
  if (unit.eraId !== campaign.eraId) throw validation([{ path: 'orgUnitId', message: `Đơn vị: ${unit.name} không thuộc cây đơn vị của đợt thi đua này` }]);
  const kind = collectiveKindOf(unit);
  if (!kind || !campaign.definition.participants.collectiveKinds.includes(kind)) {
    const allowed = campaign.definition.participants.collectiveKinds.map((k) => COLLECTIVE_KIND_LABELS[k]).join('; ');
    throw validation([{ path: 'orgUnitId', message: `Đơn vị: ${unit.name} không thuộc đối tượng thi đua (${campaign.definition.participants.collectives.ref.clause}: ${allowed})` }]);
  }
  return unit;
}

type Saved = { id: string; personId: string; fullName: string; position: string; content: string };

/**
 * One person once per registration, by the rule the import applies (`findRepeatedIndividuals`: the same recorded
 * person, or a name that matches another entry's ignoring case and marks): a 400 naming each repeated item and the
 * item it repeats, before anything is read or written.
 */
function assertNoRepeatedIndividuals(items: IndividualInput[]): void {
  const repeated = findRepeatedIndividuals(items);
  if (repeated.length === 0) return;
  throw validation(
    repeated.map(({ index, firstIndex }) => ({
      path: `individuals.${index}.fullName`,
      message: `Cá nhân, mục ${index + 1}: trùng với mục ${firstIndex + 1} (${items[firstIndex].fullName.trim().normalize('NFC')}); mỗi người chỉ được đăng ký một lần trong bản đăng ký.`,
    })),
  );
}

/**
 * Replaces the individuals of a registration inside `tx`: keeps existing people (checked to belong to units the actor
 * registers for), records new people in the registration's unit, and refuses a person listed twice or already
 * registered in this campaign by another registration (the database constraint backs this under races).
 */
async function replaceIndividuals(tx: DbOrTx, ctx: AuditContext, actor: Actor, registration: { id: string; campaignId: string; unit: RegistrationUnitRow }, items: IndividualInput[], defaultContent: string, asOf: Date): Promise<Saved[]> {
  assertNoRepeatedIndividuals(items);
  const ids = [...new Set(items.flatMap((i) => (i.personId ? [i.personId] : [])))];
  const known = ids.length
    ? await tx
        .select({ id: people.id, fullName: people.fullName, position: people.position, orgUnitId: people.orgUnitId, unitPath: orgUnits.path, unitKind: orgUnits.kind })
        .from(people)
        .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
        .where(inArray(people.id, ids))
    : [];
  const byId = new Map(known.map((p) => [p.id, p]));
  const fields: FieldError[] = [];
  items.forEach((item, i) => {
    const p = item.personId ? byId.get(item.personId) : undefined;
    if (item.personId && (!p || !mayEditRegistrationOf(actor, { id: p.orgUnitId, path: p.unitPath, kind: p.unitKind }))) {
      fields.push({ path: `individuals.${i}.personId`, message: `Cá nhân thứ ${i + 1}: không tồn tại hoặc không thuộc đơn vị của bạn` });
    }
  });
  if (fields.length) throw validation(fields);

  const duplicates = findDuplicatePeople(
    items.flatMap((i) => (i.personId ? [{ personId: i.personId, fullName: i.fullName }] : [])),
    await peopleRegisteredElsewhere(tx, registration.campaignId, ids, registration.id),
  );
  if (duplicates.length) {
    throw new AppError(
      'CONFLICT',
      duplicates.map((d) => d.message).join(' '),
      duplicates.map((d) => ({ path: `individuals.${items.findIndex((i) => i.personId === d.personId)}.fullName`, message: d.message })),
    );
  }

  await tx.delete(registrationIndividuals).where(eq(registrationIndividuals.registrationId, registration.id));
  const saved: Saved[] = [];
  for (const [index, item] of items.entries()) {
    const derived = personFields(item);
    const { fullName, position } = derived;
    let personId = item.personId;
    if (!personId) {
      const [p] = await tx.insert(people).values({ ...derived, orgUnitId: registration.unit.id }).returning({ id: people.id });
      personId = p.id;
      await writeAudit(tx, ctx, { action: 'person.create', entityType: 'person', entityId: personId, orgUnitId: registration.unit.id, after: { fullName, position, orgUnitId: registration.unit.id } });
    } else {
      const before = byId.get(personId)!;
      if (before.fullName !== fullName || before.position !== position) {
        await tx.update(people).set({ ...derived, updatedAt: asOf }).where(eq(people.id, personId));
        await writeAudit(tx, ctx, { action: 'person.update', entityType: 'person', entityId: personId, orgUnitId: before.orgUnitId, before: { fullName: before.fullName, position: before.position }, after: { fullName, position } });
      }
    }
    const content = (item.content ?? defaultContent).normalize('NFC');
    const [row] = await tx
      .insert(registrationIndividuals)
      .values({ registrationId: registration.id, campaignId: registration.campaignId, personId, position, content, sortOrder: index })
      .returning({ id: registrationIndividuals.id });
    saved.push({ id: row.id, personId, fullName, position, content });
  }
  return saved;
}

/** Turns a unique violation that slipped past the checks (two requests at once) into the friendly 409. */
async function explainUniqueViolation(db: Db, err: unknown, campaignId: string, items: IndividualInput[], registrationId: string | null): Promise<never> {
  if (!isUniqueViolation(err)) throw err;
  const ids = items.flatMap((i) => (i.personId ? [i.personId] : []));
  const duplicates = findDuplicatePeople(
    items.flatMap((i) => (i.personId ? [{ personId: i.personId, fullName: i.fullName }] : [])),
    await peopleRegisteredElsewhere(db, campaignId, ids, registrationId),
  );
  if (duplicates.length) throw new AppError('CONFLICT', duplicates.map((d) => d.message).join(' '));
  throw new AppError('CONFLICT', 'Đơn vị đã có bản đăng ký trong đợt thi đua này; hãy mở bản đăng ký đó để sửa.', [{ path: 'orgUnitId', message: 'Đơn vị: đã có bản đăng ký trong đợt thi đua này' }]);
}

/** Creates the unit's registration (status draft) with its individuals; one per unit and campaign. */
export async function createRegistration(db: Db, ctx: AuditContext, actor: Actor, input: { campaignId: string; orgUnitId: string; content: string; individuals: IndividualInput[]; asOf: Date }): Promise<string> {
  const campaign = await loadCampaign(db, input.campaignId);
  const unit = assertRegistrableUnit(actor, campaign, await loadRegistrationUnit(db, input.orgUnitId));
  assertRegistrationOpen(campaign, input.asOf, null);
  const content = input.content.normalize('NFC');
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: registrations.id }).from(registrations).where(and(eq(registrations.campaignId, campaign.id), eq(registrations.orgUnitId, unit.id)));
      if (existing) {
        throw new AppError('CONFLICT', `${unit.name} đã có bản đăng ký trong đợt thi đua này; hãy mở bản đăng ký đó để sửa.`, [{ path: 'orgUnitId', message: `Đơn vị: ${unit.name} đã có bản đăng ký` }]);
      }
      const [row] = await tx.insert(registrations).values({ campaignId: campaign.id, orgUnitId: unit.id, status: 'draft', content, createdById: actor.userId }).returning();
      const individuals = await replaceIndividuals(tx, ctx, actor, { id: row.id, campaignId: campaign.id, unit }, input.individuals, campaign.definition.registrationContentDefault, input.asOf);
      await writeAudit(tx, ctx, { action: 'registration.create', entityType: 'registration', entityId: row.id, orgUnitId: unit.id, after: { campaignId: campaign.id, status: 'draft', content, individuals } });
      return row.id;
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    return explainUniqueViolation(db, err, campaign.id, input.individuals, null);
  }
}

/** Edits a draft or returned registration (content and/or the whole list of individuals), checking its version. */
export async function updateRegistration(db: Db, ctx: AuditContext, actor: Actor, input: { id: string; version: number; content?: string; individuals?: IndividualInput[]; asOf: Date }): Promise<void> {
  const current = await loadRegistration(db, input.id);
  if (!mayEditRegistrationOf(actor, current.unit)) throw notFound('Bản đăng ký thi đua');
  const campaign = await loadCampaign(db, current.campaignId);
  try {
    await db.transaction(async (tx) => {
      const locked = await loadRegistration(tx, input.id, { forUpdate: true });
      if (!EDITABLE_REGISTRATION_STATUSES.includes(locked.status)) {
        throw new AppError('CONFLICT', `Bản đăng ký đang ở trạng thái «${REGISTRATION_STATUS_LABELS[locked.status]}», không sửa được; chỉ sửa khi «${REGISTRATION_STATUS_LABELS.draft}» hoặc «${REGISTRATION_STATUS_LABELS.returned}».`);
      }
      assertRegistrationOpen(campaign, input.asOf, locked.lateOverrideReason);
      if (locked.version !== input.version) {
        throw new AppError('CONFLICT', 'Bản đăng ký vừa được người khác sửa; hãy tải lại trang để xem bản mới nhất rồi sửa tiếp.', [{ path: 'version', message: 'Phiên bản: bản đăng ký đã thay đổi từ khi bạn mở' }]);
      }
      const beforeIndividuals = await registrationIndividualsOf(tx, locked.id);
      const content = input.content?.normalize('NFC') ?? locked.content;
      // A registration opened by Sở Nội vụ's late acceptance has no preparer yet: the first officer who writes it is.
      await tx.update(registrations).set({ content, createdById: locked.createdById ?? actor.userId, version: locked.version + 1, updatedAt: input.asOf }).where(eq(registrations.id, locked.id));
      const individuals = input.individuals
        ? await replaceIndividuals(tx, ctx, actor, { id: locked.id, campaignId: locked.campaignId, unit: locked.unit }, input.individuals, campaign.definition.registrationContentDefault, input.asOf)
        : beforeIndividuals;
      await writeAudit(tx, ctx, {
        action: 'registration.update',
        entityType: 'registration',
        entityId: locked.id,
        orgUnitId: locked.unit.id,
        before: { content: locked.content, individuals: beforeIndividuals, version: locked.version },
        after: { content, individuals, version: locked.version + 1 },
      });
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    await explainUniqueViolation(db, err, campaign.id, input.individuals ?? [], input.id);
  }
}
