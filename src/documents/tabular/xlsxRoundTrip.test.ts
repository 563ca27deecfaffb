import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { orgUnitsToRows, rowsToOrgUnits, type OrgUnitRow } from '../../domain/orgUnits/orgUnitRows';
import { kienGiangClassificationScheme2020 } from '../../domain/par/classificationScheme';
import { computeParIndex } from '../../domain/par/parIndex';
import { parResultsToRows, rowsToParScores, type ParImportUnit } from '../../domain/par/parResultRows';
import { attestationsToRows, rowsToAttestations } from '../../domain/ratings/attestationRows';
import { ratingsToRows, rowsToRatings } from '../../domain/ratings/ratingRows';
import { recognitionsToRows, rowsToRecognitions } from '../../domain/ratings/recognitionRows';
import { registrationsToRows, rowsToRegistrations } from '../../domain/registrations/registrationRows';
import type { WrittenTable } from '../../domain/tabular/tableCodec';
import { parseCsv, toCsv } from './csv';
import { parseXlsx, toXlsx } from './xlsx';

/** The table as an XLSX download and read back as an upload; the sheet's cells as exceljs sees them. */
async function throughXlsx(table: WrittenTable) {
  const buffer = await toXlsx('Bảng', table.header, table.rows, [], table.formats);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const cell = (row: number, header: string) => ws.getRow(row).getCell(table.header.indexOf(header) + 1);
  return { read: await parseXlsx(buffer, { inProcess: true }), cell };
}

const throughCsv = (table: WrittenTable) => parseCsv(toCsv(table.header, table.rows));

