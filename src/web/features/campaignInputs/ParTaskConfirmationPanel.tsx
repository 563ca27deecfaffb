import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/SelectField';
import { PersonPicker } from './PersonPicker';
import { RatingEntryPanel } from './RatingEntryPanel';
import type { ParTaskConfirmation } from '../../../shared/contracts/campaignInputs';
import type { Person } from '../../../shared/contracts/people';

const IDS = { personId: 'ptc-person', excellent: 'ptc-excellent', directly: 'ptc-directly' };
const EXCELLENT_OPTIONS = [
  { value: '', label: '— Chọn —' },
  { value: 'true', label: 'Có — thực hiện xuất sắc' },
  { value: 'false', label: 'Không' },
  { value: 'none', label: 'Xóa xác nhận (chưa xác nhận)' },
];
const DIRECTLY_OPTIONS = [
  { value: 'false', label: 'Không' },
  { value: 'true', label: 'Có — thuộc diện ưu tiên' },
];
const yesNo = (v: boolean) => (v ? 'Có' : 'Không');

/**
 * The head's confirmation, for the year, that a person carried out the assigned CCHC tasks excellently (Gạch đầu dòng
 * 2, Điểm b, Khoản 1, Mục III) — without it no individual can be found eligible — and whether the person does CCHC work
 * directly (a priority at selection, never a condition). Everyone sees the confirmations in their scope; the head of
 * the person's unit (or Sở Nội vụ, from paper) records them.
 */
export function ParTaskConfirmationPanel({ year }: { year: number }) {
  const { can } = useSession();
  const list = useApiData<ParTaskConfirmation[]>(`/api/ratings/${year}/par-task-confirmations`);
  const form = useFormErrors(IDS);
  const [person, setPerson] = useState<Person | null>(null);
  const [excellent, setExcellent] = useState('');
  const [directly, setDirectly] = useState('false');
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, run } = useSubmit(form);

  function pick(p: Person | null) {
    setPerson(p);
    const current = p ? list.data?.find((c) => c.personId === p.id) : undefined;
    setExcellent(current ? String(current.excellent) : '');
    setDirectly(current ? String(current.directlyDoesParWork) : 'false');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const problems = [
      ...(person ? [] : [{ fieldId: IDS.personId, message: 'Cá nhân: tìm theo họ tên rồi chọn một người' }]),
      ...(excellent ? [] : [{ fieldId: IDS.excellent, message: 'Thực hiện xuất sắc các nhiệm vụ CCHC được giao: chọn Có, Không hoặc Xóa xác nhận' }]),
    ];
    if (problems.length || !person) {
      form.showErrors(problems);
      return;
    }
    const body = { excellent: excellent === 'none' ? null : excellent === 'true', directlyDoesParWork: excellent !== 'none' && directly === 'true' };
    await run(
      () => api(`/api/ratings/${year}/people/${person.id}/par-task-confirmation`, { method: 'PUT', body }),
      () => {
        setSaved(`${person.fullName} (${person.unitName})`);
        pick(null);
        list.reload();
      },
    );
  }

  return (
    <section aria-labelledby="ptc-title" data-testid="par-task-confirmations">
      <h2 id="ptc-title" className="heading-m">
        Xác nhận cá nhân thực hiện xuất sắc nhiệm vụ CCHC năm {year}
      </h2>
      <p className="hint">
        Thủ trưởng đơn vị xác nhận cho cán bộ, công chức của đơn vị mình (Gạch đầu dòng 2, Điểm b, Khoản 1, Mục III); người
        trực tiếp thực hiện nhiệm vụ CCHC được ưu tiên khi xét chọn. Chưa có xác nhận thì chưa xác định được điều kiện của cá
        nhân.
      </p>
      <ErrorBanner error={list.error} />
      {list.data && list.data.length === 0 ? <p className="hint">Chưa có xác nhận nào.</p> : null}
      {list.data && list.data.length > 0 ? (
        <DataTable testId="par-task-confirmation-list" caption={`Các xác nhận năm ${year}`} captionHidden columns={['Cá nhân', 'Đơn vị', 'Thực hiện xuất sắc', 'Trực tiếp làm CCHC', 'Ngày xác nhận']}>
          {list.data.map((c) => (
            <tr key={c.personId}>
              <th scope="row">{c.fullName}</th>
              <td>{c.orgUnitName}</td>
              <td>{yesNo(c.excellent)}</td>
              <td>{yesNo(c.directlyDoesParWork)}</td>
              <td>{formatDateTime(c.confirmedAt)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {can('parTaskConfirmation.manage') ? (
        <RatingEntryPanel
          title="Ghi xác nhận"
          level={3}
          idPrefix="par-task-confirmation"
          form={form}
          savedMessage={saved ? `Đã lưu xác nhận năm ${year} của ${saved}.` : null}
          submitLabel="Lưu xác nhận"
          busy={busy}
          onSubmit={submit}
        >
          <PersonPicker id={IDS.personId} error={form.errorFor(IDS.personId)} value={person} onChange={pick} hint="Gõ họ tên (có thể không dấu) rồi chọn; chỉ thấy người của đơn vị mình." />
          <SelectField id={IDS.excellent} label="Thực hiện xuất sắc các nhiệm vụ CCHC được giao" options={EXCELLENT_OPTIONS} value={excellent} error={form.errorFor(IDS.excellent)} onChange={(e) => setExcellent(e.target.value)} />
          <SelectField id={IDS.directly} label="Trực tiếp thực hiện nhiệm vụ CCHC" options={DIRECTLY_OPTIONS} value={directly} onChange={(e) => setDirectly(e.target.value)} />
        </RatingEntryPanel>
      ) : null}
    </section>
  );
}
