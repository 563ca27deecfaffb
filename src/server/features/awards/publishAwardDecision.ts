import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { awardDecisions, publicNotices, type PublicNoticeEntry } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { formatVnDocumentDate, type LocalDate } from '../../../domain/time/localDate';
import type { AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notifyUnit } from '../notifications/notifyUnit';
import { loadDecision } from './awardQueries';

/**
 * Sở Nội vụ publishes an issued decision: status → published, a public notice of kind 'decision' carrying only what
 * may be public (name, position, unit: DOMAIN §1.6) for the public page, and a notice to each awardee's unit
 * (deduplicated per decision). Guarded update, notice, notifications and audit row in one transaction.
 */
export async function publishAwardDecision(db: Db, deps: Pick<AppDeps, 'config' | 'jobs'>, ctx: AuditContext, actor: Actor, input: { decisionId: string; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const { decision, year, entries } = await loadDecision(tx, input.decisionId, { forUpdate: true });
    if (decision.status !== 'issued') throw new AppError('CONFLICT', 'Quyết định này đã được công bố.');
    const [after] = await tx
      .update(awardDecisions)
      .set({ status: 'published', publishedAt: input.asOf, publishedById: actor.userId })
      .where(and(eq(awardDecisions.id, decision.id), eq(awardDecisions.status, 'issued')))
      .returning();
    if (!after) throw new AppError('CONFLICT', 'Quyết định vừa được người khác công bố; hãy tải lại trang.');
    const date = formatVnDocumentDate(decision.decisionDate as LocalDate);
    const title = `Quyết định số ${decision.number} ngày ${date} tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh`;
    const publicEntries: PublicNoticeEntry[] = entries.map((e) => ({ dossierId: e.dossierId, nomineeKind: e.nomineeKind, name: e.nomineeName, position: e.position, unitName: e.unitName }));
    const [notice] = await tx
      .insert(publicNotices)
      .values({
        campaignId: decision.campaignId,
        kind: 'decision',
        decisionId: decision.id,
        title,
        body: `Tặng Bằng khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm ${year}.`,
        entries: publicEntries,
        opensAt: input.asOf,
        closesAt: null,
        publishedById: actor.userId,
        publishedAt: input.asOf,
      })
      .returning({ id: publicNotices.id });
    for (const unitId of [...new Set(entries.map((e) => e.orgUnitId))]) {
      const names = entries.filter((e) => e.orgUnitId === unitId).map((e) => e.nomineeName);
      await notifyUnit(tx, deps, {
        unitId,
        campaignId: decision.campaignId,
        kind: 'decision_published',
        title: `Đã công bố ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
        body: `Được tặng Bằng khen: ${names.join('; ')}.`,
        link: `/don-vi/${unitId}`,
        dedupeKey: `decision:${decision.id}`,
        asOf: input.asOf,
      });
    }
    await writeAudit(tx, ctx, {
      action: 'awardDecision.publicNotice',
      entityType: 'publicNotice',
      entityId: notice.id,
      orgUnitId: null,
      after: { campaignId: decision.campaignId, kind: 'decision', decisionId: decision.id, title, entryCount: publicEntries.length, opensAt: input.asOf },
    });
    await writeAudit(tx, ctx, { action: 'awardDecision.publish', entityType: 'awardDecision', entityId: decision.id, orgUnitId: null, before: { campaignId: decision.campaignId, status: decision.status }, after: { campaignId: after.campaignId, status: after.status, publishedAt: after.publishedAt, publicNoticeId: notice.id } });
  });
}
