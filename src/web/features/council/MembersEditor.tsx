import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { DataTable } from '../../components/DataTable';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { ACTIONS_COLUMN, RowAction } from '../../components/RowAction';
import type { CouncilSession } from '../../../shared/contracts/council';

type Row = { id?: string; fullName: string; position: string; councilRole: string; orgUnitId: string; userId: string; attendance: string };
const FIELDS = ['fullName', 'position', 'councilRole', 'orgUnitId', 'userId', 'attendance'] as const;
const ROLE_OPTIONS = [
  { value: 'chair', label: 'Chủ tịch Hội đồng (chủ trì)' },
  { value: 'vice_chair', label: 'Phó Chủ tịch Hội đồng' },
  { value: 'member', label: 'Ủy viên' },
  { value: 'secretary', label: 'Ủy viên kiêm Thư ký' },
];
const ATTENDANCE_OPTIONS = [
  { value: 'present', label: 'Có mặt' },
  { value: 'written', label: 'Vắng, có ý kiến bằng văn bản' },
  { value: 'absent', label: 'Vắng' },
];
const fieldId = (i: number, f: (typeof FIELDS)[number]) => `member-${i}-${f}`;
const empty = (): Row => ({ fullName: '', position: '', councilRole: 'member', orgUnitId: '', userId: '', attendance: 'present' });

/**
 * The members of an open session, one row each: name, position, role in the council, the unit they come from (a
 * member is recused from a nominee of their own unit), the account of a member who votes in the app, and attendance.
 * Saved as one list; the server names the row of each error.
 */
export function MembersEditor({ session, onSaved }: { session: CouncilSession; onSaved: (s: CouncilSession) => void }) {
  const [rows, setRows] = useState<Row[]>(() =>
    session.members.length
      ? session.members.map((m) => ({ id: m.id, fullName: m.fullName, position: m.position, councilRole: m.councilRole, orgUnitId: m.orgUnit?.id ?? '', userId: m.user?.id ?? '', attendance: m.attendance }))
      : [empty()],
  );
  const ids: Record<string, string> = {};
  rows.forEach((_, i) => FIELDS.forEach((f) => (ids[`members.${i}.${f}`] = fieldId(i, f))));
  const form = useFormErrors(ids);
  const { busy, run } = useSubmit(form);
  const set = (i: number, f: (typeof FIELDS)[number], value: string) => setRows((r) => r.map((row, j) => (j === i ? { ...row, [f]: value } : row)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FormError[] = [];
    rows.forEach((r, i) => {
      if (!r.fullName.trim()) errors.push({ fieldId: fieldId(i, 'fullName'), message: `Họ và tên thành viên (mục ${i + 1}): không được để trống` });
      if (!r.position.trim()) errors.push({ fieldId: fieldId(i, 'position'), message: `Chức vụ (mục ${i + 1}): không được để trống` });
    });
    if (errors.length) {
      form.showErrors(errors);
      return;
    }
    const members = rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), fullName: r.fullName.trim(), position: r.position.trim(), councilRole: r.councilRole, orgUnitId: r.orgUnitId || null, userId: r.userId || null, attendance: r.attendance }));
    await run(() => api<CouncilSession>(`/api/council-sessions/${session.id}/members`, { method: 'PUT', body: { members } }), onSaved);
  }

  const select = (i: number, f: (typeof FIELDS)[number], label: string, options: { value: string; label: string }[]) => (
    <td>
      <label className="visually-hidden" htmlFor={fieldId(i, f)}>
        {label} (thành viên {i + 1})
      </label>
      <select id={fieldId(i, f)} className={`select${form.errorFor(fieldId(i, f)) ? ' input--error' : ''}`} value={rows[i][f]} onChange={(e) => set(i, f, e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </td>
  );
  const input = (i: number, f: 'fullName' | 'position', label: string) => (
    <td>
      <label className="visually-hidden" htmlFor={fieldId(i, f)}>
        {label} (thành viên {i + 1})
      </label>
      <input id={fieldId(i, f)} className={`input${form.errorFor(fieldId(i, f)) ? ' input--error' : ''}`} value={rows[i][f]} maxLength={f === 'fullName' ? 200 : 300} onChange={(e) => set(i, f, e.target.value)} aria-invalid={form.errorFor(fieldId(i, f)) ? true : undefined} />
    </td>
  );

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="members-title" data-testid="members-editor">
      <h2 id="members-title" className="heading-m">
        Thành viên phiên họp
      </h2>
      <p className="hint">Thành viên công tác tại đơn vị của người được đề nghị (hoặc đơn vị trực thuộc, đơn vị cấp trên trừ cấp tỉnh) không tham gia biểu quyết đối với người đó.</p>
      <ErrorSummary errors={form.errors} description={form.description} />
      <DataTable caption="Danh sách thành viên" captionHidden columns={['Họ và tên', 'Chức vụ', 'Vai trò', 'Đơn vị công tác', 'Tài khoản (tự biểu quyết)', 'Tham dự', ACTIONS_COLUMN]}>
        {rows.map((r, i) => (
          <tr key={r.id ?? `new-${i}`}>
            {input(i, 'fullName', 'Họ và tên')}
            {input(i, 'position', 'Chức vụ')}
            {select(i, 'councilRole', 'Vai trò trong Hội đồng', ROLE_OPTIONS)}
            {select(i, 'orgUnitId', 'Đơn vị công tác', [{ value: '', label: 'Không ghi' }, ...session.unitOptions.map((u) => ({ value: u.id, label: u.name }))])}
            {select(i, 'userId', 'Tài khoản thành viên', [{ value: '', label: 'Không gắn' }, ...session.accountOptions.map((a) => ({ value: a.id, label: `${a.fullName} (${a.username})` }))])}
            {select(i, 'attendance', 'Tình hình tham dự', ATTENDANCE_OPTIONS)}
            <RowAction label="Bỏ" row={r.fullName || `thành viên ${i + 1}`} variant="secondary" onClick={() => setRows((all) => all.filter((_, j) => j !== i))} />
          </tr>
        ))}
      </DataTable>
      <p>
        <button type="button" className="button button--secondary" onClick={() => setRows((r) => [...r, empty()])}>
          Thêm thành viên
        </button>
      </p>
      <FormActions label="Lưu danh sách thành viên" busy={busy} busyLabel="Đang lưu…" />
    </form>
  );
}
