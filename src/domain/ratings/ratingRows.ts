import { RATING_LABELS, RATING_ORDER, type Rating } from '../eligibility/eligibilityRules';
import { normalLabel } from '../tabular/cellValues';
import { eachRecord, readTable, sortErrors, writeTable, type CellRepair, type WrittenTable, type RowError, type TableColumn } from '../tabular/tableCodec';

/**
 * Yearly ratings (SPEC §3 step 5): the quality rating (`overall`) of a unit or a person, and the rating of a
 * specialised PAR unit's CCHC tasks by its superior (`par_task`, compared with the previous year for "tiến bộ",
 * Tiết 3, Điểm a, Khoản 1, Mục III).
 */
export const RATING_KINDS = ['overall', 'par_task'] as const;
export type RatingKind = (typeof RATING_KINDS)[number];

export const RATING_KIND_LABELS: Record<RatingKind, string> = {
  overall: 'Xếp loại chất lượng',
  par_task: 'Xếp loại thực hiện nhiệm vụ CCHC',
};

export const RATING_SUBJECT_LABELS = { unit: 'Tập thể', person: 'Cá nhân' } as const;
export type RatingSubject = keyof typeof RATING_SUBJECT_LABELS;

/** Ratings, best first, as a list for enums. */
export const RATINGS: readonly Rating[] = [...RATING_ORDER].reverse();

/** The one column layout of ratings in XLSX and CSV, both ways: an export re-imports as it is. */
export const RATING_COLUMNS = [
  { key: 'year', header: 'Năm', width: 8, numeric: 'integer' },
  { key: 'subject', header: 'Đối tượng', width: 12, cell: { kind: 'enum', labels: RATING_SUBJECT_LABELS } },
  { key: 'unitCode', header: 'Mã đơn vị', width: 14, required: true },
  { key: 'unitName', header: 'Tên đơn vị', width: 46 },
  { key: 'personId', header: 'Mã cá nhân', width: 38 },
  { key: 'fullName', header: 'Họ và tên', width: 28 },
  { key: 'kind', header: 'Loại xếp loại', width: 32, cell: { kind: 'enum', labels: RATING_KIND_LABELS } },
  { key: 'rating', header: 'Xếp loại', width: 30, required: true, cell: { kind: 'enum', labels: RATING_LABELS } },
] as const satisfies readonly TableColumn[];

/** A rating as exported: the unit by code, the person by id and name. */
export type RatingExportRow = {
  year: number;
  unitCode: string;
  unitName: string;
  personId: string | null;
  fullName: string | null;
  kind: RatingKind;
  rating: Rating;
};

/** The people an import may name, found by id or by unit code and full name. */
export type RatingImportPerson = { id: string; unitCode: string; fullName: string };

/** One parsed line: the rating to store, with its row number for messages. */
export type RatingImportRow = {
  row: number;
  unitCode: string;
  personId: string | null;
  kind: RatingKind;
  rating: Rating;
};

/** Ratings → header and text rows for XLSX or CSV. */
export function ratingsToRows(ratings: readonly RatingExportRow[]): WrittenTable {
  return writeTable(
    RATING_COLUMNS,
    ratings.map((r) => ({ ...r, year: String(r.year), subject: r.personId ? 'person' : 'unit', personId: r.personId ?? '', fullName: r.fullName ?? '' })),
  );
}

/**
 * Text rows (header first) → ratings to store, or errors naming the row (header = 1) and the column.
 * A person is found by "Mã cá nhân", or when it is empty by unit code and full name (which must then be unique).
 * The PAR-task rating is for units only.
 * @param table the sheet as text
 * @param context the year imported into, the unit codes of that year's era, and the people of those units
 */
export function rowsToRatings(
  table: string[][],
  context: { year: number; unitCodes: ReadonlySet<string>; people: readonly RatingImportPerson[] },
): { rows: RatingImportRow[]; errors: RowError[]; repairs: CellRepair[] } {
  const { records, errors, repairs } = readTable(table, RATING_COLUMNS);
  const rows: RatingImportRow[] = [];
  const peopleById = new Map(context.people.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  eachRecord({ records, errors }, RATING_COLUMNS, ({ row: rowNo, values }, { get, err, clean }) => {

    const yearText = get('year');
    if (yearText && yearText !== String(context.year)) {
      err('year', `Dòng thuộc năm ${yearText}, không phải năm đang nhập (${context.year}).`);
    }
    const unitCode = get('unitCode');
    if (!unitCode) err('unitCode', 'Không được để trống.');
    else if (!context.unitCodes.has(unitCode)) err('unitCode', `Không có đơn vị mã "${unitCode}".`);

    const subject = values.subject;

    const personIdText = get('personId');
    const fullName = get('fullName');
    let personId: string | null = null;
    const wantsPerson = subject === 'person' || (!subject && (personIdText !== '' || fullName !== ''));
    if (wantsPerson) {
      if (personIdText) {
        const person = peopleById.get(personIdText.toLowerCase());
        if (!person) err('personId', `Không có cá nhân mã "${personIdText}".`);
        else if (unitCode && person.unitCode !== unitCode) err('unitCode', `Cá nhân "${person.fullName}" thuộc đơn vị "${person.unitCode}", không phải "${unitCode}".`);
        else personId = person.id;
      } else if (!fullName) {
        err('fullName', 'Cần "Mã cá nhân" hoặc "Họ và tên" của cá nhân.');
      } else {
        const matches = context.people.filter((p) => p.unitCode === unitCode && normalLabel(p.fullName) === normalLabel(fullName));
        if (matches.length === 0) err('fullName', `Không có cá nhân "${fullName}" ở đơn vị "${unitCode}".`);
        else if (matches.length > 1) err('fullName', `Có ${matches.length} cá nhân tên "${fullName}" ở đơn vị "${unitCode}": ghi "Mã cá nhân" để phân biệt.`);
        else personId = matches[0].id;
      }
    }

    const kind = values.kind === null ? 'overall' : values.kind;
    if (kind === 'par_task' && wantsPerson) err('kind', 'Xếp loại thực hiện nhiệm vụ CCHC chỉ dành cho tập thể.');
    const rating = values.rating;
    if (rating === null) err('rating', 'Không được để trống.');

    if (!clean() || !kind || !rating) return;
    const key = `${unitCode}|${personId ?? ''}|${kind}`;
    if (seen.has(key)) {
      err(wantsPerson ? 'fullName' : 'unitCode', `Trùng với dòng ${seen.get(key)} (cùng đối tượng và loại xếp loại).`);
      return;
    }
    seen.set(key, rowNo);
    rows.push({ row: rowNo, unitCode, personId, kind, rating });
  });
  return { rows, errors: sortErrors(errors, RATING_COLUMNS), repairs };
}
