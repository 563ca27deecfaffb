import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../app/auth/SessionContext';
import { DataTable } from '../../components/DataTable';
import { apiUrl } from '../../app/api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { AUDIT_FIELD_IDS, AuditFilters, type AuditFilter } from './AuditFilters';
import { AuditRow } from './AuditRow';
import type { Page } from '../../../shared/contracts/page';
import type { AuditEvent } from '../../../shared/contracts/audit';

const PAGE_SIZE = 50;
const NO_FILTER: AuditFilter = { action: '', actor: '', entityType: '', from: '', to: '' };

/** /nhat-ky: the audit log, newest first, filtered by action, actor, entity type and date range. */
export function AuditPage() {
  const form = useFormErrors(AUDIT_FIELD_IDS);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const list = useApiData<Page<AuditEvent>>(apiUrl('/audit-events', { ...filter, page, pageSize: PAGE_SIZE }));
  usePageTitle('Nhật ký', form.errors.length > 0);
  const { can } = useSession();

  return (
    <>
      <h1>Nhật ký thay đổi</h1>
      <p className="lead">Mọi thay đổi trong hệ thống: ai, khi nào, làm gì, trước và sau. Thời gian theo giờ Việt Nam.</p>
      {can('audit.verify') ? (
        <p>
          <Link to="/nhat-ky/kiem-tra-chuoi">Kiểm tra chuỗi nhật ký chống sửa</Link>
        </p>
      ) : null}
      <AuditFilters
        initial={filter}
        form={form}
        onApply={(next) => {
          setFilter(next);
          setPage(1);
        }}
      />
      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage text="Đang tải nhật ký…" /> : null}
      {list.data ? (
        list.data.items.length === 0 ? (
          <p>Không có sự kiện nào khớp điều kiện lọc.</p>
        ) : (
          <>
            <DataTable caption={`Sự kiện (${list.data.total})`} testId="audit-table" columns={['Thời gian', 'Người thực hiện', 'Đơn vị', 'Hành động', 'Đối tượng', 'Chi tiết']}>
              {list.data.items.map((event) => (
                <AuditRow key={event.id} event={event} />
              ))}
            </DataTable>
            <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label="nhật ký" />
          </>
        )
      ) : null}
    </>
  );
}
