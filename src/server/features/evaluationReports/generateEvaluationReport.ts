import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { NOMINATION_STAGE_LABELS } from '../../../domain/nominations/nominationLifecycle';
import type { DocumentModel } from '../../../documents/layout/documentModel';
import { buildEvaluationAnnexXlsx, buildEvaluationReportModel } from '../../../documents/reports/buildEvaluationReportModel';
import { AppError } from '../../errors';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { reportHeading } from '../reports/reportHeading';
import { evaluationFigures } from './evaluationFigures';
import { findEvaluationNarrative } from './evaluationReportQueries';

/**
 * The evaluation report's model from today's figures and the saved narrative. Generating before the narrative is
 * written is refused: the report Sở Nội vụ signs must say what went well, what did not and what was learnt.
 */
export async function evaluationReportModel(db: DbOrTx, campaign: CampaignRecord, actor: Actor, asOf: Date): Promise<DocumentModel> {
  const saved = await findEvaluationNarrative(db, campaign.id);
  if (!saved) {
    throw new AppError('CONFLICT', 'Chưa thể lập báo cáo đánh giá: hãy viết và lưu phần đánh giá chung, hạn chế và bài học kinh nghiệm trước.');
  }
  const figures = await evaluationFigures(db, campaign, actor, asOf);
  const heading = await reportHeading(db, campaign, actor, null, asOf);
  return buildEvaluationReportModel(heading, figures, saved.narrative, NOMINATION_STAGE_LABELS);
}

/** The annex: the figures tables as XLSX sheets. */
export async function evaluationAnnex(db: DbOrTx, campaign: CampaignRecord, actor: Actor, asOf: Date): Promise<Buffer> {
  return buildEvaluationAnnexXlsx(await evaluationFigures(db, campaign, actor, asOf), NOMINATION_STAGE_LABELS);
}
