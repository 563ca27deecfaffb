import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import { COLLECTIVE_KINDS, COLLECTIVE_KIND_LABELS, LEGAL_BASES, type LegalBasis } from '../../../domain/campaigns/campaignPlanTerms';
import { cloneCampaign } from '../../../domain/campaigns/cloneCampaign';
import { kh34Campaign } from '../../../domain/campaigns/kh34Campaign';
import { RULE_SET_TEMPLATE_IDS, RULE_SET_TEMPLATES } from '../../../domain/eligibility/ruleSetTemplates';
import { api, apiUrl } from '../../app/api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { AwardFormsFieldset } from './AwardFormsFieldset';
import { CF, campaignFieldIds, toDefinition, toFormValues, type CampaignFormValues } from './campaignFormValues';
import { ClausedTextsFieldset } from './ClausedTextsFieldset';
import { DossierDocumentsFieldset } from './DossierDocumentsFieldset';
import { QuotaOverridesTable } from './QuotaOverridesTable';
import { TextAreaField } from '../../components/TextAreaField';
import './campaignForm.css';
import type { Page } from '../../../shared/contracts/page';
import type { CampaignDetailView } from './campaignTypes';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';
import type { Era } from '../../../shared/contracts/orgUnits';


const DATE_HINT = 'Dạng dd/mm/yyyy';
const RULE_SET_FROM_ID = 'campaign-rule-set-from';
const LEGAL_BASIS_OPTIONS = (Object.keys(LEGAL_BASES) as LegalBasis[]).map((code) => ({ value: code, label: `${code} (${LEGAL_BASES[code].title})` }));

/**
 * A new campaign starts from the reference plan 34/KH-UBND moved to this year, exactly as "Sao chép đợt thi đua"
 * would (dates and "năm 2020" move, the number becomes "…/KH-UBND"), minus the per-district overrides, which are
 * particular to 2020's Giồng Riềng and Hòn Đất. Every clause keeps its numbering; the secretariat rewrites the text.
 */
function newCampaignDraft(year: number): { definition: CampaignDefinition; warnings: string[] } {
  const { definition, warnings } = cloneCampaign(kh34Campaign, { year });
  return { definition: { ...definition, quotas: { ...definition.quotas, communesPerDistrictOverrides: [] } }, warnings };
}

/** The era in force today, else the newest: where a new campaign's units come from. */
function currentEra(eras: Era[], today: string): string {
  const inForce = eras.find((e) => e.validFrom <= today && (e.validTo === null || e.validTo >= today));
  return (inForce ?? eras[eras.length - 1])?.id ?? '';
}

/** /thi-dua/moi and /thi-dua/:id/sua: the campaign set-up form of Sở Nội vụ (SPEC §3 step 1). */
export function CampaignForm() {
  const { id } = useParams();
  const campaign = useApiData<CampaignDetailView>(id ? `/api/campaigns/${id}` : null);
  const eras = useApiData<Era[]>(id ? null : '/api/eras');
  const draft = useMemo(() => (id ? null : newCampaignDraft(new Date().getFullYear())), [id]);
  usePageTitle(id ? 'Sửa kế hoạch thi đua' : 'Tạo đợt thi đua');

  const error = campaign.error ?? eras.error;
  if (error) return <ErrorBanner error={error} />;
  if (id) {
    if (!campaign.data) return <LoadingMessage text="Đang tải kế hoạch…" />;
    const c = campaign.data;
    return <CampaignFormBody key={c.id} campaignId={c.id} eraId={c.eraId} base={c.definition} warnings={[]} />;
  }
  if (!eras.data || !draft) return <LoadingMessage text="Đang tải…" />;
  const today = new Date().toISOString().slice(0, 10);
  return <CampaignFormBody campaignId={null} eraId={currentEra(eras.data, today)} eras={eras.data} base={draft.definition} warnings={draft.warnings} />;
}

type BodyProps = { campaignId: string | null; eraId: string; eras?: Era[]; base: CampaignDefinition; warnings: string[] };