describe('XLSX exports: numbers as numbers, codes as text, and every table re-imports', () => {
  it('org units: leading zeros kept, administrative types by name', async () => {
    const units: OrgUnitRow[] = [
      { code: '091', name: 'Tỉnh Kiên Giang', shortName: null, kind: 'province', adminType: 'tinh', parUnitLevel: null, parentCode: null, validFrom: '2020-01-01', validTo: null, email: null },
      { code: '30904', name: 'Thị trấn Giồng Riềng', shortName: null, kind: 'commune', adminType: 'thi_tran', parUnitLevel: null, parentCode: '091', validFrom: '2020-01-01', validTo: null, email: null },
    ];
    const table = orgUnitsToRows(units);
    expect(table.rows[1][4]).toBe('Thị trấn');
    const { read, cell } = await throughXlsx(table);
    expect(cell(2, 'Mã đơn vị').value).toBe('091');
    expect(cell(3, 'Mã đơn vị').value).toBe('30904');
    expect(rowsToOrgUnits(read, new Set())).toEqual({ units, errors: [], repairs: [] });
    expect(rowsToOrgUnits(throughCsv(table), new Set()).units).toEqual(units);
    // The codes still import.
    const byCode = [table.header, ['30904', 'X', '', 'Cấp xã', 'thi_tran', '', '', '', '']];
    expect(rowsToOrgUnits(byCode, new Set()).units[0].adminType).toBe('thi_tran');
  });

  it('PAR results: year and rank integers, points decimals (#,##0.00), both read back; numeric and text cells import alike', async () => {
    const scheme = kienGiangClassificationScheme2020;
    const results = computeParIndex(
      [{ unitId: 'u-snv', blockCode: 'department', selfScore: 95, appraisedScore: 62.5, surveyScore: 17.75, publishedClassification: null }],
      scheme,
    ).map((r) => ({ ...r, code: '091', name: 'Sở Nội vụ' }));
    const table = parResultsToRows(2020, results);
    const { read, cell } = await throughXlsx(table);
    for (const header of ['Năm', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm điều tra xã hội học', 'Tổng điểm', 'Chỉ số (%)', 'Thứ hạng']) {
      expect(typeof cell(2, header).value, header).toBe('number');
    }
    expect(cell(2, 'Điểm thẩm định').value).toBe(62.5);
    expect(cell(2, 'Điểm thẩm định').numFmt).toBe('#,##0.00');
    expect(cell(2, 'Năm').value).toBe(2020);
    expect(cell(2, 'Mã đơn vị').value).toBe('091');
    expect(cell(1, 'Năm').value).toBe('Năm');
    const unitsByCode = new Map<string, ParImportUnit>([['091', { unitId: 'u-snv', code: '091', kind: 'department' }]]);
    const expected = { unitId: 'u-snv', blockCode: 'department', selfScore: 95, appraisedScore: 62.5, surveyScore: 17.75 };
    for (const rows of [read, throughCsv(table)]) {
      const back = rowsToParScores(rows, { year: 2020, scheme, unitsByCode });
      expect(back.errors).toEqual([]);
      expect(back.rows[0]).toMatchObject(expected);
    }
  });

  it('PAR import: the block by the name the web shows, the label or the code', () => {
    const unitsByCode = new Map<string, ParImportUnit>([['CT', { unitId: 'u-ct', code: 'CT', kind: 'central_agency' }]]);
    const header = ['Mã đơn vị', 'Khối', 'Điểm thẩm định', 'Điểm điều tra xã hội học'];
    for (const block of ['Cơ quan Trung ương trên địa bàn', 'co quan trung uong tren dia ban', 'Cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh', 'centralAgency']) {
      const back = rowsToParScores([header, ['CT', block, '40', '10']], { year: 2020, scheme: kienGiangClassificationScheme2020, unitsByCode });
      expect(back.errors, block).toEqual([]);
      expect(back.rows[0].blockCode).toBe('centralAgency');
    }
  });

  it('ratings: the year is a number and re-imports', async () => {
    const table = ratingsToRows([{ year: 2020, unitCode: '30904', unitName: 'Thị trấn Giồng Riềng', personId: null, fullName: null, kind: 'par_task', rating: 'good' }]);
    const { read, cell } = await throughXlsx(table);
    expect(cell(2, 'Năm').value).toBe(2020);
    expect(cell(2, 'Mã đơn vị').value).toBe('30904');
    const back = rowsToRatings(read, { year: 2020, unitCodes: new Set(['30904']), people: [] });
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => [r.unitCode, r.kind, r.rating])).toEqual([['30904', 'par_task', 'good']]);
  });

  it('registrations, attestations and recognitions re-import (all text)', async () => {
    const reg = registrationsToRows([{ unitCode: '091', unitName: 'Sở', content: 'Nội dung', individuals: [{ fullName: 'Nguyễn Văn An', position: 'Giám đốc', content: 'Nội dung' }] }]);
    const regBack = rowsToRegistrations((await throughXlsx(reg)).read, { defaultContent: 'Nội dung' });
    expect(regBack.errors).toEqual([]);
    expect(regBack.registrations[0].unitCode).toBe('091');

    const att = attestationsToRows([{ unitCode: '30904', unitName: 'Thị trấn Giồng Riềng', compliance: true, solidarity: null }]);
    const attBack = rowsToAttestations((await throughXlsx(att)).read, { unitCodes: new Set(['30904']), ownUnitOnly: false });
    expect(attBack.errors).toEqual([]);
    expect(attBack.rows).toEqual([{ row: 2, unitCode: '30904', compliance: true, solidarity: null }]);

    const rec = recognitionsToRows([{ districtCode: '906', districtName: 'Huyện Giồng Riềng', communeCode: '030904', communeName: 'Thị trấn', decisionReference: '125/QĐ-UBND', recognisedAt: '2021-01-15' }]);
    const recBack = rowsToRecognitions((await throughXlsx(rec)).read, { communes: new Map([['030904', { districtCode: '906' }]]), districtOnly: false });
    expect(recBack.errors).toEqual([]);
    expect(recBack.rows).toEqual([{ row: 2, communeCode: '030904', decisionReference: '125/QĐ-UBND', recognisedAt: '2021-01-15' }]);
  });
});
