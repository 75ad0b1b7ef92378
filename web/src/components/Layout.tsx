import { NavLink, Outlet } from 'react-router';
import { NAVIGATION } from '../navigation';
import { ROLE_LABELS, useSession, useUser } from '../session';

/** Landmarks (banner, navigation, main, contentinfo) and a skip link on every signed-in page. */
export function Layout() {
  const user = useUser();
  const { signOut } = useSession();
  return (
    <div className="utrecht-page app-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        Direct naar de inhoud
      </a>
      <header className="utrecht-page-header app-header">
        <div className="app-header__inner">
          <p className="app-brand">
            WSP Matching <span className="app-brand__sub">Werkgeversservicepunt Zuid-Holland Centraal</span>
          </p>
          <div className="app-user">
            <span>
              {user.displayName} <span className="app-user__role">({ROLE_LABELS[user.role]})</span>
            </span>
            <button type="button" className="utrecht-button utrecht-button--subtle-action" onClick={() => signOut('U bent uitgelogd.')}>
              Uitloggen
            </button>
          </div>
        </div>
        <nav aria-label="Hoofdmenu" className="app-nav">
          <ul className="app-nav__list">
            {NAVIGATION[user.role].map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end className={({ isActive }) => `app-nav__link${isActive ? ' app-nav__link--current' : ''}`}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhoud" className="utrecht-page-content app-main">
        <Outlet />
      </main>
      <footer className="utrecht-page-footer app-footer">
        <p className="utrecht-paragraph utrecht-paragraph--small">
          Werkgeversservicepunt: gemeenten en UWV samen voor werkgevers. Persoonsgegevens alleen voor het werk dat u ermee doet.
        </p>
      </footer>
    </div>
  );
}
