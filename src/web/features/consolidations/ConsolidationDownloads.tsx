import { apiUrl } from '../../app/api/client';

/** "Tải văn bản tổng hợp": the consolidated list as a Word document (NĐ 30 layout) or an Excel sheet. */
export function ConsolidationDownloads({ campaignId, level, districtId }: { campaignId: string; level: 'district' | 'province'; districtId?: string }) {
  const url = (format: 'docx' | 'xlsx') => apiUrl(`/campaigns/${campaignId}/consolidations/${level}/document`, { format, districtId });
  return (
    <p data-testid="consolidation-downloads">
      <a className="button button--secondary" href={url('docx')}>
        Tải văn bản tổng hợp (Word)
      </a>{' '}
      <a className="button button--secondary" href={url('xlsx')}>
        Tải bảng tổng hợp (Excel)
      </a>
    </p>
  );
}
