import { useState, type FormEvent } from 'react';
import { parseVnDate } from '../../../domain/time/localDate';
import { api, apiUrl, toApiError } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportPanel } from '../../components/ImportPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { useSubmit } from '../../app/hooks/useSubmit';
import { FormActions } from '../../components/FormActions';
import { DataTable } from '../../components/DataTable';
import { ACTIONS_COLUMN, RowAction } from '../../components/RowAction';
import { OrgUnitPicker } from '../users/OrgUnitPicker';
import type { Page } from '../../../shared/contracts/page';
import { ExportButtons } from '../../components/ExportButtons';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';
import type { Recognition } from '../../../shared/contracts/campaignInputs';

const IDS = { communeUnitId: 'rec-commune', decisionReference: 'rec-reference', recognisedAt: 'rec-date' };

/**
 * The district's recognition of its most outstanding commune in the movement "Đẩy mạnh CCHC nâng cao chất lượng
 * phục vụ người dân…" (Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III): the list in scope, and for the district's
 * Phòng Nội vụ (or Sở Nội vụ, from paper) a form to record or remove one, and XLSX/CSV export and import.
 */
export function RecognitionPanel({ campaignId }: { campaignId: string }) {
  const { can, session } = useSession();
  const manage = can('recognition.manage');
  const list = useApiData<Recognition[]>(`/api/campaigns/${campaignId}/recognitions`);
  // The district chooses among its own communes; Sở Nội vụ (any district) searches the tree.
  const ownDistrict = session?.user.role === 'district_aggregator';
  const communes = useApiData<Page<OrgUnit>>(manage && ownDistrict && session ? apiUrl('/org-units', { parentId: session.user.unitId, kind: 'commune', pageSize: 500 }) : null);
  const [picked, setPicked] = useState<OrgUnit | null>(null);
  const form = useFormErrors(IDS);
  const { values, setValues, set, field } = useFormValues({ communeUnitId: '', decisionReference: '', recognisedAt: '' }, IDS, form);
  const { busy, run } = useSubmit(form);
  const [removeError, setRemoveError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!values.communeUnitId) errors.push({ fieldId: IDS.communeUnitId, message: 'Đơn vị cấp xã: chưa chọn xã, phường, thị trấn' });
    const date = values.recognisedAt.trim() ? parseVnDate(values.recognisedAt.trim()) : null;
    if (values.recognisedAt.trim() && !date) errors.push({ fieldId: IDS.recognisedAt, message: 'Ngày công nhận: phải là một ngày có thật, dạng dd/mm/yyyy' });
    if (errors.length > 0) {
      form.showErrors(errors);
      return;
    }
    const body = { decisionReference: values.decisionReference.trim() || null, recognisedAt: date };
    await run(
      () => api(`/api/campaigns/${campaignId}/recognitions/${values.communeUnitId}`, { method: 'PUT', body }),
      () => {
        setValues({ communeUnitId: '', decisionReference: '', recognisedAt: '' });
        setPicked(null);
        list.reload();
      },
    );
  }

  async function remove(r: Recognition) {
    setRemoveError(null);
    try {
      await api(`/api/campaigns/${campaignId}/recognitions/${r.communeUnitId}`, { method: 'DELETE' });
      list.reload();
    } catch (err) {
      setRemoveError(toApiError(err).message);
    }
  }

  return (
    <>
      <h3 className="heading-m">Xã tiêu biểu xuất sắc nhất được UBND cấp huyện công nhận (Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III)</h3>
      <ExportButtons path={`/campaigns/${campaignId}/recognitions/export`} label="Xuất công nhận xã tiêu biểu" />
      <ErrorBanner error={list.error} />
      {removeError ? <p className="banner banner--error" role="alert">{removeError}</p> : null}
      {list.data && list.data.length === 0 ? <p className="hint">Chưa có công nhận nào.</p> : null}
      {list.data && list.data.length > 0 ? (
        <DataTable testId="recognitions" columns={['Huyện', 'Đơn vị cấp xã', 'Văn bản công nhận', manage && ACTIONS_COLUMN]}>
          {list.data.map((r) => (
            <tr key={r.communeUnitId}>
              <td>{r.districtName}</td>
              <th scope="row">{r.communeName}</th>
              <td>
                {r.decisionReference ?? ''}
                {r.recognisedAt ? ` ngày ${formatDate(r.recognisedAt)}` : ''}
              </td>
              {manage ? <RowAction label="Bỏ công nhận" row={r.communeName} variant="warning" onClick={() => void remove(r)} /> : null}
            </tr>
          ))}
        </DataTable>
      ) : null}
      {manage ? (
        <form onSubmit={submit} noValidate className="panel form" aria-labelledby="rec-form-title">
          <h4 id="rec-form-title" className="heading-s">
            Ghi công nhận
          </h4>
          <ErrorSummary errors={form.errors} description={form.description} />
          {ownDistrict ? (
            <SelectField
              {...field('communeUnitId')}
              label="Đơn vị cấp xã"
              options={[{ value: '', label: 'Chọn xã, phường, thị trấn' }, ...(communes.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            />
          ) : (
            <OrgUnitPicker
              id={IDS.communeUnitId}
              campaignId={campaignId}
              label="Đơn vị cấp xã"
              value={picked}
              error={form.errorFor(IDS.communeUnitId)}
              onChange={(unit) => {
                setPicked(unit);
                set('communeUnitId', unit?.id ?? '');
              }}
            />
          )}
          <TextField {...field('decisionReference')} label="Số, ký hiệu văn bản công nhận (không bắt buộc)" hint="Ví dụ 125/QĐ-UBND." />
          <TextField {...field('recognisedAt')} label="Ngày công nhận (không bắt buộc)" hint="Dạng dd/mm/yyyy." inputMode="numeric" className="field--date" />
          <FormActions label="Lưu công nhận" busy={busy} />
        </form>
      ) : null}
      {manage ? (
        <ImportPanel
          idPrefix="recognition-import"
          title="Nhập công nhận xã tiêu biểu từ tệp"
          fileLabel="Tệp công nhận (.xlsx hoặc .csv)"
          hint={`Dùng đúng các cột của tệp xuất: Mã huyện, Tên huyện, Mã xã, Tên xã, Số quyết định, Ngày công nhận (dd/mm/yyyy). ${ownDistrict ? 'Chỉ nhập được xã trong huyện mình. ' : ''}Công nhận không có trong tệp được giữ nguyên. Nên kiểm tra (chạy thử) trước: khi chạy thử, không có gì được lưu.`}
          urlFor={(format, dryRun) => apiUrl(`/campaigns/${campaignId}/recognitions/import`, { format, dryRun: dryRun ? 'true' : 'false' })}
          onImported={list.reload}
        />
      ) : null}
    </>
  );
}
