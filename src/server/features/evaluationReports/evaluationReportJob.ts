import { renderDocument } from '../../../documents/rendering/renderDocument';
import type { BackgroundWork } from '../backgroundJobs/runBackgroundJob';
import { loadCampaign } from '../campaigns/campaignQueries';
import { evaluationReportModel } from './generateEvaluationReport';

/** The background job kind that drafts the evaluation report. */
export const EVALUATION_REPORT_JOB = 'evaluationReport.docx';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The evaluation report DOCX as a background job (the same document as the direct download): the figures, then the
 * document with its charts. A campaign without its narrative fails with the reason the direct download gives.
 */
export const generateEvaluationReportJob: BackgroundWork = async ({ db, actor, params, asOf, progress }) => {
  await progress(0, 3, 'Đang tổng hợp số liệu…');
  const campaign = await loadCampaign(db, String(params.campaignId));
  const model = await evaluationReportModel(db, campaign, actor, asOf);
  await progress(1, 3, 'Đang vẽ biểu đồ và dựng văn bản…');
  const bytes = await renderDocument({ format: 'docx', model });
  await progress(2, 3, 'Đang lưu tệp…');
  return { bytes, fileName: `Báo cáo đánh giá thực hiện kế hoạch ${campaign.year}.docx`, mimeType: DOCX_TYPE };
};
