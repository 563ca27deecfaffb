import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { attachments, auditEvents, campaigns, people, registrationIndividuals, registrations, storedFiles } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { kh34Campaign } from '../../../domain/campaigns/kh34Campaign';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { vietnameseSortKey } from '../../../domain/text/vietnameseSortKey';
import { parseXlsx, toXlsx } from '../../../documents/tabular/xlsx';
import { docxText, pdfText } from '../../../documents/testing/extractText';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/** A clock the test moves: the registration deadline is judged against deps.now(), never the machine's clock. */
let clock = new Date('2020-03-20T10:00:00+07:00');
let t: TestApp;
let campaignId: string;
let otherCampaignId: string;
let regTTGR: string;
let regHD: string;
const NAMES = ['officerTTGR', 'headTTGR', 'aggregatorGR', 'officerHD', 'secretariat', 'council'] as const;
const s = {} as Record<(typeof NAMES)[number], Session>;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR giả lập')]);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function addCampaign(): Promise<string> {
  const [row] = await t.database.db
    .insert(campaigns)
    .values({ year: 2020, planNumber: kh34Campaign.planNumber, planDate: kh34Campaign.planDate, eraId: ERA_KG_2020, status: 'registration_open', definition: kh34Campaign })
    .returning({ id: campaigns.id });
  return row.id;
}

async function addRegistration(unitCode: string, createdById: string, individuals: { fullName: string; position: string }[]): Promise<string> {
  const db = t.database.db;
  const unit = await t.unit(unitCode);
  const [reg] = await db.insert(registrations).values({ campaignId, orgUnitId: unit.id, content: kh34Campaign.registrationContentDefault, createdById }).returning({ id: registrations.id });
  for (const [i, p] of individuals.entries()) {
    const [person] = await db
      .insert(people)
      .values({ fullName: p.fullName, position: p.position, orgUnitId: unit.id, searchText: foldDiacritics(p.fullName), sortKey: vietnameseSortKey(p.fullName) })
      .returning({ id: people.id });
    await db.insert(registrationIndividuals).values({ registrationId: reg.id, campaignId, personId: person.id, position: p.position, content: kh34Campaign.registrationContentDefault, sortOrder: i });
  }
  return reg.id;
}

const count = async (table: typeof registrations | typeof people | typeof storedFiles | typeof attachments) =>
  Number((await t.database.db.select({ n: sql<number>`count(*)` }).from(table))[0].n);

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => clock });
  for (const name of NAMES) s[name] = await t.login(name);
  campaignId = await addCampaign();
  otherCampaignId = await addCampaign();
  regTTGR = await addRegistration('30904', t.users.officerTTGR, [
    { fullName: 'Nguyễn Văn Ước', position: 'Chủ tịch UBND thị trấn' },
    { fullName: 'Trần Thị Phơn', position: 'Công chức Văn phòng - Thống kê' },
  ]);
  regHD = await addRegistration('30817', t.users.officerHD, [{ fullName: 'Lê Văn Đễ', position: 'Phó Chủ tịch UBND thị trấn' }]);
  await addRegistration('906', t.users.aggregatorGR, []);
});
afterAll(async () => t?.close());

