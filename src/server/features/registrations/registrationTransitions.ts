import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { registrations } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { REGISTRATION_STATUS_LABELS, checkRegistrationTransition, type RegistrationStatus } from '../../../domain/campaigns/registrationRules';
import { checkRegistrationOpen } from '../../../domain/campaigns/registrationWindow';
import { collectiveKindOf } from '../../../domain/campaigns/registrationScope';
import { mayReviewRegistration, reviewerRoleOf } from '../../../domain/access/policies/registration';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError, forbidden, validation } from '../../errors';
import { loadCampaign } from '../campaigns/campaignQueries';
import { loadRegistration, loadRegistrationUnit } from './registrationQueries';
import { assertRegistrationOpen } from './saveRegistration';

function refuse(reason: string, path = 'status'): never {
  throw new AppError('CONFLICT', reason, [{ path, message: reason }]);
}

/**
 * The unit head approves and sends the registration (draft or returned → submitted). Sending is registering,
 * so it is refused after the deadline like an edit, unless Sở Nội vụ accepted the unit late.
 */
export async function submitRegistration(db: Db, ctx: AuditContext, actor: Actor, id: string, asOf: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const r = await loadRegistration(tx, id, { forUpdate: true });
    const check = checkRegistrationTransition({ from: r.status, to: 'submitted', role: actor.role });
    if (!check.allowed) refuse(check.reason);
    assertRegistrationOpen(await loadCampaign(tx, r.campaignId), asOf, r.lateOverrideReason);
    await tx.update(registrations).set({ status: 'submitted', submittedAt: asOf, submittedById: actor.userId, version: r.version + 1, updatedAt: asOf }).where(eq(registrations.id, r.id));
    await writeAudit(tx, ctx, { action: 'registration.submit', entityType: 'registration', entityId: r.id, orgUnitId: r.unit.id, before: { status: r.status }, after: { status: 'submitted' } });
  });
}

/**
 * Accept (Tiếp nhận) or return (Trả lại, with a reason) a registration: the district for its communes, Sở Nội vụ
 * for those sent to it directly and for forwarded ones (see `mayReviewRegistration`).
 */
export async function reviewRegistration(db: Db, ctx: AuditContext, actor: Actor, input: { id: string; decision: 'accept' | 'return'; reason?: string; asOf: Date }): Promise<void> {
  const to: RegistrationStatus = input.decision === 'accept' ? 'accepted' : 'returned';
  await db.transaction(async (tx) => {
    const r = await loadRegistration(tx, input.id, { forUpdate: true });
    if (!mayReviewRegistration(actor, r.unit, r.status)) {
      const who = reviewerRoleOf(r.unit) === 'district_aggregator' ? 'Phòng Nội vụ cấp huyện của đơn vị' : 'Sở Nội vụ';
      throw forbidden(`Bản đăng ký của ${r.unit.name} (trạng thái «${REGISTRATION_STATUS_LABELS[r.status]}») do ${who} tiếp nhận hoặc trả lại (Khoản 1, Mục IV).`);
    }
    const check = checkRegistrationTransition({ from: r.status, to, role: actor.role, reason: input.reason });
    if (!check.allowed) refuse(check.reason, check.reason.startsWith('Lý do') ? 'reason' : 'decision');
    const reason = to === 'returned' ? input.reason!.trim().normalize('NFC') : null;
    await tx
      .update(registrations)
      .set({ status: to, returnReason: reason ?? r.returnReason, version: r.version + 1, updatedAt: input.asOf })
      .where(and(eq(registrations.id, r.id), eq(registrations.status, r.status)));
    await writeAudit(tx, ctx, {
      action: to === 'accepted' ? 'registration.accept' : 'registration.return',
      entityType: 'registration',
      entityId: r.id,
      orgUnitId: r.unit.id,
      before: { status: r.status },
      after: { status: to },
      reason,
    });
  });
}

/**
 * Sở Nội vụ accepts a unit's registration after the deadline, with a logged reason (II.3.b; SPEC §3 step 2). The
 * unit's registration (created as a draft if it has none) then stays open to the unit until it is sent, for as long
 * as the campaign status allows registration at all.
 * @returns the registration id
 */
export async function acceptLateRegistration(db: Db, ctx: AuditContext, input: { campaignId: string; orgUnitId: string; reason: string; asOf: Date }): Promise<string> {
  const reason = input.reason.trim().normalize('NFC');
  return db.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, input.campaignId, { forUpdate: true });
    const unit = await loadRegistrationUnit(tx, input.orgUnitId);
    if (!unit || unit.eraId !== campaign.eraId) throw validation([{ path: 'orgUnitId', message: 'Đơn vị: không có trong cây đơn vị của đợt thi đua này' }]);
    const kind = collectiveKindOf(unit);
    if (!kind || !campaign.definition.participants.collectiveKinds.includes(kind)) {
      throw validation([{ path: 'orgUnitId', message: `Đơn vị: ${unit.name} không thuộc đối tượng thi đua (${campaign.definition.participants.collectives.ref.clause})` }]);
    }
    const check = checkRegistrationOpen({ asOf: input.asOf, campaign: campaign.definition, status: campaign.status, override: { reason } });
    if (!check.allowed) refuse(check.message, 'reason');
    if (!check.overridden) refuse(`Còn trong thời hạn đăng ký thi đua; đơn vị tự đăng ký, không cần chấp nhận đăng ký muộn. ${check.message}`, 'orgUnitId');

    const ofUnit = and(eq(registrations.campaignId, campaign.id), eq(registrations.orgUnitId, unit.id));
    let [existing] = await tx.select().from(registrations).where(ofUnit).for('update');
    let id: string | null = null;
    if (!existing) {
      // The unit may be creating its own at this very moment: then that one is kept and given the late acceptance.
      // No creator: Sở Nội vụ only opens the form; the unit's officer who first saves it is its preparer (NGƯỜI LẬP BIỂU).
      const [row] = await tx
        .insert(registrations)
        .values({ campaignId: campaign.id, orgUnitId: unit.id, status: 'draft', content: campaign.definition.registrationContentDefault, lateOverrideReason: reason, createdById: null })
        .onConflictDoNothing()
        .returning({ id: registrations.id });
      if (row) id = row.id;
      else [existing] = await tx.select().from(registrations).where(ofUnit).for('update');
    }
    if (id === null) {
      if (!existing) throw new AppError('CONFLICT', 'Bản đăng ký của đơn vị vừa được người khác thay đổi; hãy thử lại.');
      id = existing.id;
      await tx.update(registrations).set({ lateOverrideReason: reason, version: existing.version + 1, updatedAt: input.asOf }).where(eq(registrations.id, id));
    }
    await writeAudit(tx, ctx, {
      action: 'registration.lateOverride',
      entityType: 'registration',
      entityId: id,
      orgUnitId: unit.id,
      before: existing ? { lateOverrideReason: existing.lateOverrideReason, status: existing.status } : null,
      after: { lateOverrideReason: reason, deadline: check.deadline.toISOString(), message: check.message },
      reason,
    });
    return id;
  });
}
