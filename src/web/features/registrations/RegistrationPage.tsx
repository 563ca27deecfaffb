import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import type { CampaignDetailView } from '../campaigns/campaignTypes';
import type { RegistrationDetail } from '../../../shared/contracts/registrations';
import { IndividualsFieldset, individualFieldId, type Individual } from './IndividualsFieldset';
import { RegistrationDocuments } from './RegistrationDocuments';
import { RegistrationReviewActions } from './RegistrationReviewActions';
import { LateAcceptancePanel } from './LateAcceptancePanel';
import { confirmAction } from '../../components/confirmAction';
import { SuccessBanner } from '../../components/SuccessBanner';

/** API field path → input id, for the error summary links (individuals by their index). */
function fieldIdsFor(count: number): Record<string, string> {
  const ids: Record<string, string> = { content: 'registration-content', orgUnitId: 'registration-content' };
  for (let i = 0; i < count; i++) {
    for (const f of ['fullName', 'position', 'content'] as const) ids[`individuals.${i}.${f}`] = individualFieldId(i, f);
    ids[`individuals.${i}.personId`] = individualFieldId(i, 'fullName');
  }
  return ids;
}

/**
 * /thi-dua/:id/dang-ky?donVi=… (new) and /thi-dua/:id/dang-ky/:registrationId: the annex "Bản đăng ký thi đua
 * chuyên đề". The unit officer writes it until the deadline, the unit head approves and sends it, the district or
 * Sở Nội vụ accepts or returns it. The server decides; the page only shows what it allows.
 */
