import { Writable } from 'node:stream';
import { nominationReportRows } from '../../../documents/reports/buildReportModels';
import { writeXlsxStream } from '../../../documents/tabular/xlsxStream';
import type { NominationStage } from '../../../domain/nominations/nominationLifecycle';
import { XLSX_TYPE } from '../../kit/tabularFiles';
import type { BackgroundWork } from '../backgroundJobs/runBackgroundJob';
import { loadCampaign } from '../campaigns/campaignQueries';
import { nominationReport } from './nominationReport';

/** The background job kind of the nominations list as XLSX. */
export const NOMINATION_EXPORT_JOB = 'reports.nominations.xlsx';

/** Rows handed to the streaming writer at a time; progress is reported after each page. */
const PAGE_ROWS = 500;

/**
 * The nominations list and their stage (the same table as the direct XLSX download), written by the streaming XLSX
 * writer page by page with the progress reported per page. The rows are read in scope, in one query, as the list on
 * screen is; the workbook is never held as a whole model, only its output bytes.
 */
export const exportNominationsJob: BackgroundWork = async ({ db, actor, params, progress }) => {
  const campaign = await loadCampaign(db, String(params.campaignId));
  const filter = { groupId: typeof params.groupId === 'string' ? params.groupId : undefined, stage: typeof params.stage === 'string' ? (params.stage as NominationStage) : undefined };
  const report = await nominationReport(db, campaign, actor, filter);
  const table = nominationReportRows(report.items.map((i) => ({ ...i, group: i.groupName })));
  const pageCount = Math.max(1, Math.ceil(table.rows.length / PAGE_ROWS));
  await progress(0, pageCount, `0/${table.rows.length} dòng`);
  async function* pages(): AsyncIterable<string[][]> {
    for (let page = 0; page < pageCount; page += 1) {
      yield table.rows.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS);
      await progress(page + 1, pageCount, `${Math.min((page + 1) * PAGE_ROWS, table.rows.length)}/${table.rows.length} dòng`);
    }
  }
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeXlsxStream(output, 'Đề nghị khen thưởng', table.header, pages());
  return { bytes: Buffer.concat(chunks), fileName: `Danh sách đề nghị khen thưởng ${campaign.year}.xlsx`, mimeType: XLSX_TYPE };
};
