import { useState, type FormEvent } from 'react';
import { PAR_CLASSIFICATION_LABELS } from '../../../domain/eligibility/eligibilityRules';
import { api } from '../../app/api/client';
import { formatDate } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PublicationForm } from './PublicationForm';
import type { DistrictCommuneResults as Results } from '../../../shared/contracts/par';

const IDS = { commune: 'dcr-commune', classification: 'dcr-class', totalPoints: 'dcr-points' };
const CLASS_OPTIONS = [
  { value: '', label: '— Chọn xếp loại —' },
  ...Object.entries(PAR_CLASSIFICATION_LABELS).map(([value, label]) => ({ value, label })),
  { value: 'none', label: 'Xóa kết quả của xã' },
];

/**
 * The district's assessment of its communes' CCHC work for the year (Kiên Giang: UBND cấp huyện assesses its communes;
 * basis B, Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III reads it): the Phòng Nội vụ enters each commune's class and
 * points, then records the district's decision publishing them, which freezes them for eligibility.
 */
export function DistrictCommuneResults({ year, districtId }: { year: number; districtId: string }) {
  const data = useApiData<Results>(`/api/par-results/${year}/districts/${districtId}/communes`);
  const form = useFormErrors(IDS);
  const [values, setValues] = useState({ commune: '', classification: '', totalPoints: '' });
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, run } = useSubmit(form);
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  if (data.loading && !data.data) return <LoadingMessage />;
  if (!data.data) return <ErrorBanner error={data.error} />;
  const { district, publication, canEdit, communes } = data.data;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const points = values.totalPoints.trim().replace(',', '.');
    const errors: FormError[] = [];
    if (!values.commune) errors.push({ fieldId: IDS.commune, message: 'Xã, phường, thị trấn: chọn một đơn vị' });
    if (!values.classification) errors.push({ fieldId: IDS.classification, message: 'Xếp loại: chọn một mức' });
    if (points && !(Number(points) >= 0 && Number(points) <= 1000)) errors.push({ fieldId: IDS.totalPoints, message: 'Tổng điểm: phải là số từ 0 đến 1000, ví dụ 92,5' });
    if (errors.length > 0) {
      form.showErrors(errors);
      return;
    }
    const name = communes.find((c) => c.communeUnitId === values.commune)?.name ?? '';
    const body = { classification: values.classification === 'none' ? null : values.classification, totalPoints: points ? Number(points) : null };
    await run(
      () => api(`/api/par-results/${year}/districts/${districtId}/communes/${values.commune}`, { method: 'PUT', body }),
      () => {
        setSaved(name);
        setValues({ commune: '', classification: '', totalPoints: '' });
        data.reload();
      },
    );
  }

  return (
    <section aria-labelledby="dcr-title" data-testid="district-commune-results">
      <h2 id="dcr-title" className="heading-m">
        Kết quả CCHC năm {year} của các xã thuộc {district.name}
      </h2>
      {publication ? (
        <p className="banner banner--success" role="status">
          Đã công bố theo Quyết định số {publication.decisionNumber} ngày {formatDate(publication.decisionDate)} ({publication.signer}); kết quả đã chốt.
        </p>
      ) : (
        <p className="hint">Huyện đánh giá, xếp loại công tác CCHC của các xã; chỉ kết quả đã được huyện công bố mới được dùng để xét tiêu chuẩn B (Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III).</p>
      )}
      <DataTable testId="district-commune-table" caption={`Kết quả CCHC năm ${year} của các xã`} captionHidden columns={['Mã', 'Xã, phường, thị trấn', 'Xếp loại', 'Tổng điểm', 'Thứ hạng']}>
        {communes.map((c) => (
          <tr key={c.communeUnitId}>
            <td>{c.code}</td>
            <th scope="row">{c.name}</th>
            <td>{c.classificationLabel ?? 'Chưa có'}</td>
            <td>{c.totalPoints === null ? '' : c.totalPoints.toLocaleString('vi-VN')}</td>
            <td>{c.rank ?? ''}</td>
          </tr>
        ))}
      </DataTable>
      {canEdit ? (
        <div className="panel">
          <h3 className="heading-s">Nhập kết quả của một xã</h3>
          <ErrorSummary errors={form.errors} description={form.description} />
          {saved ? (
            <p className="banner banner--success" role="status">
              Đã lưu kết quả năm {year} của {saved}.
            </p>
          ) : null}
          <form onSubmit={submit} noValidate className="form" aria-label="Kết quả CCHC của một xã">
            <SelectField id={IDS.commune} label="Xã, phường, thị trấn" options={[{ value: '', label: '— Chọn đơn vị —' }, ...communes.map((c) => ({ value: c.communeUnitId, label: c.name }))]} value={values.commune} error={form.errorFor(IDS.commune)} onChange={(e) => set('commune', e.target.value)} />
            <SelectField id={IDS.classification} label="Xếp loại" options={CLASS_OPTIONS} value={values.classification} error={form.errorFor(IDS.classification)} onChange={(e) => set('classification', e.target.value)} />
            <TextField id={IDS.totalPoints} label="Tổng điểm (nếu có)" hint="Ví dụ 92,5; để trống nếu quyết định chỉ ghi xếp loại." inputMode="decimal" value={values.totalPoints} error={form.errorFor(IDS.totalPoints)} onChange={(e) => set('totalPoints', e.target.value)} autoComplete="off" />
            <FormActions label="Lưu kết quả" busy={busy} />
          </form>
        </div>
      ) : null}
      {canEdit && communes.some((c) => c.classification !== null) ? (
        <PublicationForm
          year={year}
          idPrefix="dcr-pub"
          onPublished={() => data.reload()}
          texts={{
            endpoint: `/api/par-results/${year}/districts/${districtId}/publication`,
            title: `Công bố kết quả CCHC năm ${year} của các xã`,
            intro: `Ghi nhận quyết định của UBND ${district.name.replace(/^(Huyện|Thành phố|Thị xã) /, (m) => m.toLocaleLowerCase('vi'))} công bố kết quả đánh giá công tác CCHC của các xã. Sau khi công bố, kết quả được chốt và dùng để xét tiêu chuẩn B.`,
            confirm: 'kết quả của các xã được chốt, không sửa được nữa và được dùng để xét tiêu chuẩn B.',
            signerHint: 'Chức vụ và họ tên, ví dụ Chủ tịch UBND huyện Nguyễn Văn A.',
            button: 'Công bố và chốt kết quả các xã',
          }}
        />
      ) : null}
    </section>
  );
}
