import { apiUrl } from '../../app/api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useApiData } from '../../app/hooks/useApiData';
import { DistributionChart } from './DistributionChart';
import { RankingChart } from './RankingChart';
import { YearOnYearChart } from './YearOnYearChart';
import type { DistributionResponse, RankingResponse, YearOnYearResponse } from '../../../shared/contracts/par';

/** The charts of a year: ranking per block, distribution by class, change since the previous year. */
export function ParCharts({ year, blockCode }: { year: number; blockCode: string }) {
  const query = { year, blockCode };
  const ranking = useApiData<RankingResponse>(apiUrl('/par-results/charts/ranking', query));
  const distribution = useApiData<DistributionResponse>(apiUrl('/par-results/charts/distribution', query));
  const yoy = useApiData<YearOnYearResponse>(apiUrl('/par-results/charts/year-on-year', query));
  return (
    <section aria-labelledby="par-charts-title">
      <h2 id="par-charts-title" className="heading-m">
        Biểu đồ
      </h2>
      <ErrorBanner error={ranking.error ?? distribution.error ?? yoy.error} />
      {ranking.loading && !ranking.data ? <LoadingMessage text="Đang vẽ biểu đồ…" /> : null}
      {distribution.data ? <DistributionChart data={distribution.data} /> : null}
      {ranking.data ? <RankingChart data={ranking.data} /> : null}
      {yoy.data ? <YearOnYearChart data={yoy.data} /> : null}
    </section>
  );
}
