import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Header } from './Header';
import { SkipLink } from './SkipLink';

/** Page frame without navigation (login). */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <Header />
      <main id="main-content" className="container main main--narrow" tabIndex={-1}>
        {/* Pages are loaded on demand (App.tsx, React.lazy): this line shows while a page's code arrives. */}
        <Suspense fallback={<LoadingMessage text="Đang tải trang…" />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
