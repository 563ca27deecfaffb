import { useState } from 'react';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApiData } from '../../app/hooks/useApiData';
import { PublicationForm } from './PublicationForm';
import { PublicationView } from './PublicationView';
import type { PublicationResponse } from '../../../shared/contracts/par';

/** The year's publication with its dossier deadline, or the form to record it (secretariat). */
export function ParPublicationSection({ year, published, onPublished }: { year: number; published: boolean; onPublished: () => void }) {
  const { can } = useSession();
  const [justPublished, setJustPublished] = useState<PublicationResponse | null>(null);
  const loaded = useApiData<PublicationResponse>(published && !justPublished ? `/api/par-results/${year}/publication` : null);
  const data = justPublished ?? loaded.data;
  if (data) return <PublicationView data={data} />;
  if (published) return <ErrorBanner error={loaded.error} />;
  if (!can('parResult.publish')) return null;
  return (
    <PublicationForm
      year={year}
      onPublished={(answer) => {
        setJustPublished(answer);
        onPublished();
      }}
    />
  );
}
