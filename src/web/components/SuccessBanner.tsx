import type { ReactNode } from 'react';

/** The green "done" line a form shows after it saved: a polite status, announced by screen readers. */
export function SuccessBanner({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="banner banner--success" role="status" data-testid={testId}>
      {children}
    </p>
  );
}
