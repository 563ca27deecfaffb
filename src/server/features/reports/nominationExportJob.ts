import { Writable } from 'node:stream';
import { nominationRowsWriter } from '../../../documents/reports/buildReportModels';
import { writeXlsxStream } from '../../../documents/tabular/xlsxStream';
import { NOMINATION_STAGE_LABELS, type NominationStage } from '../../../domain/nominations/nominationLifecycle';
import { XLSX_TYPE } from '../../kit/tabularFiles';
import { keysetPages } from '../../kit/tableStream';
import type { BackgroundWork } from '../backgroundJobs/runBackgroundJob';
import { loadCampaign } from '../campaigns/campaignQueries';
import { nominationReportCount, nominationReportPage, type NominationReportKey } from './reportQueries';

/** The background job kind of the nominations list as XLSX. */
export const NOMINATION_EXPORT_JOB = 'reports.nominations.xlsx';

/** Nominations read (keyset page) and handed to the streaming writer at a time; progress is reported after each page. */
const PAGE_ROWS = 500;

type Line = Awaited<ReturnType<typeof nominationReportPage>>[number];

/**
 * The nominations list and their stage (the same table as the direct XLSX download), read in scope by keyset pages
 * (kit/tableStream keysetPages) and written by the streaming XLSX writer page by page, with the progress reported
 * per page: neither the rows nor the workbook model are held as a whole, only the output bytes.
 */
export const exportNominationsJob: BackgroundWork = async ({ db, actor, params, progress }) => {
  const campaign = await loadCampaign(db, String(params.campaignId));
  const filter = { groupId: typeof params.groupId === 'string' ? params.groupId : undefined, stage: typeof params.stage === 'string' ? (params.stage as NominationStage) : undefined };
  const total = await nominationReportCount(db, campaign, actor, filter);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_ROWS));
  await progress(0, pageCount, `0/${total} dòng`);
  const toRows = nominationRowsWriter();
  const { header, widths, formats } = toRows([]);
  async function* pages(): AsyncIterable<string[][]> {
    let read = 0;
    let page = 0;
    const lines = keysetPages<Line, NominationReportKey>((after, limit) => nominationReportPage(db, campaign, actor, filter, after, limit), (l) => l.key, PAGE_ROWS);
    for await (const items of lines) {
      yield toRows(items.map((i) => ({ ...i, group: i.groupName, stageLabel: NOMINATION_STAGE_LABELS[i.stage] }))).rows;
      read += items.length;
      page += 1;
      await progress(Math.min(page, pageCount), pageCount, `${read}/${total} dòng`);
    }
  }
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeXlsxStream(output, 'Đề nghị khen thưởng', header, pages(), { widths, formats });
  return { bytes: Buffer.concat(chunks), fileName: `Danh sách đề nghị khen thưởng ${campaign.year}.xlsx`, mimeType: XLSX_TYPE };
};
