import { readTableSteps, runSteps, sortErrors, writeTable, type CellRepair, type WrittenTable, type RowError, type TableColumn, type Steps } from '../tabular/tableCodec';
import { foldDiacritics } from '../text/foldDiacritics';

/**
 * The one column layout of registrations in XLSX (and CSV), both ways: one row per individual, a collective
 * registered without individuals on one row with the person columns empty. An export re-imports as it is.
 * Pure: the caller reads the file into rows of text, looks the units up and applies the result.
 */
// Text typed in Word or Excel often carries double spaces or line breaks: one space is kept.
const TEXT = { kind: 'text', collapseSpaces: true } as const;
export const REGISTRATION_COLUMNS = [
  { key: 'unitCode', header: 'Mã đơn vị', width: 12, required: true, cell: TEXT },
  { key: 'unitName', header: 'Tên đơn vị', width: 36, cell: TEXT },
  { key: 'collectiveContent', header: 'Nội dung đăng ký tập thể', width: 50, cell: TEXT },
  { key: 'fullName', header: 'Họ và tên', width: 26, required: true, cell: TEXT },
  { key: 'position', header: 'Chức vụ', width: 30, required: true, cell: TEXT },
  { key: 'individualContent', header: 'Nội dung đăng ký cá nhân', width: 50, cell: TEXT },
  // The annex form's NGƯỜI LẬP BIỂU: an account of the unit, so that Sở Nội vụ entering a paper form records the
  // unit's officer, not itself. Optional: older files without it still import.
  { key: 'preparedBy', header: 'Người lập biểu', width: 26, cell: TEXT },
] as const satisfies readonly TableColumn[];
type ColumnKey = (typeof REGISTRATION_COLUMNS)[number]['key'];

const MAX_NAME = 200;
const MAX_CONTENT = 2000;

/** A registration as the sheet shows it. */
export type RegistrationSheetEntry = {
  unitCode: string;
  unitName: string;
  content: string;
  individuals: { fullName: string; position: string; content: string }[];
  /** Người lập biểu (full name of the unit's account that prepared it); empty or absent when unknown. */
  preparedBy?: string;
};

/** An individual read from the file, with its row (Excel numbering: header = 1). */
export type ParsedIndividual = { row: number; fullName: string; position: string; content: string; nameKey: string };

/** A registration read from the file: the rows of one unit code, in file order. */
export type ParsedRegistration = {
  unitCode: string;
  /** The unit name as written in the file (first non-empty), to catch a mistyped code. */
  unitName: string;
  content: string;
  /** Người lập biểu as written (first non-empty cell of the unit's rows); '' when the file leaves it blank. */
  preparedBy: string;
  rows: number[];
  individuals: ParsedIndividual[];
};

/** How an imported person is matched to an existing one of the same unit: the folded full name. */
export function personNameKey(fullName: string): string {
  return foldDiacritics(fullName);
}

/** One person listed on a registration: recorded (with its id) or still to be recorded (name only). */
export type ListedIndividual = { personId?: string | null; fullName: string };

/** An entry of a registration's list that repeats an earlier one (indexes from 0, in list order). */
export type RepeatedIndividual = { index: number; firstIndex: number };

/**
 * One person once per registration — the rule of the form and of the import alike. A registration lists people of
 * one unit, where a person is known by name (the import matches people that way), so two entries are the same
 * person when they name the same recorded person (same id), or when at least one of them is not recorded yet and
 * the full names agree ignoring case, spacing and diacritics ("Nguyễn Văn An" = "nguyen van  an"). Two recorded
 * people with different ids stay two people even if they share a name: the user picked both.
 * @param entries the list in order (an import passes the rows of one unit, without ids)
 * @returns each entry that repeats an earlier one, with the first entry it repeats
 */
