import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, apiUrl } from '../../app/api/client';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { JobProgress } from '../../components/JobProgress';
import { LoadingMessage } from '../../components/LoadingMessage';
import { TextAreaField } from '../../components/TextAreaField';
import type { EvaluationReportResponse } from '../../../shared/contracts/evaluationReports';

const FIELD_IDS = { results: 'results', limits: 'limits', lessons: 'lessons', proposals: 'proposals' };
const REQUIRED = [
  ['results', 'Đánh giá chung kết quả'],
  ['limits', 'Hạn chế, tồn tại'],
  ['lessons', 'Bài học kinh nghiệm'],
] as const;

/**
 * /thi-dua/:id/bao-cao-danh-gia — the year-end evaluation report of the plan (IV.3): Sở Nội vụ reads the figures drawn
 * from the data, writes the narrative parts (results, limits, lessons required; proposals optional), saves them and
 * downloads the report (Word with its charts, or PDF) and its annex of figures (Excel).
 */
export function EvaluationReportPage() {
  const id = useParams().id ?? '';
  const report = useApiData<EvaluationReportResponse>(`/api/campaigns/${id}/evaluation-report`);
  const form = useFormErrors(FIELD_IDS);
  const { values, setValues, field } = useFormValues({ results: '', limits: '', lessons: '', proposals: '' }, FIELD_IDS, form);
  const { busy, run } = useSubmit(form);
  const [saved, setSaved] = useState(false);
  usePageTitle('Báo cáo đánh giá thực hiện kế hoạch', form.errors.length > 0);
  const narrative = report.data?.narrative;
  useEffect(() => {
    if (narrative) {
      setValues(narrative);
      setSaved(true);
    }
  }, [narrative, setValues]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = REQUIRED.filter(([k]) => !values[k].trim()).map(([k, label]) => ({ fieldId: FIELD_IDS[k], message: `${label}: chưa nhập` }));
    if (missing.length > 0) {
      form.showErrors(missing);
      return;
    }
    await run(
      () => api(`/api/campaigns/${id}/evaluation-report/narrative`, { method: 'PUT', body: values }),
      () => setSaved(true),
    );
  }

  if (report.error) return <ErrorBanner error={report.error} />;
  if (!report.data) return <LoadingMessage />;
  const f = report.data.figures;
  return (
    <div className="narrow">
      <ErrorSummary errors={form.errors} description={form.description} />
      <h1>Báo cáo đánh giá thực hiện kế hoạch năm {report.data.year}</h1>
      <p className="lead">Cuối năm Sở Nội vụ báo cáo đánh giá việc thực hiện Kế hoạch để rút kinh nghiệm cho năm sau (mục IV.3). Số liệu lấy từ hệ thống; phần đánh giá do Sở Nội vụ viết trước khi lập báo cáo.</p>
      <h2>Số liệu chính</h2>
      <ul data-testid="evaluation-figures">
        <li>Đơn vị đã đăng ký thi đua: {f.participation.totals.registered}/{f.participation.totals.units}; cá nhân đăng ký: {f.participation.totals.individuals}</li>
        <li>Giải pháp, sáng kiến: {f.initiatives.total} (của {f.initiatives.units} đơn vị)</li>
        <li>Chỉ số CCHC năm {f.par.current.year}: {f.par.current.units} đơn vị có kết quả (năm {f.par.previous.year}: {f.par.previous.units})</li>
        <li>Đề nghị khen thưởng: {f.nominations.total}; quyết định khen thưởng: {f.awards.decisions} ({f.awards.collectives} tập thể, {f.awards.individuals} cá nhân)</li>
        <li>Bản đăng ký gửi sau hạn: {f.deadlines.lateRegistrations}; hồ sơ gửi sau hạn: {f.deadlines.lateDossiers}; hồ sơ chưa gửi khi hết hạn: {f.deadlines.unsentDossiers}</li>
        <li>Phản ánh, vướng mắc: {f.feedback.total} (đã trả lời {f.feedback.answered}, đã đóng {f.feedback.closed}, đang chờ {f.feedback.open})</li>
      </ul>
      <h2>Phần đánh giá</h2>
      {report.data.updatedAt ? <p>Lưu lần cuối ngày {new Date(report.data.updatedAt).toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' })}{report.data.updatedBy ? ` bởi ${report.data.updatedBy}` : ''}.</p> : null}
      <form onSubmit={submit} noValidate className="form">
        <TextAreaField {...field('results')} label="Đánh giá chung kết quả" hint="Mỗi đoạn một dòng." rows={6} />
        <TextAreaField {...field('limits')} label="Hạn chế, tồn tại" rows={5} />
        <TextAreaField {...field('lessons')} label="Bài học kinh nghiệm" rows={5} />
        <TextAreaField {...field('proposals')} label="Đề xuất, kiến nghị (không bắt buộc)" rows={4} />
        <FormActions label="Lưu phần đánh giá" busy={busy} busyLabel="Đang lưu…" />
      </form>
      <h2>Lập báo cáo</h2>
      {saved ? (
        <p className="report-downloads" data-testid="evaluation-downloads">
          <a className="button" href={apiUrl(`/campaigns/${id}/evaluation-report/file`, { format: 'docx' })} download>Tải báo cáo (Word, có biểu đồ)</a>{' '}
          <a className="button button--secondary" href={apiUrl(`/campaigns/${id}/evaluation-report/file`, { format: 'pdf' })} download>Tải báo cáo (PDF)</a>{' '}
          <a className="button button--secondary" href={apiUrl(`/campaigns/${id}/evaluation-report/annex`)} download>Tải phụ lục số liệu (Excel)</a>
        </p>
      ) : null}
      {saved ? (
        <JobProgress startPath={`/campaigns/${id}/evaluation-report/jobs`} label="Tạo báo cáo (Word) chạy nền" testId="evaluation-job" />
      ) : (
        <p>Lưu phần đánh giá chung, hạn chế và bài học kinh nghiệm để lập báo cáo.</p>
      )}
    </div>
  );
}
