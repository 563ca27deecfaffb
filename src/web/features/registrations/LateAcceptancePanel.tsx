import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { confirmAction } from '../../components/confirmAction';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { OrgUnitPicker } from '../users/OrgUnitPicker';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';
import type { RegistrationDetail } from '../../../shared/contracts/registrations';

const IDS = { orgUnitId: 'late-unit', reason: 'late-reason' };
/** The unit to accept: picked on the consolidation page, fixed on the unit's own registration page. */
type UnitRef = { id: string; name: string };
/** The server's rule (MIN_OVERRIDE_REASON_LENGTH): a reason short enough to be "ok" is not a logged reason. */
const MIN_REASON = 10;

/**
 * Sở Nội vụ accepts one unit's registration after the deadline (II.3.b; the refusal the unit sees tells it to ask
 * for this). The unit's registration opens as a draft, or its existing one reopens to it, until it is sent; the
 * reason goes to the audit log. The unit's own officer then writes it and stays its NGƯỜI LẬP BIỂU.
 */
export function LateAcceptancePanel({ campaignId, fixedUnit, onAccepted }: { campaignId: string; fixedUnit?: UnitRef; onAccepted?: (registration: RegistrationDetail) => void }) {
  const form = useFormErrors(IDS);
  const [picked, setPicked] = useState<OrgUnit | null>(null);
  const unit: UnitRef | null = fixedUnit ?? picked;
  const [reason, setReason] = useState('');
  const [accepted, setAccepted] = useState<RegistrationDetail | null>(null);
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAccepted(null);
    const problems: FormError[] = [];
    if (!unit) problems.push({ fieldId: IDS.orgUnitId, message: 'Đơn vị: chưa chọn đơn vị được chấp nhận đăng ký muộn' });
    if (reason.trim().length < MIN_REASON) problems.push({ fieldId: IDS.reason, message: `Lý do chấp nhận đăng ký muộn: ghi ít nhất ${MIN_REASON} ký tự (được ghi vào nhật ký)` });
    if (problems.length || !unit) {
      form.showErrors(problems);
      return;
    }
    if (!confirmAction(`Chấp nhận đăng ký muộn cho ${unit.name}: đơn vị được lập và gửi bản đăng ký sau hạn chót cho đến khi gửi; lý do được ghi vào nhật ký.`)) return;
    await run(
      () => api<RegistrationDetail>(`/api/campaigns/${campaignId}/late-registrations`, { method: 'POST', body: { orgUnitId: unit.id, reason: reason.trim() } }),
      (r) => {
        setAccepted(r);
        setPicked(null);
        setReason('');
        onAccepted?.(r);
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="late-acceptance-title" data-testid="late-acceptance">
      <h2 id="late-acceptance-title" className="heading-m">
        Chấp nhận đăng ký muộn
      </h2>
      <p>
        Sau hạn đăng ký (Điểm b, Khoản 3, Mục II), đơn vị chỉ đăng ký được khi Sở Nội vụ chấp nhận. Chọn đơn vị và ghi lý do; đơn vị được lập, sửa và
        gửi bản đăng ký cho đến khi gửi. Cán bộ đầu mối của đơn vị vẫn là người lập biểu.
      </p>
      <ErrorSummary errors={form.errors} description={form.description} />
      {accepted ? (
        <p className="banner banner--success" role="status">
          Đã chấp nhận đăng ký muộn cho {accepted.unitName}. Đơn vị đã có thể lập bản đăng ký:{' '}
          <Link to={`/thi-dua/${campaignId}/dang-ky/${accepted.id}`}>xem bản đăng ký của {accepted.unitName}</Link>.
        </p>
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        {fixedUnit ? (
          <p id={IDS.orgUnitId}>
            Đơn vị: <strong>{fixedUnit.name}</strong>
          </p>
        ) : (
          <OrgUnitPicker id={IDS.orgUnitId} label="Đơn vị" value={picked} onChange={setPicked} error={form.errorFor(IDS.orgUnitId)} campaignId={campaignId} />
        )}
        <TextField
          id={IDS.reason}
          label="Lý do chấp nhận đăng ký muộn"
          hint="Ví dụ: đơn vị gửi văn bản qua bưu điện trước hạn. Được ghi vào nhật ký hệ thống."
          value={reason}
          error={form.errorFor(IDS.reason)}
          onChange={(e) => setReason(e.target.value)}
        />
        <FormActions label="Chấp nhận đăng ký muộn" busy={busy} />
      </form>
    </section>
  );
}