export function findRepeatedIndividuals(entries: readonly ListedIndividual[]): RepeatedIndividual[] {
  const keys = entries.map((e) => ({ id: e.personId?.trim() || null, name: personNameKey(e.fullName) }));
  const repeated: RepeatedIndividual[] = [];
  keys.forEach((key, index) => {
    const firstIndex = keys.findIndex(
      (other, j) => j < index && (key.id !== null && other.id !== null ? key.id === other.id : key.name !== '' && key.name === other.name),
    );
    if (firstIndex >= 0) repeated.push({ index, firstIndex });
  });
  return repeated;
}

/** Registrations → header and text rows (one per individual; a collective-only registration is one row). */
export function registrationsToRows(entries: readonly RegistrationSheetEntry[]): WrittenTable {
  return writeTable(
    REGISTRATION_COLUMNS,
    entries.flatMap((e) => {
      const unit = { unitCode: e.unitCode, unitName: e.unitName, collectiveContent: e.content, preparedBy: e.preparedBy ?? '' };
      return e.individuals.length === 0
        ? [unit]
        : e.individuals.map((i) => ({ ...unit, fullName: i.fullName, position: i.position, individualContent: i.content }));
    }),
  );
}

const label = (key: ColumnKey) => REGISTRATION_COLUMNS.find((c) => c.key === key)!.header;

/**
 * Text rows (header first) → registrations grouped by unit code, or errors naming the row and the column.
 * Checks: header columns, unit code present and well formed, a name on every row that has person data, a position
 * for every person, lengths, the same collective content on every row of a unit, and no person twice for one unit
 * (same name ignoring case and diacritics). Empty contents take `defaultContent` (the campaign's "Nội dung đăng ký").
 */
export function rowsToRegistrations(
  table: readonly (readonly string[])[],
  options: { defaultContent: string },
): { registrations: ParsedRegistration[]; errors: RowError[]; repairs: CellRepair[] } {
  return runSteps(rowsToRegistrationsInSteps(table, options));
}

