import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { LoadingMessage } from '../../components/LoadingMessage';
import type { SelectionOverview } from '../../../shared/contracts/collectiveSelections';
import { SuccessBanner } from '../../components/SuccessBanner';

const FIELD_IDS = { unitIds: 'selection-units' };

/**
 * /thi-dua/:id/tap-the-tieu-bieu — Sở Nội vụ picks typical collectives from the excellent group of the published
 * ranking (III.4.a, first bullet; specialised CCHC units meeting Tiết 3 stand in it), within the campaign's limit;
 * each picked unit is told by a notice (and e-mail). Only a picked collective proposes its individuals (III.4.b).
 */
export function CollectiveSelectionPage() {
  const campaignId = useParams().id ?? '';
  const overview = useApiData<SelectionOverview>(`/api/campaigns/${campaignId}/selections`);
  const form = useFormErrors(FIELD_IDS);
  const { busy, run } = useSubmit(form);
  const [picked, setPicked] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle('Chọn tập thể tiêu biểu');
  const data = overview.data;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (picked.length === 0) {
      form.showErrors([{ fieldId: FIELD_IDS.unitIds, message: 'Tập thể được chọn: chọn ít nhất một tập thể' }]);
      return;
    }
    const names = data?.candidates.filter((c) => picked.includes(c.id)).map((c) => c.name).join(', ');
    await run(
      () => api(`/api/campaigns/${campaignId}/selections`, { method: 'POST', body: { unitIds: picked } }),
      () => {
        setPicked([]);
        setDone(`Đã chọn ${names}; đơn vị đã được thông báo lập hồ sơ khen thưởng.`);
        overview.reload();
      },
    );
  }

  const toggle = (id: string, on: boolean) => setPicked((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  const limitText = data ? (data.quota.limit === null ? 'Kế hoạch không quy định số lượng' : `tối đa ${data.quota.limit} tập thể`) : '';

  return (
    <>
      <p>
        <Link to={`/thi-dua/${campaignId}/de-nghi-khen-thuong`}>‹ Đề nghị khen thưởng</Link>
      </p>
      <h1>Chọn tập thể tiêu biểu</h1>
      <ErrorBanner error={overview.error} />
      {overview.loading && !data ? <LoadingMessage /> : null}
      {done ? <SuccessBanner>{done}</SuccessBanner> : null}
      {data ? (
        <>
          <p className="lead">
            {data.quota.description} — {data.quota.clause}; {limitText}. Đã chọn {data.selected.length}.
          </p>
          {data.selected.length > 0 ? (
            <section aria-labelledby="selected-title">
              <h2 id="selected-title" className="heading-m">
                Tập thể đã chọn
              </h2>
              <ul>
                {data.selected.map((s) => (
                  <li key={s.id}>
                    {s.name} (chọn lúc {formatDateTime(s.selectedAt)})
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {!data.published ? <p>Chưa công bố kết quả xếp hạng Chỉ số CCHC của năm: chưa có nhóm xuất sắc để chọn.</p> : null}
          {data.published && data.candidates.length === 0 ? <p>Không còn tập thể nào trong nhóm xuất sắc chưa được chọn.</p> : null}
          {data.candidates.length > 0 ? (
            <form onSubmit={submit} noValidate className="panel form" aria-labelledby="pick-title">
              <h2 id="pick-title" className="heading-m">
                Tập thể trong nhóm xếp hạng xuất sắc
              </h2>
              <ErrorSummary errors={form.errors} description={form.description} />
              <p className="hint">
                Gồm các tập thể thuộc nhóm xếp hạng xuất sắc và các phòng, đơn vị chuyên trách CCHC đạt tiêu chuẩn tại Tiết 3, Điểm a, Khoản 1, Mục III. Chỉ tập thể được chọn mới đề nghị cá nhân (Điểm b, Khoản 4, Mục III).
              </p>
              <fieldset className="fieldset" id={FIELD_IDS.unitIds} tabIndex={-1}>
                <legend className="fieldset__legend">Tập thể được chọn</legend>
                {form.errorFor(FIELD_IDS.unitIds) ? <ErrorMessage id={`${FIELD_IDS.unitIds}-error`} message={form.errorFor(FIELD_IDS.unitIds)!} /> : null}
                {data.candidates.map((c) => (
                  <CheckboxField key={c.id} id={`pick-${c.id}`} label={c.name} checked={picked.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                ))}
              </fieldset>
              <FormActions label="Chọn và thông báo cho đơn vị" busy={busy} busyLabel="Đang lưu…" />
            </form>
          ) : null}
        </>
      ) : null}
    </>
  );
}
