import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../charts/barChartPng';
import type { DocumentModel } from '../layout/documentModel';
import { docxText, pdfText } from '../testing/extractText';
import { AppError } from '../../server/errors';
import { documentFailureError, renderDocument } from './renderDocument';

const chart = renderBarChart({ categories: ['Huyện Giồng Riềng', 'Huyện Hòn Đất'], series: [{ label: 'Đơn vị', color: [31, 78, 121], values: [20, 14] }] });
const model: DocumentModel = {
  title: 'Báo cáo thử',
  blocks: [
    { kind: 'paragraph', runs: [{ text: 'Kết quả thi đua của Huyện Giồng Riềng', bold: true }] },
    { kind: 'image', ...chart, widthMm: 150, caption: 'Biểu đồ 1. Số đơn vị đăng ký' },
  ],
};

describe('renderDocument (worker thread)', () => {
  it('renders a model with its chart as DOCX and PDF: the picture crosses to the thread as bytes', async () => {
    const docx = await renderDocument({ format: 'docx', model });
    expect(await docxText(docx)).toContain('Kết quả thi đua của Huyện Giồng Riềng');
    const media = Object.keys((await JSZip.loadAsync(docx)).files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const pdf = await renderDocument({ format: 'pdf', model });
    expect((await pdfText(pdf)).normalize('NFC')).toContain('Biểu đồ 1. Số đơn vị đăng ký');
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
  }, 60_000);

  it('answers a failed document with an error, and the next document still renders', async () => {
    await expect(renderDocument({ format: 'certificates', entries: [], decision: { number: '1/QĐ-UBND', date: '2021-05-20', signer: { name: 'A', position: 'Chủ tịch' }, issuer: 'Ủy ban nhân dân tỉnh Kiên Giang', place: 'Kiên Giang' } })).rejects.toThrow(
      'Không tạo được văn bản',
    );
    expect((await renderDocument({ format: 'docx', model })).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it("refuses a document over the thread's time or memory as too large (413, Vietnamese), not as a server error", () => {
    for (const failure of ['timeout', 'outOfMemory'] as const) {
      const err = documentFailureError(failure, null);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).statusCode).toBe(413);
      expect(err.message).toMatch(/^Văn bản quá lớn: cần hơn (60 giây|512 MB bộ nhớ) để tạo\./);
    }
  });
});