/** `rowsToRegistrations` in steps (`readTableSteps`): the server reads a large file while other requests go on. */
export function* rowsToRegistrationsInSteps(
  table: readonly (readonly string[])[],
  options: { defaultContent: string },
): Steps<{ registrations: ParsedRegistration[]; errors: RowError[]; repairs: CellRepair[] }> {
  const { records, errors, repairs } = yield* readTableSteps(table, REGISTRATION_COLUMNS);
  if (records.length === 0) return { registrations: [], errors, repairs };

  const byCode = new Map<string, ParsedRegistration & { contentRow: number | null; preparerRow: number | null }>();
  // Every named row of each unit, checked for the same person twice once all rows are read.
  const named = new Map<string, { row: number; fullName: string }[]>();
  records.forEach(({ row, values }) => {
    const err = (key: ColumnKey, message: string) => errors.push({ row, field: label(key), message });
    const { unitName = '', collectiveContent: content = '', fullName = '', position = '', individualContent = '', preparedBy = '' } = values;
    const code = values.unitCode ?? '';

    if (!code) return void err('unitCode', 'Không được để trống.');
    if (!/^[A-Za-z0-9_.-]{1,32}$/.test(code)) return void err('unitCode', `Mã "${code}" chỉ được gồm chữ không dấu, số và - _ . (tối đa 32 ký tự).`);
    if (content.length > MAX_CONTENT) err('collectiveContent', `Không được dài quá ${MAX_CONTENT} ký tự.`);
    if (preparedBy.length > MAX_NAME) err('preparedBy', `Không được dài quá ${MAX_NAME} ký tự.`);

    let entry = byCode.get(code);
    if (!entry) {
      entry = { unitCode: code, unitName, content: content || options.defaultContent, preparedBy, rows: [], individuals: [], contentRow: content ? row : null, preparerRow: preparedBy ? row : null };
      byCode.set(code, entry);
    } else {
      if (content && entry.contentRow !== null && content !== entry.content) {
        err('collectiveContent', `Khác với nội dung đăng ký tập thể của cùng đơn vị ở dòng ${entry.contentRow}; mỗi đơn vị chỉ có một nội dung.`);
      } else if (content && entry.contentRow === null) {
        entry.content = content;
        entry.contentRow = row;
      }
      if (preparedBy && entry.preparerRow !== null && personNameKey(preparedBy) !== personNameKey(entry.preparedBy)) {
        err('preparedBy', `Khác với người lập biểu của cùng đơn vị ở dòng ${entry.preparerRow}; mỗi bản đăng ký có một người lập biểu.`);
      } else if (preparedBy && entry.preparerRow === null) {
        entry.preparedBy = preparedBy;
        entry.preparerRow = row;
      }
    }
    if (!entry.unitName && unitName) entry.unitName = unitName;
    entry.rows.push(row);

    if (!fullName) {
      if (position || individualContent) err('fullName', 'Không được để trống khi dòng có chức vụ hoặc nội dung đăng ký cá nhân.');
      return;
    }
    const errorsBefore = errors.length;
    if (fullName.length > MAX_NAME) err('fullName', `Không được dài quá ${MAX_NAME} ký tự.`);
    if (!position) err('position', `Không được để trống (chức vụ của ${fullName}).`);
    else if (position.length > MAX_NAME) err('position', `Không được dài quá ${MAX_NAME} ký tự.`);
    if (individualContent.length > MAX_CONTENT) err('individualContent', `Không được dài quá ${MAX_CONTENT} ký tự.`);
    named.set(code, [...(named.get(code) ?? []), { row, fullName }]);
    if (errors.length === errorsBefore) entry.individuals.push({ row, fullName, position, content: individualContent || options.defaultContent, nameKey: personNameKey(fullName) });
  });

  for (const [code, rows] of named) {
    const entry = byCode.get(code)!;
    for (const { index, firstIndex } of findRepeatedIndividuals(rows)) {
      const { row, fullName } = rows[index];
      errors.push({ row, field: label('fullName'), message: `Cá nhân "${fullName}" trùng với dòng ${rows[firstIndex].row} của cùng đơn vị; mỗi người chỉ được đăng ký một lần.` });
      entry.individuals = entry.individuals.filter((i) => i.row !== row);
    }
  }

  return { registrations: [...byCode.values()].map(({ contentRow: _c, preparerRow: _p, ...r }) => r), errors: sortErrors(errors, REGISTRATION_COLUMNS), repairs };
}

/** What the importer knows about a unit code of the file (looked up in the campaign's era). */
export type RegistrationUnitInfo = { name: string; inScope: boolean; participates: boolean };

/**
 * Unit checks of an import, one error per row of the unit: unknown code, a unit outside the importer's scope, a
 * unit that is not a participant of the campaign (II.2.a), and a name in the file that is not the code's unit.
 */
export function checkRegistrationUnits(
  registrations: readonly ParsedRegistration[],
  units: ReadonlyMap<string, RegistrationUnitInfo>,
  participantsRef: string,
): RowError[] {
  const errors: RowError[] = [];
  for (const r of registrations) {
    const unit = units.get(r.unitCode);
    let problem: { field: string; message: string } | null = null;
    if (!unit) problem = { field: 'Mã đơn vị', message: `Không có đơn vị mã "${r.unitCode}" trong thời kỳ của đợt thi đua.` };
    else if (!unit.inScope) problem = { field: 'Mã đơn vị', message: `Đơn vị "${r.unitCode}" nằm ngoài phạm vi bạn được đăng ký.` };
    else if (!unit.participates) problem = { field: 'Mã đơn vị', message: `${unit.name} không thuộc đối tượng thi đua tập thể của kế hoạch (${participantsRef}).` };
    else if (r.unitName && personNameKey(r.unitName) !== personNameKey(unit.name)) {
      problem = { field: 'Tên đơn vị', message: `"${r.unitName}" không khớp với đơn vị mã "${r.unitCode}" (${unit.name}); hãy kiểm tra mã đơn vị.` };
    }
    if (problem) for (const row of r.rows) errors.push({ row, ...problem });
  }
  return errors.sort((a, b) => a.row - b.row);
}
