import type { ReactNode } from 'react';
import { apiUrl } from '../../app/api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useApiData } from '../../app/hooks/useApiData';
import { ChartDetails } from './ChartDetails';
import { DistributionChart } from './DistributionChart';
import { RankingChart } from './RankingChart';
import { YearOnYearChart } from './YearOnYearChart';
import type { DistributionResponse, RankingResponse, YearOnYearResponse } from '../../../shared/contracts/par';

type Query = { year: number; blockCode: string };

/** Loads one chart's data when its section is opened. */
function ChartData<T>({ path, query, render }: { path: string; query: Query; render: (data: T) => ReactNode }) {
  const data = useApiData<T>(apiUrl(path, query));
  return (
    <>
      <ErrorBanner error={data.error} />
      {data.loading && !data.data ? <LoadingMessage text="Đang vẽ biểu đồ…" /> : null}
      {data.data ? render(data.data) : null}
    </>
  );
}

/**
 * The charts of a year: distribution by class, ranking per block, change since the previous year. Each can be
 * collapsed; the ranking and the year-on-year change (one bar per unit, thousands of pixels tall) start closed.
 */
export function ParCharts({ year, blockCode }: Query) {
  const query = { year, blockCode };
  return (
    <section aria-labelledby="par-charts-title" data-testid="par-charts">
      <h2 id="par-charts-title" className="heading-m">
        Biểu đồ
      </h2>
      <ChartDetails summary="Số đơn vị theo xếp loại" initiallyOpen testId="par-chart-distribution">
        {() => <ChartData<DistributionResponse> path="/par-results/charts/distribution" query={query} render={(d) => <DistributionChart data={d} />} />}
      </ChartDetails>
      <ChartDetails summary="Xếp hạng theo khối (mỗi đơn vị một thanh)" testId="par-chart-ranking">
        {() => <ChartData<RankingResponse> path="/par-results/charts/ranking" query={query} render={(d) => <RankingChart data={d} />} />}
      </ChartDetails>
      <ChartDetails summary="Thay đổi so với năm trước" testId="par-chart-year-on-year">
        {() => <ChartData<YearOnYearResponse> path="/par-results/charts/year-on-year" query={query} render={(d) => <YearOnYearChart data={d} />} />}
      </ChartDetails>
    </section>
  );
}
