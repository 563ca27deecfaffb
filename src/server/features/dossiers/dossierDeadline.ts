import type { DbOrTx } from '../../../db/client';
import type { LocalDate } from '../../../domain/time/localDate';
import { dossierDeadlines, type DossierDeadline } from '../par/dossierDeadlines';
import { findPublicationHeader } from '../par/parResultQueries';

/**
 * The dossier deadline of a campaign, the one the campaign page shows: counted from the publication of its year's
 * PAR ranking (Điểm c, Khoản 3, Mục II) with the holiday calendars on record; null before publication.
 */
export async function campaignDossierDeadline(db: DbOrTx, campaign: { id: string; year: number }, asOf: Date): Promise<DossierDeadline | null> {
  const publication = await findPublicationHeader(db, campaign.year);
  if (!publication) return null;
  const deadlines = await dossierDeadlines(db, { year: campaign.year, publicationDate: publication.decisionDate as LocalDate, asOf });
  return deadlines.find((d) => d.campaignId === campaign.id) ?? null;
}
