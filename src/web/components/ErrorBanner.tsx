import type { ApiError } from '../app/api/client';

/** An error that is not about a form field (a list failed to load, no permission, not found). */
export function ErrorBanner({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <div className="banner banner--error" role="alert">
      {error.message}
    </div>
  );
}