describe('GET /api/registrations/:id/form', () => {
  it('prints the annex form as DOCX with the unit, theme, people, preparer and head, and a UTF-8 file name', async () => {
    const res = await t.req(s.officerTTGR, { method: 'GET', url: `/api/registrations/${regTTGR}/form` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Ban dang ky thi dua - Thi tran Giong Rieng.docx"; filename*=UTF-8''B%E1%BA%A3n%20%C4%91%C4%83ng%20k%C3%BD%20thi%20%C4%91ua%20-%20Th%E1%BB%8B%20tr%E1%BA%A5n%20Gi%E1%BB%93ng%20Ri%E1%BB%81ng.docx`,
    );
    const text = await docxText(res.rawPayload);
    for (const expected of [
      'ỦY BAN NHÂN DÂN HUYỆN GIỒNG RIỀNG',
      'ỦY BAN NHÂN DÂN THỊ TRẤN GIỒNG RIỀNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `“${kh34Campaign.theme}”`,
      '1. Tập thể: Ủy ban nhân dân thị trấn Giồng Riềng',
      '- Nguyễn Văn Ước, Chủ tịch UBND thị trấn Giồng Riềng',
      'NGƯỜI LẬP BIỂU',
      'THỦ TRƯỞNG CƠ QUAN',
      'Người dùng officerTTGR',
      'Người dùng headTTGR',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints it as PDF with the Vietnamese letters intact', async () => {
    const res = await t.req(s.aggregatorGR, { method: 'GET', url: `/api/registrations/${regTTGR}/form`, query: { format: 'pdf' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Nguyễn Văn Ước');
    expect(text).toContain('Trần Thị Phơn');
    expect(text).toContain('BẢN ĐĂNG KÝ THI ĐUA CHUYÊN ĐỀ');
  });

  it('answers 404 outside scope: another district’s commune, for a commune officer or a district aggregator', async () => {
    expect((await t.req(s.officerTTGR, { method: 'GET', url: `/api/registrations/${regHD}/form` })).statusCode).toBe(404);
    expect((await t.req(s.aggregatorGR, { method: 'GET', url: `/api/registrations/${regHD}/form` })).statusCode).toBe(404);
    expect((await t.req(s.council, { method: 'GET', url: `/api/registrations/${regHD}/form` })).statusCode).toBe(200);
  });
});

describe('signed scan upload', () => {
  const upload = (as: Session, id: string, payload: Buffer, contentType: string, fileName?: string, app = t) =>
    app.req(as, { method: 'POST', url: `/api/registrations/${id}/signed-scan`, query: fileName ? { fileName } : {}, headers: { 'content-type': contentType }, payload });

  it('decides the type from the bytes: PNG bytes named .pdf and sent as application/pdf are stored as a PNG', async () => {
    const res = await upload(s.officerTTGR, regTTGR, PNG, 'application/pdf', 'Bản đăng ký đã ký.pdf');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ fileName: 'Bản đăng ký đã ký.png', mimeType: 'image/png', size: PNG.length });
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, res.json().id));
    expect(audit).toMatchObject({ action: 'registration.signedScan.upload', entityType: 'attachment', actorUserId: t.users.officerTTGR });
  });

  it('refuses a text file that claims to be a PNG, naming the field "file", and stores nothing', async () => {
    const before = await count(attachments);
    const res = await upload(s.officerTTGR, regTTGR, Buffer.from('Đây không phải ảnh'), 'image/png', 'scan.png');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['file']);
    expect(res.json().error.fields[0].message).toMatch(/^Tệp: nội dung không phải PDF, JPEG hay PNG/);
    expect(await upload(s.officerTTGR, regTTGR, Buffer.alloc(0), 'application/pdf').then((r) => r.statusCode)).toBe(400);
    expect(await count(attachments)).toBe(before);
  });

  it('stores the same content once (content-addressed) and keeps every upload, newest served', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% bản quét\n');
    const files = await count(storedFiles);
    expect((await upload(s.officerTTGR, regTTGR, pdf, 'application/octet-stream')).statusCode).toBe(201);
    expect((await upload(s.officerTTGR, regTTGR, pdf, 'application/pdf', 'lan-2.pdf')).statusCode).toBe(201);
    expect(await count(storedFiles)).toBe(files + 1);
    const list = await t.req(s.headTTGR, { method: 'GET', url: `/api/registrations/${regTTGR}/signed-scans` });
    expect(list.json().items.map((i: { fileName: string }) => i.fileName).slice(0, 2)).toEqual(['lan-2.pdf', 'ban-dang-ky-da-ky-thi-tran-giong-rieng.pdf']);
    const download = await t.req(s.aggregatorGR, { method: 'GET', url: `/api/registrations/${regTTGR}/signed-scan` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(`filename="lan-2.pdf"`);
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('is scoped: no download of another district’s scan, no upload by the head or for a commune by the district', async () => {
    expect((await t.req(s.officerHD, { method: 'GET', url: `/api/registrations/${regTTGR}/signed-scan` })).statusCode).toBe(404);
    expect((await t.req(s.officerTTGR, { method: 'GET', url: `/api/registrations/${regHD}/signed-scan` })).statusCode).toBe(404);
    expect((await upload(s.headTTGR, regTTGR, PNG, 'image/png')).statusCode).toBe(403);
    expect((await upload(s.aggregatorGR, regTTGR, PNG, 'image/png')).statusCode).toBe(404);
    expect((await upload(s.officerTTGR, regHD, PNG, 'image/png')).statusCode).toBe(404);
  });

  it('answers 404 when there is no scan yet', async () => {
    expect((await t.req(s.officerHD, { method: 'GET', url: `/api/registrations/${regHD}/signed-scan` })).statusCode).toBe(404);
  });

  it('refuses a file over the configured limit with 413, naming the field and the limit', async () => {
    const small = await createTestApp({ uploadLimitBytes: 1024 }, { now: () => clock });
    try {
      const session = await small.login('officerTTGR');
      const [c] = await small.database.db.insert(campaigns).values({ year: 2020, planNumber: '34/KH-UBND', planDate: '2020-03-03', eraId: ERA_KG_2020, status: 'registration_open', definition: kh34Campaign }).returning();
      const [r] = await small.database.db.insert(registrations).values({ campaignId: c.id, orgUnitId: (await small.unit('30904')).id, content: 'x' }).returning();
      const big = Buffer.concat([PNG, Buffer.alloc(2048, 1)]);
      const res = await upload(session, r.id, big, 'image/png', undefined, small);
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', fields: [{ path: 'file' }] });
      expect(res.json().error.message).toContain('tối đa');
      expect((await upload(session, r.id, PNG, 'image/png', undefined, small)).statusCode).toBe(201);
    } finally {
      await small.close();
    }
  });
});

describe('consolidation documents', () => {
  it('gives the district aggregator its district’s list as DOCX and XLSX', async () => {
    const docx = await t.req(s.aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/district/document` });
    expect(docx.statusCode, docx.body).toBe(200);
    const text = await docxText(docx.rawPayload);
    for (const expected of ['ỦY BAN NHÂN DÂN HUYỆN GIỒNG RIỀNG', 'TỔNG HỢP ĐĂNG KÝ THI ĐUA CHUYÊN ĐỀ', 'Kính gửi: Sở Nội vụ', 'Thị trấn Giồng Riềng', 'Đang soạn', 'Chưa đăng ký', 'STT', 'Số cá nhân', 'Trạng thái']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Thị trấn Hòn Đất');
    const xlsx = await t.req(s.secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/district/document`, query: { format: 'xlsx', districtId: (await t.unit('906')).id } });
    expect(xlsx.statusCode).toBe(200);
    const rows = await parseXlsx(xlsx.rawPayload);
    expect(rows[0]).toEqual(['Nhóm', 'STT', 'Mã đơn vị', 'Đơn vị', 'Nội dung đăng ký', 'Số cá nhân', 'Trạng thái']);
    expect(rows).toContainEqual(['Cấp xã', expect.any(String), '30904', 'Thị trấn Giồng Riềng', kh34Campaign.registrationContentDefault, '2', 'Đang soạn']);
  });

  it('hides another district’s list (404) and asks a province role which district', async () => {
    const hd = await t.unit('903');
    expect((await t.req(s.aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/district/document`, query: { districtId: hd.id } })).statusCode).toBe(404);
    const res = await t.req(s.secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/district/document` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('districtId');
  });

  it('gives province roles the province list grouped by departments and districts; not the district aggregator', async () => {
    const res = await t.req(s.council, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/province/document` });
    expect(res.statusCode, res.body).toBe(200);
    const text = await docxText(res.rawPayload);
    for (const expected of ['ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG', 'SỞ NỘI VỤ', 'Kính gửi: Ủy ban nhân dân tỉnh Kiên Giang', 'I. Sở, ban, ngành tỉnh', 'Huyện Giồng Riềng (', 'Huyện Hòn Đất (', 'Thị trấn Hòn Đất']) {
      expect(text).toContain(expected);
    }
    const xlsx = await parseXlsx((await t.req(s.secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/province/document`, query: { format: 'xlsx' } })).rawPayload);
    expect(xlsx.filter((r) => r[6] === 'Đang soạn').map((r) => r[2]).sort()).toEqual(['30817', '30904', '906']);
    expect((await t.req(s.aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/province/document` })).statusCode).toBe(403);
  });
});

describe('registrations XLSX export and import', () => {
  const exportTable = async (as: Session, id = campaignId) => {
    const res = await t.req(as, { method: 'GET', url: `/api/campaigns/${id}/registrations/export` });
    expect(res.statusCode, res.body).toBe(200);
    return { buffer: res.rawPayload, table: await parseXlsx(res.rawPayload) };
  };
  const importFile = (as: Session, payload: Buffer, query: Record<string, string>, id = campaignId) =>
    t.req(as, { method: 'POST', url: `/api/campaigns/${id}/registrations/import`, query, headers: { 'content-type': XLSX }, payload });

  it('exports one row per individual within scope: a district sees its own units and its communes', async () => {
    const own = (await exportTable(s.officerTTGR)).table;
    expect(own).toEqual([
      ['Mã đơn vị', 'Tên đơn vị', 'Nội dung đăng ký tập thể', 'Họ và tên', 'Chức vụ', 'Nội dung đăng ký cá nhân', 'Người lập biểu'],
      ['30904', 'Thị trấn Giồng Riềng', kh34Campaign.registrationContentDefault, 'Nguyễn Văn Ước', 'Chủ tịch UBND thị trấn', kh34Campaign.registrationContentDefault, 'Người dùng officerTTGR'],
      ['30904', 'Thị trấn Giồng Riềng', kh34Campaign.registrationContentDefault, 'Trần Thị Phơn', 'Công chức Văn phòng - Thống kê', kh34Campaign.registrationContentDefault, 'Người dùng officerTTGR'],
    ]);
    const district = (await exportTable(s.aggregatorGR)).table.map((r) => r[0]);
    expect(district.slice(1).sort()).toEqual(['30904', '30904', '906']);
  });

  it('round-trips losslessly: the export imports unchanged, and into another campaign gives the same export', async () => {
    const { buffer, table } = await exportTable(s.officerTTGR);
    const again = await importFile(s.officerTTGR, buffer, { dryRun: 'false' });
    expect(again.json()).toMatchObject({ ok: true, registrations: 1, created: 0, updated: 0, unchanged: 1, peopleCreated: 0 });
    const copied = await importFile(s.officerTTGR, buffer, { dryRun: 'false' }, otherCampaignId);
    expect(copied.json()).toMatchObject({ ok: true, created: 1, peopleCreated: 0 });
    expect((await exportTable(s.officerTTGR, otherCampaignId)).table).toEqual(table);
  });

  it('a district re-imports its own export: its communes’ rows are read as they are (unchanged)', async () => {
    const { buffer, table } = await exportTable(s.aggregatorGR);
    expect(table.slice(1).map((r) => r[0])).toContain('30904');
    const res = await importFile(s.aggregatorGR, buffer, { dryRun: 'false' });
    expect(res.json()).toMatchObject({ ok: true, rows: table.length - 1, created: 0, updated: 0, peopleCreated: 0, errors: [] });
    expect(res.json().unchanged).toBe(new Set(table.slice(1).map((r) => r[0])).size);
  });

  it('reports each bad row in Vietnamese and saves nothing', async () => {
    const before = [await count(registrations), await count(people)];
    const file = await toXlsx('Đăng ký', ['Mã đơn vị', 'Tên đơn vị', 'Nội dung đăng ký tập thể', 'Họ và tên', 'Chức vụ', 'Nội dung đăng ký cá nhân'], [
      ['30904', 'Thị trấn Giồng Riềng', '', 'Phạm Văn Mới', 'Văn thư', ''],
      ['99999', '', '', 'Ai Đó', 'Cán bộ', ''],
      ['30817', '', '', 'Người Hòn Đất', 'Cán bộ', ''],
      ['30904', '', '', '', 'Phó Chủ tịch', ''],
      ['30904', '', '', 'PHAM VAN MOI', 'Văn thư', ''],
    ]);
    const res = await importFile(s.officerTTGR, file, { dryRun: 'false' });
    expect(res.statusCode, res.body).toBe(200);
    // Nothing is saved, so nothing is counted as created (the first row alone would be a new person).
    expect(res.json()).toMatchObject({ ok: false, rows: 5, created: 0, updated: 0, unchanged: 0, peopleCreated: 0 });
    expect(res.json().errors).toEqual([
      { row: 3, field: 'Mã đơn vị', message: 'Không có đơn vị mã "99999" trong thời kỳ của đợt thi đua.' },
      { row: 4, field: 'Mã đơn vị', message: 'Đơn vị "30817" nằm ngoài phạm vi bạn được đăng ký.' },
      { row: 5, field: 'Họ và tên', message: 'Không được để trống khi dòng có chức vụ hoặc nội dung đăng ký cá nhân.' },
      { row: 6, field: 'Họ và tên', message: 'Cá nhân "PHAM VAN MOI" trùng với dòng 2 của cùng đơn vị; mỗi người chỉ được đăng ký một lần.' },
    ]);
    expect([await count(registrations), await count(people)]).toEqual(before);
  });

  it('checks first by default (dry run), then creates people and a draft registration with audit rows', async () => {
    const file = await toXlsx('Đăng ký', ['Mã đơn vị', 'Họ và tên', 'Chức vụ'], [
      ['906-PNV', 'Huỳnh Thị Mỹ', 'Trưởng phòng Nội vụ'],
      ['906-PNV', 'Đặng Văn Lợi', 'Chuyên viên'],
    ]);
    const before = [await count(registrations), await count(people)];
    const dry = await importFile(s.aggregatorGR, file, {});
    expect(dry.json()).toMatchObject({ dryRun: true, ok: true, created: 1, peopleCreated: 2 });
    expect([await count(registrations), await count(people)]).toEqual(before);
    const res = await importFile(s.aggregatorGR, file, { dryRun: 'false' });
    expect(res.json()).toMatchObject({ dryRun: false, ok: true, created: 1, peopleCreated: 2 });
    const pnv = await t.unit('906-PNV');
    const [reg] = await t.database.db.select().from(registrations).where(and(eq(registrations.campaignId, campaignId), eq(registrations.orgUnitId, pnv.id)));
    expect(reg).toMatchObject({ status: 'draft', content: kh34Campaign.registrationContentDefault, createdById: t.users.aggregatorGR });
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.orgUnitId, pnv.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['person.import.create', 'person.import.create', 'registration.import.create']);
  });

  it('refuses a commune’s rows from the district (communes register themselves), and a registration already sent', async () => {
    const rows = [['30904', 'Thị trấn Giồng Riềng', '', 'Nguyễn Văn Ước', 'Chủ tịch UBND thị trấn', '']];
    const header = ['Mã đơn vị', 'Tên đơn vị', 'Nội dung đăng ký tập thể', 'Họ và tên', 'Chức vụ', 'Nội dung đăng ký cá nhân'];
    const res = await importFile(s.aggregatorGR, await toXlsx('x', header, rows), {});
    expect(res.json().errors).toEqual([
      { row: 2, field: 'Mã đơn vị', message: 'Thị trấn Giồng Riềng tự đăng ký: bạn chỉ tổng hợp bản đăng ký này, không sửa qua nhập tệp được (hãy để nguyên hoặc xóa các dòng của đơn vị này).' },
    ]);
    expect(res.json()).toMatchObject({ ok: false, rows: 1, created: 0, updated: 0, unchanged: 0, peopleCreated: 0 });
    await t.database.db.update(registrations).set({ status: 'submitted' }).where(eq(registrations.id, regHD));
    const officerHD = await importFile(s.officerHD, await toXlsx('x', header, [['30817', '', '', 'Lê Văn Đễ', 'Chủ tịch', '']]), {});
    expect(officerHD.json().errors[0]).toMatchObject({ row: 2, field: 'Mã đơn vị' });
    expect(officerHD.json().errors[0].message).toContain('«Đã gửi»');
    await t.database.db.update(registrations).set({ status: 'draft' }).where(eq(registrations.id, regHD));
  });

  it('refuses every row once the deadline has passed (II.3.b, 31/03/2020 23:59 in Asia/Ho_Chi_Minh)', async () => {
    const file = (await exportTable(s.officerTTGR)).buffer;
    clock = new Date('2020-04-01T00:00:00+07:00');
    try {
      const res = await importFile(s.officerTTGR, file, {});
      expect(res.json().ok).toBe(false);
      expect(res.json().errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[2, 'Hạn đăng ký'], [3, 'Hạn đăng ký']]);
      expect(res.json().errors[0].message).toContain('31/03/2020 23:59');
    } finally {
      clock = new Date('2020-03-20T10:00:00+07:00');
    }
  });

  describe('Sở Nội vụ entering paper forms for units', () => {
    const header = ['Mã đơn vị', 'Tên đơn vị', 'Nội dung đăng ký tập thể', 'Họ và tên', 'Chức vụ', 'Nội dung đăng ký cá nhân', 'Người lập biểu'];

    it('checks first, then creates a unit’s registration with nobody as preparer when the paper names none (never itself), audited as Sở Nội vụ', async () => {
      const hd = await t.unit('903');
      const file = await toXlsx('x', header, [['903', '', '', 'Trương Văn Giấy', 'Phó Chủ tịch UBND huyện', '', '']]);
      const dry = await importFile(s.secretariat, file, {});
      expect(dry.json()).toMatchObject({ dryRun: true, ok: true, created: 1, peopleCreated: 1, errors: [] });
      expect(await t.database.db.select().from(registrations).where(and(eq(registrations.campaignId, campaignId), eq(registrations.orgUnitId, hd.id)))).toHaveLength(0);
      const res = await importFile(s.secretariat, file, { dryRun: 'false' });
      expect(res.json()).toMatchObject({ ok: true, created: 1, peopleCreated: 1 });
      const [reg] = await t.database.db.select().from(registrations).where(and(eq(registrations.campaignId, campaignId), eq(registrations.orgUnitId, hd.id)));
      expect(reg).toMatchObject({ status: 'draft', createdById: null });
      const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'registration.import.create'), eq(auditEvents.entityId, reg.id)));
      expect(audit.actorUserId).toBe(t.users.secretariat);
      const text = await docxText((await t.req(s.secretariat, { method: 'GET', url: `/api/registrations/${reg.id}/form` })).rawPayload);
      expect(text).not.toContain('Người dùng secretariat');
    });

    it('records the unit’s officer named on the paper as NGƯỜI LẬP BIỂU', async () => {
      const file = await toXlsx('x', header, [['30817', 'Thị trấn Hòn Đất', '', 'Lê Văn Đễ', 'Phó Chủ tịch UBND thị trấn', '', 'nguoi dung officerhd'], ['30817', '', '', 'Mai Thị Giấy', 'Công chức Tư pháp - Hộ tịch', '', '']]);
      await t.database.db.update(registrations).set({ createdById: null }).where(eq(registrations.id, regHD));
      const res = await importFile(s.secretariat, file, { dryRun: 'false' });
      expect(res.json(), res.body).toMatchObject({ ok: true, updated: 1, peopleCreated: 1 });
      const [reg] = await t.database.db.select().from(registrations).where(eq(registrations.id, regHD));
      expect(reg.createdById).toBe(t.users.officerHD);
      const text = await docxText((await t.req(s.secretariat, { method: 'GET', url: `/api/registrations/${regHD}/form` })).rawPayload);
      expect(text.slice(text.indexOf('NGƯỜI LẬP BIỂU'))).toContain('Người dùng officerHD');
    });

    it('refuses a preparer who is not an account of the unit, naming the column; a unit outside the window still refused', async () => {
      const file = await toXlsx('x', header, [['30817', '', '', 'Lê Văn Đễ', 'Phó Chủ tịch UBND thị trấn', '', 'Người dùng officerTTGR']]);
      const res = await importFile(s.secretariat, file, {});
      expect(res.json().errors).toEqual([
        { row: 2, field: 'Người lập biểu', message: 'Không có tài khoản cán bộ đầu mối nào của Thị trấn Hòn Đất tên "Người dùng officerTTGR"; ghi đúng họ tên tài khoản của người lập biểu, hoặc để trống.' },
      ]);
      clock = new Date('2020-04-01T00:00:00+07:00');
      try {
        const late = await importFile(s.secretariat, await toXlsx('x', header, [['30817', '', '', 'Lê Văn Đễ', 'Phó Chủ tịch UBND thị trấn', '', '']]), {});
        expect(late.json().errors[0]).toMatchObject({ row: 2, field: 'Hạn đăng ký' });
      } finally {
        clock = new Date('2020-03-20T10:00:00+07:00');
      }
    });

    it('is for Sở Nội vụ among the province roles: a council member is refused', async () => {
      const res = await importFile(s.council, await toXlsx('x', header, [['903', '', '', 'A', 'B', '', '']]), {});
      expect(res.statusCode).toBe(403);
    });
  });

  it('answers a file that is not XLSX with a field error on "file"', async () => {
    const res = await importFile(s.officerTTGR, Buffer.from('không phải xlsx'), {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('file');
  });
});
