import { and, eq, notExists } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { collectiveSelections, dossiers, nominations, orgUnits, parPublications } from '../../../db/schema';
import { dueReminder } from '../../../domain/notifications/dueReminders';
import type { LocalDate } from '../../../domain/time/localDate';
import type { AppDeps } from '../../deps';
import { notifyUnit } from '../notifications/notifyUnit';
import { dossierDeadlines } from '../par/dossierDeadlines';

/** The job that checks the dossier reminders (scheduled; any node may run it). */
export const DOSSIER_REMINDERS_JOB = 'dossier-reminders';

/**
 * The units that still owe a dossier in a campaign: those with an active nomination whose dossier is not submitted
 * (the proposing unit lodges it; a returned dossier is owed again) and the collectives Sở Nội vụ picked.
 */
async function unitsOwingDossiers(db: DbOrTx, campaignId: string): Promise<string[]> {
  const submitted = db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.nominationId, nominations.id), eq(dossiers.status, 'submitted')));
  const [proposing, picked] = await Promise.all([
    db
      .selectDistinct({ id: nominations.proposingUnitId })
      .from(nominations)
      .where(and(eq(nominations.campaignId, campaignId), eq(nominations.status, 'proposed'), notExists(submitted))),
    db.select({ id: collectiveSelections.orgUnitId }).from(collectiveSelections).where(eq(collectiveSelections.campaignId, campaignId)),
  ]);
  return [...new Set([...proposing, ...picked].map((r) => r.id))];
}

/**
 * Sends the dossier reminders due at `asOf` (5 days and 1 day before the dossier deadline, `dueReminder`): for each
 * published year, the deadline of each of its campaigns is the one the campaign page shows (`dossierDeadlines`, the
 * legal-time functions); each unit that owes a dossier gets a notice, and its e-mail is queued. The unique
 * (campaign, unit, kind) of notifications makes each reminder go out once, whichever node runs this and however often.
 * @returns how many reminders this run sent (the others were already sent)
 */
export async function sendDossierReminders(db: Db, deps: Pick<AppDeps, 'config' | 'jobs'>, asOf: Date): Promise<number> {
  const publications = await db.select({ year: parPublications.year, decisionDate: parPublications.decisionDate }).from(parPublications);
  let sent = 0;
  for (const publication of publications) {
    const deadlines = await dossierDeadlines(db, { year: publication.year, publicationDate: publication.decisionDate as LocalDate, asOf });
    for (const deadline of deadlines) {
      const due = dueReminder({
        deadline: { deadlineDay: deadline.deadlineDay as LocalDate, deadlineInstant: new Date(deadline.deadlineInstant), ref: deadline.refs[0] ?? null },
        asOf,
      });
      if (!due) continue;
      for (const unitId of await unitsOwingDossiers(db, deadline.campaignId)) {
        const [unit] = await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unitId));
        const id = await db.transaction((tx) =>
          notifyUnit(tx, deps, {
            unitId,
            campaignId: deadline.campaignId,
            kind: due.kind,
            title: `Còn ${due.daysBefore} ngày đến hạn nộp hồ sơ khen thưởng — Kế hoạch số ${deadline.planNumber}`,
            body: `Kính gửi ${unit.name}. ${due.explanation}`,
            link: `/thi-dua/${deadline.campaignId}/de-nghi-khen-thuong`,
            asOf,
          }),
        );
        if (id) sent += 1;
      }
    }
  }
  return sent;
}