function CampaignFormBody({ campaignId, eraId: initialEra, eras, base, warnings }: BodyProps) {
  const navigate = useNavigate();
  const [values, setValues] = useState<CampaignFormValues>(() => toFormValues(base));
  const provinceWide = base.quotas.communeQuotaScope === 'province_wide';
  const [eraId, setEraId] = useState(initialEra);
  const [busy, setBusy] = useState(false);
  // A new campaign's Bằng khen rule set is chosen here, never implied (Sở Nội vụ can still set it up later).
  const [ruleSetFrom, setRuleSetFrom] = useState<string>(RULE_SET_TEMPLATE_IDS[0]);
  const sources = useApiData<Page<CampaignSummary>>(campaignId ? null : '/api/campaigns?pageSize=200');
  const form = useFormErrors({ ...campaignFieldIds(values), ruleSetFrom: RULE_SET_FROM_ID });
  const districts = useApiData<Page<{ code: string; name: string }>>(eraId ? apiUrl('/org-units', { kind: 'district', eraId, pageSize: 500 }) : null);
  const title = campaignId ? `Sửa Kế hoạch số ${base.planNumber}` : 'Tạo đợt thi đua';
  usePageTitle(title, form.errors.length > 0);
  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: { [K in keyof CampaignFormValues]: CampaignFormValues[K] extends string ? K : never }[keyof CampaignFormValues], id: string) => ({
    id,
    value: values[key],
    error: form.errorFor(id),
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const { definition, errors } = toDefinition(base, values);
    if (errors.length) {
      form.showErrors(errors);
      return;
    }
    setBusy(true);
    try {
      const saved = campaignId
        ? await api<CampaignSummary>(`/api/campaigns/${campaignId}`, { method: 'PATCH', body: { definition } })
        : await api<CampaignSummary>('/api/campaigns', { method: 'POST', body: { eraId, definition, ruleSetFrom: ruleSetFrom || undefined } });
      navigate(`/thi-dua/${saved.id}`, { state: { saved: campaignId ? 'Đã lưu kế hoạch.' : 'Đã tạo dự thảo đợt thi đua.' } });
    } catch (err) {
      form.showApiError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>
        <Link to={campaignId ? `/thi-dua/${campaignId}` : '/thi-dua'}>‹ {campaignId ? `Kế hoạch số ${base.planNumber}` : 'Các đợt thi đua'}</Link>
      </p>
      <h1>{title}</h1>
      {warnings.length ? (
        <div className="banner banner--info" role="status">
          <p>Dự thảo lập từ Kế hoạch số 34/KH-UBND, dời sang năm {base.year}. Cần rà soát:</p>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorSummary errors={form.errors} description={form.description} />
      <form onSubmit={submit} noValidate className="campaign-form" data-testid="campaign-form">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Kế hoạch</legend>
          <TextField {...text('planNumber', CF.planNumber)} label="Số, ký hiệu kế hoạch" hint='Ví dụ 34/KH-UBND; ghi "…/KH-UBND" khi văn thư chưa cấp số.' autoComplete="off" />
          <TextField {...text('planDate', CF.planDate)} label="Ngày ban hành" hint={`${DATE_HINT}, ví dụ 03/03/2020.`} inputMode="numeric" className="field--date" autoComplete="off" />
          <TextField {...text('issuer', CF.issuer)} label="Cơ quan ban hành" />
          <TextField {...text('signerAuthority', CF.signerAuthority)} label="Thẩm quyền ký" hint="Ví dụ KT. CHỦ TỊCH; để trống khi người đứng đầu ký." autoComplete="off" />
          <TextField {...text('signerPosition', CF.signerPosition)} label="Chức vụ người ký" />
          <TextField {...text('signerName', CF.signerName)} label="Họ tên người ký" autoComplete="off" />
          <TextField {...text('place', CF.place)} label="Địa danh" hint="Ghi ở dòng ngày tháng, ví dụ Kiên Giang." />
          <TextField {...text('year', CF.year)} label="Năm thi đua" inputMode="numeric" className="field--date" autoComplete="off" />
          <SelectField
            id={CF.legalBasis}
            label="Căn cứ pháp lý (nghị định về thi đua, khen thưởng)"
            hint="Nghị định có hiệu lực vào ngày ban hành kế hoạch."
            options={LEGAL_BASIS_OPTIONS}
            value={values.legalBasis}
            error={form.errorFor(CF.legalBasis)}
            onChange={(e) => set('legalBasis', e.target.value as LegalBasis)}
          />
          {eras ? (
            <SelectField
              id={CF.eraId}
              label="Thời kỳ của cây đơn vị"
              hint="Các đơn vị tham gia lấy theo thời kỳ này."
              options={eras.map((e) => ({ value: e.id, label: e.name }))}
              value={eraId}
              error={form.errorFor(CF.eraId)}
              onChange={(e) => setEraId(e.target.value)}
            />
          ) : null}
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">Chủ đề</legend>
          <TextAreaField {...text('theme', CF.theme)} label="Chủ đề thi đua" hint="Không cần dấu ngoặc kép (Khoản 3, Mục I)." rows={2} />
        </fieldset>
        <ClausedTextsFieldset legend="Mục đích" itemLabel="Mục đích" items={values.purposes} idFor={(i) => CF.claused('purposes', i)} errorFor={form.errorFor} onChange={(x) => set('purposes', x)} />
        <ClausedTextsFieldset legend="Yêu cầu" itemLabel="Yêu cầu" items={values.requirements} idFor={(i) => CF.claused('requirements', i)} errorFor={form.errorFor} onChange={(x) => set('requirements', x)} />
        <ClausedTextsFieldset legend="Nội dung thi đua" itemLabel="Nội dung" items={values.contents} idFor={(i) => CF.claused('contents', i)} errorFor={form.errorFor} onChange={(x) => set('contents', x)} />

        <fieldset className="fieldset">
          <legend className="fieldset__legend">Đối tượng thi đua</legend>
          <p className="field__hint">Loại tập thể tham gia (chọn ít nhất một).</p>
          {COLLECTIVE_KINDS.map((kind) => (
            <CheckboxField
              key={kind}
              id={CF.collectiveKind(kind)}
              label={COLLECTIVE_KIND_LABELS[kind]}
              checked={values.collectiveKinds.includes(kind)}
              error={form.errorFor(CF.collectiveKind(kind))}
              // Kept in the plan's order whatever the click order, so the stored list reads like the plan.
              onChange={(e) => set('collectiveKinds', COLLECTIVE_KINDS.filter((k) => (k === kind ? e.target.checked : values.collectiveKinds.includes(k))))}
            />
          ))}
          <TextAreaField {...text('collectivesText', CF.collectivesText)} label="Tập thể (lời văn của kế hoạch)" hint={base.participants.collectives.ref.clause} rows={4} />
          <TextAreaField {...text('individualsText', CF.individualsText)} label="Cá nhân" hint={base.participants.individuals.ref.clause} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">Thời gian</legend>
          <TextField
            {...text('registrationDeadline', CF.registrationDeadline)}
            label="Hạn đăng ký thi đua"
            hint={`${DATE_HINT}; nhận đăng ký đến hết 23:59 ngày này, giờ Việt Nam (${base.registrationDeadline.ref.clause}).`}
            inputMode="numeric"
            className="field--date"
            autoComplete="off"
          />
          <TextField
            {...text('dossierDays', CF.dossierDays)}
            label="Số ngày lập hồ sơ khen thưởng, kể từ ngày công bố kết quả xếp hạng CCHC"
            hint={base.dossierWindow.ref.clause}
            inputMode="numeric"
            className="field--date"
            autoComplete="off"
          />
        </fieldset>

        <AwardFormsFieldset awardForms={values.awardForms} errorFor={form.errorFor} onChange={(x) => set('awardForms', x)} />

        {campaignId ? null : (
          <fieldset className="fieldset">
            <legend className="fieldset__legend">Tiêu chuẩn xét Bằng khen</legend>
            <SelectField
              id={RULE_SET_FROM_ID}
              label="Bộ tiêu chuẩn xét Bằng khen (Khoản 1, Mục III)"
              hint={`Năm trong nội dung chuyển sang năm ${values.year || 'của đợt'}; ngưỡng và điều khoản giữ nguyên để Sở Nội vụ rà soát, sửa tại trang Bộ tiêu chuẩn của đợt.`}
              options={[
                ...RULE_SET_TEMPLATE_IDS.map((t) => ({ value: t, label: RULE_SET_TEMPLATES[t].label })),
                ...(sources.data?.items ?? []).map((c) => ({ value: c.id, label: `Bộ tiêu chuẩn đang áp dụng của Kế hoạch số ${c.planNumber} (năm ${c.year})` })),
                { value: '', label: 'Chưa chọn — thiết lập sau (chưa xét được điều kiện cho đến khi thiết lập)' },
              ]}
              value={ruleSetFrom}
              error={form.errorFor(RULE_SET_FROM_ID)}
              onChange={(e) => setRuleSetFrom(e.target.value)}
            />
          </fieldset>
        )}

        <fieldset className="fieldset">
          <legend className="fieldset__legend">Chỉ tiêu khen thưởng</legend>
          <TextField
            {...text('communesPerDistrict', CF.communesPerDistrict)}
            label={provinceWide ? 'Số đơn vị cấp xã (xã, phường, đặc khu) được chọn toàn tỉnh' : 'Số xã mỗi huyện được chọn'}
            hint={provinceWide ? `Chính quyền hai cấp: không còn huyện, chỉ tiêu tính chung toàn tỉnh (${base.quotas.communesPerDistrict.ref.clause}).` : base.quotas.communesPerDistrict.ref.clause}
            inputMode="numeric"
            className="field--date"
            autoComplete="off"
          />
          <TextField {...text('individualsPerCollective', CF.individualsPerCollective)} label="Số cá nhân mỗi tập thể" hint={base.quotas.individualsPerCollective.ref.clause} inputMode="numeric" className="field--date" autoComplete="off" />
          <TextField {...text('individualsPerCommune', CF.individualsPerCommune)} label="Số cá nhân mỗi xã" hint={base.quotas.individualsPerCommune.ref.clause} inputMode="numeric" className="field--date" autoComplete="off" />
          <TextField
            {...text('excellentGroupLimit', CF.excellentGroupLimit)}
            label="Số tập thể tiêu biểu nhóm xuất sắc"
            hint={`Để trống nếu kế hoạch không quy định số lượng (${base.quotas.excellentGroupCollectives.ref.clause}).`}
            inputMode="numeric"
            className="field--date"
            autoComplete="off"
          />
          {provinceWide ? null : (
            <QuotaOverridesTable
              overrides={values.overrides}
              districts={districts.data?.items ?? []}
              newRowRef={base.quotas.communesPerDistrict.ref}
              errorFor={form.errorFor}
              onChange={(x) => set('overrides', x)}
            />
          )}
        </fieldset>

        <DossierDocumentsFieldset documents={values.documents} newDocumentRef={base.dossierSubmission.ref} errorFor={form.errorFor} onChange={(x) => set('documents', x)} />

        <fieldset className="fieldset">
          <legend className="fieldset__legend">Bản đăng ký</legend>
          <TextField {...text('registrationContentDefault', CF.registrationContentDefault)} label="Nội dung đăng ký mặc định" hint="Điền sẵn vào mục Đăng ký thi đua của bản đăng ký; đơn vị có thể sửa." />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">Công khai lấy ý kiến</legend>
          <CheckboxField
            id={CF.publicNoticeEnabled}
            label="Công khai danh sách đề nghị khen thưởng để lấy ý kiến nhân dân trước khi trình"
            checked={values.publicNoticeEnabled}
            error={form.errorFor(CF.publicNoticeEnabled)}
            onChange={(e) => set('publicNoticeEnabled', e.target.checked)}
          />
          <TextField
            {...text('publicNoticeDays', CF.publicNoticeDays)}
            label="Số ngày lấy ý kiến"
            hint="Tính từ lúc đăng danh sách lên trang công khai; mặc định 10 ngày, tối đa 90 ngày."
            inputMode="numeric"
            className="field--date"
            autoComplete="off"
          />
        </fieldset>

        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            {campaignId ? 'Lưu kế hoạch' : 'Tạo dự thảo'}
          </button>
          <Link to={campaignId ? `/thi-dua/${campaignId}` : '/thi-dua'}>Hủy</Link>
        </div>
      </form>
    </>
  );
}