export function RegistrationPage() {
  const { id, registrationId } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const campaign = useApiData<CampaignDetailView>(`/api/campaigns/${id}`);
  const loaded = useApiData<RegistrationDetail>(registrationId ? `/api/registrations/${registrationId}` : null);
  const [registration, setRegistration] = useState<RegistrationDetail | null>(null);
  const [content, setContent] = useState('');
  const [individuals, setIndividuals] = useState<Individual[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = useFormErrors(fieldIdsFor(individuals.length));
  usePageTitle('Bản đăng ký thi đua', errors.errors.length > 0);

  const reg = registration ?? loaded.data;
  useEffect(() => {
    if (loaded.data) show(loaded.data);
  }, [loaded.data]);
  useEffect(() => {
    if (!registrationId && campaign.data) setContent((v) => v || campaign.data!.definition.registrationContentDefault);
  }, [registrationId, campaign.data]);

  function show(r: RegistrationDetail) {
    setRegistration(r);
    setContent(r.content);
    setIndividuals(r.individuals.map((i) => ({ id: i.id, personId: i.personId, fullName: i.fullName, position: i.position, content: i.content })));
  }

  if (campaign.error || loaded.error) return <ErrorBanner error={campaign.error ?? loaded.error} />;
  if (!campaign.data || (registrationId && !reg)) return <LoadingMessage text="Đang tải bản đăng ký…" />;
  const c = campaign.data;
  const unitId = reg?.orgUnitId ?? search.get('donVi') ?? c.myUnits[0]?.orgUnitId;
  const unit = c.myUnits.find((u) => u.orgUnitId === unitId);
  // After the deadline the form is read-only with the reason in view (the server refuses a save anyway); a unit Sở
  // Nội vụ accepted late has its registration already, whose own window says so.
  const registrationWindow = reg ? reg.window : c.registrationWindow;
  const editable = reg ? reg.can.edit : can('registration.edit') && Boolean(unit) && registrationWindow.open;
  // The unit's own officer or head: the one who would write or send it, to whom the closed form explains itself.
  const ofMyUnit = (can('registration.edit') || can('registration.submit')) && c.myUnits.some((u) => u.orgUnitId === unitId);
  const unitName = reg?.unitName ?? unit?.unitName ?? '';

  function check(): FormError[] {
    const found: FormError[] = [];
    if (!content.trim()) found.push({ fieldId: 'registration-content', message: 'Nội dung đăng ký: không được để trống' });
    individuals.forEach((p, i) => {
      if (!p.fullName.trim()) found.push({ fieldId: individualFieldId(i, 'fullName'), message: `Họ và tên của cá nhân ${i + 1}: không được để trống` });
      if (!p.position.trim()) found.push({ fieldId: individualFieldId(i, 'position'), message: `Chức vụ của cá nhân ${i + 1}: không được để trống` });
    });
    return found;
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setSaved(null);
    const problems = check();
    if (problems.length) {
      errors.showErrors(problems);
      return;
    }
    const list = individuals.map((p) => ({ ...(p.personId ? { personId: p.personId } : {}), fullName: p.fullName, position: p.position, content: p.content.trim() || c.definition.registrationContentDefault }));
    try {
      const r = reg
        ? await api<RegistrationDetail>(`/api/registrations/${reg.id}`, { method: 'PATCH', body: { version: reg.version, content, individuals: list } })
        : await api<RegistrationDetail>(`/api/campaigns/${c.id}/registrations`, { method: 'POST', body: { orgUnitId: unitId, content, individuals: list } });
      show(r);
      setSaved('Đã lưu bản đăng ký. Bước tiếp theo: Thủ trưởng đơn vị đăng nhập, xem lại và bấm «Duyệt và gửi» để gửi bản đăng ký lên cấp trên; trước khi gửi, bạn vẫn sửa được.');
      if (!reg) navigate(`/thi-dua/${c.id}/dang-ky/${r.id}`, { replace: true });
    } catch (err) {
      errors.showApiError(err);
    }
  }

  async function submit() {
    if (!confirmAction('Duyệt và gửi bản đăng ký lên cấp trên: sau khi gửi, đơn vị không sửa được nữa trừ khi cấp trên trả lại.')) return;
    errors.clear();
    setSaved(null);
    try {
      show(await api<RegistrationDetail>(`/api/registrations/${reg!.id}/submit`, { method: 'POST' }));
      setSaved('Đã duyệt và gửi bản đăng ký.');
    } catch (err) {
      errors.showApiError(err);
    }
  }

  return (
    <>
      <p>
        <Link to={`/thi-dua/${c.id}`}>‹ Kế hoạch số {c.planNumber}</Link>
      </p>
      <h1>Bản đăng ký thi đua chuyên đề</h1>
      {ofMyUnit && !registrationWindow.open && (!reg || reg.status === 'draft' || reg.status === 'returned') ? (
        <div className="banner banner--info" role="note" data-testid="registration-closed">
          <strong>Bản đăng ký chỉ xem, không sửa hay gửi được nữa.</strong> {registrationWindow.message}
        </div>
      ) : (
        <p className="field__hint" data-testid="registration-window">
          {registrationWindow.message}
        </p>
      )}
      <ErrorSummary errors={errors.errors} description={errors.description} />
      {saved ? <SuccessBanner>{saved}</SuccessBanner> : null}
      {reg ? (
        <dl className="summary-list" data-testid="registration-status">
          <div className="summary-list__row">
            <dt>Trạng thái</dt>
            <dd>{reg.statusLabel}</dd>
          </div>
          {reg.submittedAt ? (
            <div className="summary-list__row">
              <dt>Ngày gửi</dt>
              <dd>{formatDateTime(reg.submittedAt)}</dd>
            </div>
          ) : null}
          {reg.returnReason && reg.status === 'returned' ? (
            <div className="summary-list__row">
              <dt>Lý do trả lại</dt>
              <dd>{reg.returnReason}</dd>
            </div>
          ) : null}
          {reg.lateOverrideReason ? (
            <div className="summary-list__row">
              <dt>Sở Nội vụ chấp nhận đăng ký muộn</dt>
              <dd>{reg.lateOverrideReason}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <form onSubmit={save} noValidate>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">1. Tập thể: {unitName}</legend>
          <TextField id="registration-content" label="Đăng ký thi đua" value={content} readOnly={!editable} error={errors.errorFor('registration-content')} onChange={(e) => setContent(e.target.value)} />
        </fieldset>
        <IndividualsFieldset individuals={individuals} defaultContent={c.definition.registrationContentDefault} readOnly={!editable} orgUnitId={unitId} errorFor={errors.errorFor} onChange={setIndividuals} />
        {editable ? (
          <button type="submit" className="button">
            Lưu bản đăng ký
          </button>
        ) : null}
      </form>
      {reg?.can.submit ? (
        <p>
          <button type="button" className="button" onClick={() => void submit()}>
            Duyệt và gửi
          </button>
        </p>
      ) : null}
      {reg?.can.review ? <RegistrationReviewActions registration={reg} onDone={show} /> : null}
      {/* Sở Nội vụ looking at a unit's unsent registration after the deadline: the acceptance the refusal points to. */}
      {reg && !reg.window.open && (reg.status === 'draft' || reg.status === 'returned') && can('registration.lateOverride') ? (
        <LateAcceptancePanel
          campaignId={c.id}
          fixedUnit={{ id: reg.orgUnitId, name: reg.unitName }}
          onAccepted={(r) => {
            show(r);
            setSaved(`Đã chấp nhận đăng ký muộn cho ${r.unitName}: đơn vị lập, sửa và gửi được bản đăng ký cho đến khi gửi.`);
          }}
        />
      ) : null}
      {reg ? <RegistrationDocuments registrationId={reg.id} canUpload={can('registration.edit') && c.myUnits.some((u) => u.orgUnitId === reg.orgUnitId)} /> : null}
    </>
  );
}
