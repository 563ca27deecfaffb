import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kh34CampaignId } from '../../server/kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../server/kit/testing/testApp';
import { manySharedStringsFile, REGISTRATION_HEADER, xfdColumnFile } from './hostileXlsxFiles';
import { toXlsx } from './xlsx';

/** Hostile XLSX files sent to a real import route: refused in Vietnamese with 413 or 400, never a 500. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestApp;
let officer: Session;
let campaignId: string;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('officerTTGR');
  campaignId = await kh34CampaignId(t.database.db);
});
afterAll(async () => t?.close());

const importFile = (payload: Buffer) =>
  t.req(officer, { method: 'POST', url: `/api/campaigns/${campaignId}/registrations/import`, query: { format: 'xlsx', dryRun: 'true' }, headers: { 'content-type': XLSX }, payload });

describe('POST /api/campaigns/:id/registrations/import with a hostile XLSX', () => {
  it('refuses the header + column-XFD file with a 413 naming the limit', async () => {
    const res = await importFile(xfdColumnFile(1500));
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json()).toEqual({
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: 'Tệp quá lớn: bảng tính có dữ liệu ở ô XFD2, ngoài 200 cột đầu (giới hạn 200 cột).',
        fields: [{ path: 'file', message: 'Tệp: Tệp quá lớn: bảng tính có dữ liệu ở ô XFD2, ngoài 200 cột đầu (giới hạn 200 cột).' }],
      },
    });
  });

  it('refuses too many shared strings with a 413, and a file that is not an XLSX with a 400', async () => {
    const strings = await importFile(manySharedStringsFile(200_001));
    expect(strings.statusCode, strings.body).toBe(413);
    expect(strings.json().error.message).toBe('Tệp quá lớn: bảng tính có hơn 200.000 chuỗi văn bản dùng chung (giới hạn 200.000).');
    const notXlsx = await importFile(Buffer.from('PK không phải zip'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error).toMatchObject({ code: 'VALIDATION', message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ.', fields: [{ path: 'file' }] });
  });

  it('still reads a normal file', async () => {
    const res = await importFile(await toXlsx('Đăng ký', REGISTRATION_HEADER, [['30904', 'Thị trấn Giồng Riềng', '', 'Nguyễn Văn A', 'Công chức', '']]));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, rows: 1, registrations: 1 });
  });
});
