import { useParams } from 'react-router';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { AwardHistorySection } from './AwardHistorySection';

/** /ca-nhan/:id/khen-thuong — a person's awards across campaigns and years (their unit's scope). */
export function PersonAwardsPage() {
  const id = useParams().id ?? '';
  usePageTitle('Khen thưởng của cá nhân');
  return (
    <>
      <h1>Khen thưởng của cá nhân</h1>
      <AwardHistorySection url={`/api/people/${id}/awards`} title="Các Bằng khen đã được tặng" showPerson={false} />
    </>
  );
}
