import { Outlet } from 'react-router';
import { Header } from './Header';
import { SkipLink } from './SkipLink';

/** Page frame without navigation (login). */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <Header />
      <main id="main-content" className="container main main--narrow" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
