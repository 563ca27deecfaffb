import type { QuotaUse } from '../../../shared/contracts/nominations';

/**
 * One quota as the proposing unit sees it: "Huyện Giồng Riềng — Đã đề nghị 1/2 xã — Gạch đầu dòng 2, Điểm a, Khoản 4,
 * Mục III", with a bar. A full quota says so in words, not only in colour.
 */
export function QuotaGauge({ quota }: { quota: QuotaUse }) {
  const full = quota.limit !== null && quota.used >= quota.limit;
  return (
    <div className="quota-gauge" data-testid="quota-gauge" data-quota-key={quota.quotaKey}>
      <p>
        <strong>{quota.proposingUnit.name}</strong> — {quota.gauge}
        {full ? <span className="tag"> Đã hết chỉ tiêu</span> : null}
      </p>
      {quota.limit !== null ? <progress value={Math.min(quota.used, quota.limit)} max={quota.limit} aria-label={`${quota.proposingUnit.name}: ${quota.gauge}`} /> : null}
    </div>
  );
}
