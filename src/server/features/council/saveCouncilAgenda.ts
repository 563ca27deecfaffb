import { and, eq, inArray, ne, notInArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { councilSessionDossiers, councilSessions, councilVotes } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { DOSSIER_STATUS_LABELS } from '../../../domain/dossiers/dossierChecklist';
import { validation, type FieldError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { assertOpen } from './councilGuards';
import { loadAgenda, loadDossiersForAgenda, loadSession, type SessionRow } from './councilQueries';

/**
 * Checks the dossiers for an agenda: each exists in the session's campaign, has been appraised and accepted by Sở Nội
 * vụ (only those go before the council), and is not on another open session's agenda.
 */
export async function agendaErrors(tx: DbOrTx, session: Pick<SessionRow, 'id' | 'campaignId'>, dossierIds: readonly string[]): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const found = await loadDossiersForAgenda(tx, dossierIds);
  const elsewhere = dossierIds.length
    ? await tx
        .select({ dossierId: councilSessionDossiers.dossierId, title: councilSessions.title })
        .from(councilSessionDossiers)
        .innerJoin(councilSessions, eq(councilSessions.id, councilSessionDossiers.sessionId))
        .where(and(inArray(councilSessionDossiers.dossierId, [...dossierIds]), eq(councilSessions.status, 'open'), ne(councilSessions.id, session.id)))
    : [];
  const current = new Set((await loadAgenda(tx, session.id)).map((a) => a.dossierId));
  dossierIds.forEach((id, i) => {
    const d = found.find((f) => f.dossierId === id);
    const path = `dossierIds.${i}`;
    if (!d || d.campaignId !== session.campaignId) errors.push({ path, message: `Hồ sơ đưa ra xét (mục ${i + 1}): không có trong đợt thi đua này` });
    else if (d.dossierStatus !== 'accepted' && !current.has(id)) errors.push({ path, message: `Hồ sơ của ${d.nomineeName}: đang «${DOSSIER_STATUS_LABELS[d.dossierStatus]}»; Hội đồng chỉ xét hồ sơ đã thẩm định đạt` });
    else if (dossierIds.indexOf(id) !== i) errors.push({ path, message: `Hồ sơ của ${d.nomineeName}: bị chọn hai lần` });
    const other = elsewhere.find((e) => e.dossierId === id);
    if (d && other) errors.push({ path, message: `Hồ sơ của ${d.nomineeName}: đang có trong phiên họp «${other.title}» chưa kết thúc` });
  });
  return errors;
}

/** Replaces the agenda: dossiers taken off lose their votes in this session. */
export async function writeAgenda(tx: DbOrTx, sessionId: string, dossierIds: readonly string[]): Promise<void> {
  const off = dossierIds.length ? and(eq(councilSessionDossiers.sessionId, sessionId), notInArray(councilSessionDossiers.dossierId, [...dossierIds])) : eq(councilSessionDossiers.sessionId, sessionId);
  const removed = await tx.delete(councilSessionDossiers).where(off).returning({ dossierId: councilSessionDossiers.dossierId });
  if (removed.length) await tx.delete(councilVotes).where(and(eq(councilVotes.sessionId, sessionId), inArray(councilVotes.dossierId, removed.map((r) => r.dossierId))));
  if (dossierIds.length) await tx.insert(councilSessionDossiers).values(dossierIds.map((dossierId) => ({ sessionId, dossierId }))).onConflictDoNothing();
}

/** Sở Nội vụ puts accepted dossiers on the agenda of an open session (or takes them off). Audited in one transaction. */
export async function saveCouncilAgenda(db: Db, ctx: AuditContext, _actor: Actor, input: { sessionId: string; dossierIds: string[] }): Promise<void> {
  await db.transaction(async (tx) => {
    const session = await loadSession(tx, input.sessionId, { forUpdate: true });
    assertOpen(session);
    const errors = await agendaErrors(tx, session, input.dossierIds);
    if (errors.length > 0) throw validation(errors);
    const before = (await loadAgenda(tx, session.id)).map((a) => a.dossierId);
    await writeAgenda(tx, session.id, input.dossierIds);
    const after = await loadAgenda(tx, session.id);
    await writeAudit(tx, ctx, {
      action: 'councilSession.agenda',
      entityType: 'councilSession',
      entityId: session.id,
      orgUnitId: null,
      before: { campaignId: session.campaignId, dossierIds: before },
      after: { campaignId: session.campaignId, dossierIds: after.map((a) => a.dossierId), nominees: after.map((a) => a.nomineeName) },
    });
  });
}
