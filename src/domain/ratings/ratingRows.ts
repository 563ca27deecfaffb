import { RATING_LABELS, RATING_ORDER, type Rating } from '../eligibility/eligibilityRules';
import { normalLabel } from '../tabular/cellValues';
import { eachRecord, otherYearMessage, readTableSteps, runSteps, sortErrors, writeTable, type CellRepair, type WrittenTable, type RowError, type TableColumn, type Steps } from '../tabular/tableCodec';

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
  // The head's confirmation of a person for the year (III.1.b, second bullet), on the person's row: Có / Không / blank.
  { key: 'parTasksExcellent', header: 'Thực hiện xuất sắc nhiệm vụ CCHC được giao', width: 22, cell: { kind: 'yesNo' } },
  { key: 'directlyDoesParWork', header: 'Trực tiếp thực hiện nhiệm vụ CCHC', width: 18, cell: { kind: 'yesNo' } },
] as const satisfies readonly TableColumn[];

/** The head's confirmation as the file carries it; `excellent: null` = not confirmed (removes a stored one). */
export type ParTasksCells = { excellent: boolean | null; directlyDoesParWork: boolean };

/** A rating as exported: the unit by code, the person by id and name. */
export type RatingExportRow = {
  year: number;
  unitCode: string;
  unitName: string;
  personId: string | null;
  fullName: string | null;
  kind: RatingKind;
  /** Null on a person's row that carries only the head's confirmation. */
  rating: Rating | null;
  /** On a person's `overall` row: the head's confirmation for the year (null = none). */
  parTasks?: ParTasksCells | null;
};

/** The people an import may name, found by id or by unit code and full name. */
export type RatingImportPerson = { id: string; unitCode: string; fullName: string };

/** One parsed line: the rating to store, with its row number for messages. */
export type RatingImportRow = {
  row: number;
  unitCode: string;
  personId: string | null;
  kind: RatingKind;
  /** Null: leave the stored rating as it is (a person's row carrying only the head's confirmation). */
  rating: Rating | null;
  /** The head's confirmation on a person's row; undefined when the file has no such column (keep the stored one). */
  parTasks: ParTasksCells | undefined;
};

/** A person's confirmation for the year, as the export merges it in. */
export type ParTaskConfirmationExport = { year: number; unitCode: string; unitName: string; personId: string; fullName: string } & ParTasksCells;

/**
 * Puts the head's confirmations on the people's "Xếp loại chất lượng" rows, and adds a row (blank "Xếp loại") for a
 * confirmed person not rated yet, after the rated ones; so the export carries both and re-imports as it is.
 */
export function withParTaskConfirmations(ratings: readonly RatingExportRow[], confirmations: readonly ParTaskConfirmationExport[]): RatingExportRow[] {
  const merger = parTaskConfirmationMerger(confirmations);
  return [...merger.merge(ratings), ...merger.unrated()];
}

/**
 * withParTaskConfirmations for ratings that arrive page by page (a streamed export): `merge` each page in order,
 * then `unrated` once for the confirmed people no page had.
 */
export function parTaskConfirmationMerger(confirmations: readonly ParTaskConfirmationExport[]) {
  const byPerson = new Map(confirmations.map((c) => [c.personId, c]));
  return {
    merge: (ratings: readonly RatingExportRow[]): RatingExportRow[] =>
      ratings.map((r) => {
        const confirmation = r.personId && r.kind === 'overall' ? byPerson.get(r.personId) : undefined;
        if (!confirmation) return r;
        byPerson.delete(confirmation.personId);
        return { ...r, parTasks: { excellent: confirmation.excellent, directlyDoesParWork: confirmation.directlyDoesParWork } };
      }),
    unrated: (): RatingExportRow[] =>
      [...byPerson.values()].map((c) => ({
        year: c.year,
        unitCode: c.unitCode,
        unitName: c.unitName,
        personId: c.personId,
        fullName: c.fullName,
        kind: 'overall' as const,
        rating: null,
        parTasks: { excellent: c.excellent, directlyDoesParWork: c.directlyDoesParWork },
      })),
  };
}

