import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { councilSessions } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { assertOpen } from './councilGuards';
import { loadSession } from './councilQueries';
import type { SessionDetails } from './schema';

/** Sở Nội vụ corrects an open session's facts (title, time, place, quorum, pass rule). Update then its audit row. */
export async function updateCouncilSession(db: Db, ctx: AuditContext, _actor: Actor, input: { sessionId: string; details: SessionDetails; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await loadSession(tx, input.sessionId, { forUpdate: true });
    assertOpen(before);
    const d = input.details;
    // Update then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
    const [after] = await tx
      .update(councilSessions)
      .set({ title: d.title, heldAt: new Date(d.heldAt), place: d.place, quorumPercent: d.quorumPercent, passRule: d.passRule, updatedAt: input.asOf })
      .where(eq(councilSessions.id, before.id))
      .returning();
    const facts = (s: typeof before) => ({ campaignId: s.campaignId, title: s.title, heldAt: s.heldAt, place: s.place, quorumPercent: s.quorumPercent, passRule: s.passRule });
    await writeAudit(tx, ctx, { action: 'councilSession.update', entityType: 'councilSession', entityId: before.id, orgUnitId: null, before: facts(before), after: facts(after) });
  });
}
