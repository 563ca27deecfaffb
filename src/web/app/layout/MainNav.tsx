import { useEffect, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useSession } from '../auth/SessionContext';
import { NAV_ITEMS } from './navItems';

/**
 * The main navigation by ability. On narrow screens it collapses behind a "Danh mục" button
 * (aria-expanded); on wide screens the button is hidden and the links always show.
 */
export function MainNav() {
  const { can, session } = useSession();
  const [open, setOpen] = useState(false);
  const location = useLocation();

  // Close the menu after navigating, so the new page is visible on a phone.
  useEffect(() => setOpen(false), [location.pathname]);

  const mustChange = session?.user.mustChangePassword ?? false;
  const items = NAV_ITEMS.filter((item) => (!item.ability || can(item.ability)) && (!mustChange || item.to === '/doi-mat-khau'));

  return (
    <nav className="main-nav" aria-label="Điều hướng chính" data-open={open ? 'true' : 'false'}>
      <div className="container main-nav__inner">
        <button
          type="button"
          className="main-nav__toggle"
          aria-expanded={open}
          aria-controls="main-nav-list"
          onClick={() => setOpen((v) => !v)}
        >
          <span className="main-nav__toggle-icon" aria-hidden="true" />
          Danh mục
        </button>
        <ul className="main-nav__list" id="main-nav-list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'} className="main-nav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