/** Ratings → header and text rows for XLSX or CSV. */
export function ratingsToRows(ratings: readonly RatingExportRow[]): WrittenTable {
  return writeTable(
    RATING_COLUMNS,
    ratings.map((r) => ({
      ...r,
      year: String(r.year),
      subject: r.personId ? 'person' : 'unit',
      personId: r.personId ?? '',
      fullName: r.fullName ?? '',
      parTasksExcellent: r.parTasks?.excellent ?? null,
      directlyDoesParWork: r.parTasks?.excellent == null ? null : r.parTasks.directlyDoesParWork,
    })),
  );
}

/**
 * Text rows (header first) → ratings to store, or errors naming the row (header = 1) and the column.
 * A person is found by "Mã cá nhân", or when it is empty by unit code and full name (which must then be unique).
 * The PAR-task rating is for units only. The head's confirmation (two Có/Không columns) belongs on a person's
 * "Xếp loại chất lượng" row; such a row may leave "Xếp loại" blank to change only the confirmation. A blank
 * confirmation removes a stored one; without the column, stored confirmations stay.
 * @param table the sheet as text
 * @param context the year imported into, the unit codes of that year's era, and the people of those units
 */
export function rowsToRatings(
  table: string[][],
  context: { year: number; unitCodes: ReadonlySet<string>; people: readonly RatingImportPerson[] },
): { rows: RatingImportRow[]; errors: RowError[]; repairs: CellRepair[] } {
  return runSteps(rowsToRatingsInSteps(table, context));
}

/** `rowsToRatings` in steps (`readTableSteps`): the server reads a large file while other requests go on. */
export function* rowsToRatingsInSteps(
  table: string[][],
  context: { year: number; unitCodes: ReadonlySet<string>; people: readonly RatingImportPerson[] },
): Steps<{ rows: RatingImportRow[]; errors: RowError[]; repairs: CellRepair[] }> {
  const { records, errors, repairs, present } = yield* readTableSteps(table, RATING_COLUMNS);
  const hasParTasks = present.has('parTasksExcellent') || present.has('directlyDoesParWork');
  const rows: RatingImportRow[] = [];
  const peopleById = new Map(context.people.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  eachRecord({ records, errors }, RATING_COLUMNS, ({ row: rowNo, values }, { get, err, clean }) => {

    const otherYear = otherYearMessage(get('year'), context.year);
    if (otherYear) err('year', otherYear);
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
    const excellent = values.parTasksExcellent ?? null;
    const directly = values.directlyDoesParWork ?? null;
    const confirms = wantsPerson && kind === 'overall' && hasParTasks;
    if (!confirms && (excellent !== null || directly !== null)) {
      err(excellent !== null ? 'parTasksExcellent' : 'directlyDoesParWork', 'Chỉ ghi xác nhận của thủ trưởng trên dòng xếp loại chất lượng của cá nhân.');
    }
    if (excellent === null && directly === true) err('directlyDoesParWork', 'Chỉ ghi khi thủ trưởng đã xác nhận cột "Thực hiện xuất sắc nhiệm vụ CCHC được giao".');
    if (rating === null && !(confirms && excellent !== null)) err('rating', 'Không được để trống.');

    if (!clean() || !kind) return;
    const key = `${unitCode}|${personId ?? ''}|${kind}`;
    if (seen.has(key)) {
      err(wantsPerson ? 'fullName' : 'unitCode', `Trùng với dòng ${seen.get(key)} (cùng đối tượng và loại xếp loại).`);
      return;
    }
    seen.set(key, rowNo);
    rows.push({ row: rowNo, unitCode, personId, kind, rating: rating ?? null, parTasks: confirms ? { excellent, directlyDoesParWork: excellent !== null && directly === true } : undefined });
  });
  return { rows, errors: sortErrors(errors, RATING_COLUMNS), repairs };
}
