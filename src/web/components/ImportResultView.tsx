import { fieldLabel } from '../../shared/fieldLabels';
import { DataTable } from './DataTable';
import type { ImportResult } from '../../shared/contracts/importResult';
import type { RegistrationSheetImport } from '../../shared/contracts/registrations';

/** What an import answers: rows of one kind (org units, PAR results, ratings …) or a registration sheet (rows, not total). */
export type ImportAnswer = ImportResult | RegistrationSheetImport;

/** Counts of an import (or its dry run) and the per-row errors: dòng, cột, lỗi. */
export function ImportResultView({ result, idPrefix = 'import' }: { result: ImportAnswer; idPrefix?: string }) {
  const total = 'total' in result ? result.total : result.rows;
  const heading = result.dryRun
    ? result.ok
      ? 'Kiểm tra xong: tệp hợp lệ, có thể nhập dữ liệu'
      : 'Kiểm tra xong: tệp có lỗi, chưa nhập được'
    : result.ok
      ? 'Đã nhập dữ liệu'
      : 'Không nhập được: tệp có lỗi, chưa lưu gì';
  // Named by its result and its panel's title (ImportPanel's `${idPrefix}-title`): two panels on one page both
  // answering "Đã nhập dữ liệu" stay two distinct regions (axe landmark-unique).
  return (
    <section className={`import-result ${result.ok ? 'import-result--ok' : 'import-result--error'}`} aria-labelledby={`${idPrefix}-result-title ${idPrefix}-title`} data-testid="import-result">
      <h3 id={`${idPrefix}-result-title`} className="heading-s">
        {heading}
      </h3>
      <dl className="counts">
        <div>
          <dt>Tổng số dòng</dt>
          <dd>{total}</dd>
        </div>
        <div>
          <dt>{result.dryRun ? 'Sẽ thêm mới' : 'Thêm mới'}</dt>
          <dd>{result.created}</dd>
        </div>
        <div>
          <dt>{result.dryRun ? 'Sẽ cập nhật' : 'Cập nhật'}</dt>
          <dd>{result.updated}</dd>
        </div>
        <div>
          <dt>Không đổi</dt>
          <dd>{result.unchanged}</dd>
        </div>
        <div>
          <dt>Lỗi</dt>
          <dd>{result.errors.length}</dd>
        </div>
      </dl>
      {result.errors.length > 0 ? (
        <DataTable caption="Lỗi theo dòng của tệp" testId="import-errors" columns={[{ label: 'Dòng', numeric: true }, 'Cột', 'Lỗi']}>
          {result.errors.map((e, i) => (
            <tr key={`${e.row}-${e.field}-${i}`}>
              <td className="table__num">{e.row}</td>
              <td>{fieldLabel(e.field)}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
