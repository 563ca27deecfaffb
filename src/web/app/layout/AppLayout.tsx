import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Header } from './Header';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';

/** Page frame of the signed-in app: skip link, header, navigation, main content. */
export function AppLayout() {
  return (
    <>
      <SkipLink />
      <Header />
      <MainNav />
      <main id="main-content" className="container main" tabIndex={-1}>
        {/* Pages are loaded on demand (App.tsx, React.lazy): this line shows while a page's code arrives. */}
        <Suspense fallback={<LoadingMessage text="Đang tải trang…" />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <div className="container">ThiĐua CCHC — thi đua chuyên đề về cải cách hành chính</div>
      </footer>
    </>
  );
}
