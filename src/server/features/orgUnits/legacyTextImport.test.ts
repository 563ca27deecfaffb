import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { orgUnits } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { toXlsx } from '../../../documents/tabular/xlsx';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Bytes written out as hex, by hand from the TCVN3 / VNI tables (see domain/tabular/legacyCharsets.ts). */
const hex = (text: string) => Buffer.from(text.trim().split(/\s+/).map((h) => parseInt(h, 16)));
const bytes = (...parts: (string | Buffer)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));

const importUnits = (payload: Buffer, format: 'csv' | 'xlsx', dryRun: 'true' | 'false') =>
  t.req(admin, {
    method: 'POST',
    url: '/api/org-units/import',
    query: { eraId: ERA_KG_2020, format, dryRun },
    headers: { 'content-type': format === 'csv' ? 'text/csv' : XLSX },
    payload,
  });
const savedNames = async (codePrefix: string) =>
  (await t.database.db.select({ code: orgUnits.code, name: orgUnits.name, kind: orgUnits.kind }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), like(orgUnits.code, `${codePrefix}%`)))).sort((a, b) => a.code.localeCompare(b.code));

// TCVN3: "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên"; "Xã Đông Hòa", "Sở Nội vụ", "Cấp xã".
const TCVN3 = {
  code: hex('4D B7 20 AE AC 6E 20 76 DE'),
  name: hex('54 AA 6E 20 AE AC 6E 20 76 DE'),
  kind: hex('4C 6F B9 69 20 AE AC 6E 20 76 DE'),
  parent: hex('4D B7 20 AE AC 6E 20 76 DE 20 63 CA 70 20 74 72 AA 6E'),
  dongHoa: hex('58 B7 20 A7 AB 6E 67 20 48 DF 61'),
  soNoiVu: hex('53 EB 20 4E E9 69 20 76 F4'),
  commune: hex('43 CA 70 20 78 B7'),
};
// VNI-Windows: "Huyện Giồng Riềng", "Cấp xã".
const VNI = { giongRieng: hex('48 75 79 65 E4 6E 20 47 69 6F E0 6E 67 20 52 69 65 E0 6E 67'), commune: hex('43 61 E1 70 20 78 61 F5') };

describe('#orgUnits.import of legacy Vietnamese text', () => {
  it('imports a TCVN3 CSV (header too), reporting each repaired cell in the dry run and saving Unicode NFC', async () => {
    const csv = bytes(
      TCVN3.code, ',', TCVN3.name, ',', TCVN3.kind, ',', TCVN3.parent, '\r\n',
      '906-T1,', TCVN3.dongHoa, ',', TCVN3.commune, ',906\r\n',
      '906-T2,', TCVN3.soNoiVu, ',', TCVN3.commune, ',906\r\n',
    );
    const dry = await importUnits(csv, 'csv', 'true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, ok: true, created: 2, errors: [] });
    expect(dry.json().repaired).toEqual([
      { row: 2, field: 'Tên đơn vị', encoding: 'tcvn3' },
      { row: 2, field: 'Loại đơn vị', encoding: 'tcvn3' },
      { row: 3, field: 'Tên đơn vị', encoding: 'tcvn3' },
      { row: 3, field: 'Loại đơn vị', encoding: 'tcvn3' },
    ]);
    expect(await savedNames('906-T')).toEqual([]);

    expect((await importUnits(csv, 'csv', 'false')).json()).toMatchObject({ ok: true, created: 2 });
    expect(await savedNames('906-T')).toEqual([
      { code: '906-T1', name: 'Xã Đông Hòa', kind: 'commune' },
      { code: '906-T2', name: 'Sở Nội vụ', kind: 'commune' },
    ]);
  });

  it('imports a VNI-Windows CSV with a plain header', async () => {
    const csv = bytes('Ma don vi,Ten don vi,Loai don vi,Ma don vi cap tren\r\n', '906-V1,', VNI.giongRieng, ',', VNI.commune, ',906\r\n');
    const dry = await importUnits(csv, 'csv', 'true');
    expect(dry.json()).toMatchObject({ ok: true, created: 1, errors: [] });
    expect(dry.json().repaired).toEqual([
      { row: 2, field: 'Tên đơn vị', encoding: 'vni' },
      { row: 2, field: 'Loại đơn vị', encoding: 'vni' },
    ]);
    await importUnits(csv, 'csv', 'false');
    expect(await savedNames('906-V')).toEqual([{ code: '906-V1', name: 'Huyện Giồng Riềng', kind: 'commune' }]);
  });

  it('imports an XLSX holding decomposed text and a TCVN3 cell, saving Unicode NFC', async () => {
    const tcvn3Cell = new TextDecoder('windows-1252').decode(TCVN3.soNoiVu); // "Së Néi vô", as an old converter wrote it
    const xlsx = await toXlsx('Đơn vị', ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Mã đơn vị cấp trên'], [
      ['906-N1', 'Xã Vĩnh Phú'.normalize('NFD'), 'Cấp xã'.normalize('NFD'), '906'],
      ['906-N2', tcvn3Cell, 'Cấp xã', '906'],
    ]);
    const dry = await importUnits(xlsx, 'xlsx', 'true');
    expect(dry.json()).toMatchObject({ ok: true, created: 2, errors: [] });
    // The dry run says which cells were repaired: the decomposed ones and the TCVN3 one.
    expect(dry.json().repaired).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'Tên đơn vị', encoding: 'nfd' },
        { row: 3, field: 'Tên đơn vị', encoding: 'tcvn3' },
      ]),
    );

    await importUnits(xlsx, 'xlsx', 'false');
    const saved = await savedNames('906-N');
    expect(saved).toEqual([
      { code: '906-N1', name: 'Xã Vĩnh Phú', kind: 'commune' },
      { code: '906-N2', name: 'Sở Nội vụ', kind: 'commune' },
    ]);
    expect(saved.every((u) => u.name === u.name.normalize('NFC'))).toBe(true);
  });

  it('exports CSV formula-like cells with a leading quote and reads them back unchanged', async () => {
    const csv = Buffer.from('Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên\r\n906-F1,=HYPERLINK("x"),Cấp xã,906\r\n', 'utf8');
    expect((await importUnits(csv, 'csv', 'false')).json()).toMatchObject({ ok: true, created: 1 });
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units/export', query: { eraId: ERA_KG_2020, format: 'csv' } });
    expect(res.body).toContain(`906-F1,"'=HYPERLINK(""x"")"`);
    const back = await importUnits(res.rawPayload, 'csv', 'true');
    expect(back.json()).toMatchObject({ ok: true, created: 0, updated: 0 });
  });
});
