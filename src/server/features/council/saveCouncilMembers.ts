import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { councilMembers, councilVotes, orgUnits, users } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { isRecused } from '../../../domain/council/councilTally';
import type { AppDeps } from '../../deps';
import { validation, type FieldError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { assertOpen } from './councilGuards';
import { loadAgenda, loadMembers, loadSession } from './councilQueries';
import { notifyCouncilMembers } from './notifyCouncilMembers';
import type { MemberInput } from './schema';

/**
 * Checks a member list against the records: each unit and linked account exists, a linked account has the role
 * council_member and is linked once, an existing member's id belongs to this session, and the council has at most
 * one chair and one secretary. Each error names the row's field; none → empty.
 */
export async function memberErrors(tx: DbOrTx, sessionId: string | null, members: readonly MemberInput[]): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const unitIds = [...new Set(members.flatMap((m) => (m.orgUnitId ? [m.orgUnitId] : [])))];
  const userIds = [...new Set(members.flatMap((m) => (m.userId ? [m.userId] : [])))];
  const units = unitIds.length ? await tx.select({ id: orgUnits.id }).from(orgUnits).where(inArray(orgUnits.id, unitIds)) : [];
  const accounts = userIds.length ? await tx.select({ id: users.id, role: users.role }).from(users).where(inArray(users.id, userIds)) : [];
  const own = sessionId ? await tx.select({ id: councilMembers.id }).from(councilMembers).where(eq(councilMembers.sessionId, sessionId)) : [];
  members.forEach((m, i) => {
    if (m.orgUnitId && !units.some((u) => u.id === m.orgUnitId)) errors.push({ path: `members.${i}.orgUnitId`, message: `Đơn vị công tác (mục ${i + 1}): không tồn tại` });
    const account = m.userId ? accounts.find((a) => a.id === m.userId) : null;
    if (m.userId && !account) errors.push({ path: `members.${i}.userId`, message: `Tài khoản thành viên (mục ${i + 1}): không tồn tại` });
    else if (account && account.role !== 'council_member') errors.push({ path: `members.${i}.userId`, message: `Tài khoản thành viên (mục ${i + 1}): phải là tài khoản có vai trò Thành viên Hội đồng TĐKT` });
    if (m.userId && members.findIndex((x) => x.userId === m.userId) !== i) errors.push({ path: `members.${i}.userId`, message: `Tài khoản thành viên (mục ${i + 1}): đã gắn với thành viên khác` });
    if (m.id && !own.some((o) => o.id === m.id)) errors.push({ path: `members.${i}.id`, message: `Thành viên (mục ${i + 1}): không thuộc phiên họp này` });
    if (m.id && members.findIndex((x) => x.id === m.id) !== i) errors.push({ path: `members.${i}.id`, message: `Thành viên (mục ${i + 1}): bị lặp` });
  });
  for (const [role, label] of [['chair', 'Chủ tịch Hội đồng (chủ trì)'], ['secretary', 'Thư ký']] as const) {
    const idx = members.map((m, i) => (m.councilRole === role ? i : -1)).filter((i) => i >= 0);
    if (idx.length > 1) errors.push({ path: `members.${idx[1]}.councilRole`, message: `Vai trò trong Hội đồng (mục ${idx[1] + 1}): phiên họp chỉ có một ${label}` });
  }
  return errors;
}

/**
 * Writes the member list of a session (replaces it): kept members keep their id and votes; a removed member's
 * votes go with them; a member who is now absent or now recused (their unit changed) loses the votes that no longer
 * count. Notifies each member's unit of the session (once per unit). One transaction with its audit row.
 */
export async function writeMembers(tx: DbOrTx, deps: Pick<AppDeps, 'config' | 'jobs'>, sessionId: string, members: readonly MemberInput[], asOf: Date): Promise<void> {
  const keep = members.flatMap((m) => (m.id ? [m.id] : []));
  const gone = await tx.select({ id: councilMembers.id }).from(councilMembers).where(keep.length ? and(eq(councilMembers.sessionId, sessionId), notInArray(councilMembers.id, keep)) : eq(councilMembers.sessionId, sessionId));
  if (gone.length > 0) {
    const ids = gone.map((g) => g.id);
    await tx.delete(councilVotes).where(and(eq(councilVotes.sessionId, sessionId), inArray(councilVotes.memberId, ids)));
    await tx.delete(councilMembers).where(inArray(councilMembers.id, ids));
  }
  for (const m of members) {
    const values = { fullName: m.fullName, position: m.position, councilRole: m.councilRole, orgUnitId: m.orgUnitId, userId: m.userId, attendance: m.attendance };
    if (m.id) await tx.update(councilMembers).set(values).where(eq(councilMembers.id, m.id));
    else await tx.insert(councilMembers).values({ sessionId, ...values });
  }
  // Votes that no longer count: an absent member's, and a recused member's (their unit changed).
  const [now, agenda] = [await loadMembers(tx, sessionId), await loadAgenda(tx, sessionId)];
  for (const m of now) {
    if (m.attendance === 'absent') await tx.delete(councilVotes).where(and(eq(councilVotes.sessionId, sessionId), eq(councilVotes.memberId, m.id)));
    const recusedFrom = agenda.filter((a) => isRecused(m.unit, a.nomineeUnit)).map((a) => a.dossierId);
    if (recusedFrom.length) await tx.delete(councilVotes).where(and(eq(councilVotes.sessionId, sessionId), eq(councilVotes.memberId, m.id), inArray(councilVotes.dossierId, recusedFrom)));
  }
  await notifyCouncilMembers(tx, deps, sessionId, asOf);
}

/** Member list of a session as the audit log keeps it. */
export const membersForAudit = (members: Awaited<ReturnType<typeof loadMembers>>) =>
  members.map((m) => ({ id: m.id, fullName: m.fullName, position: m.position, councilRole: m.councilRole, orgUnitId: m.orgUnitId, userId: m.userId, attendance: m.attendance }));

/** Sở Nội vụ sets the members of an open session (name, position, role, unit, linked account, attendance). */
export async function saveCouncilMembers(db: Db, deps: Pick<AppDeps, 'config' | 'jobs'>, ctx: AuditContext, _actor: Actor, input: { sessionId: string; members: MemberInput[]; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const session = await loadSession(tx, input.sessionId, { forUpdate: true });
    assertOpen(session);
    const errors = await memberErrors(tx, session.id, input.members);
    if (errors.length > 0) throw validation(errors);
    const before = membersForAudit(await loadMembers(tx, session.id));
    await writeMembers(tx, deps, session.id, input.members, input.asOf);
    const after = membersForAudit(await loadMembers(tx, session.id));
    await writeAudit(tx, ctx, { action: 'councilSession.members', entityType: 'councilSession', entityId: session.id, orgUnitId: null, before: { campaignId: session.campaignId, members: before }, after: { campaignId: session.campaignId, members: after } });
  });
}
