import { Link, NavLink } from "@remix-run/react";
import { SignOutForm } from "./SignOutForms";
import type { ReactNode } from "react";
import { TripodMark } from "./TripodMark";

export type NavItem = { to: string; label: string };
export type HeaderUser = { name: string; role: string; unreadNotifications: number } | null;

/** Header, main landmark and footer shared by every page. */
export function SiteLayout({ nav, user, children }: { nav: NavItem[]; user: HeaderUser; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container">
          <Link to="/" className="brand">
            <TripodMark />
            Tripod
          </Link>
          <nav className="site-nav" aria-label="Main">
            <ul>
              {user ? (
                <>
                  <li>{user.role !== "participant" ? <NavLink to="/facilitate">Facilitate</NavLink> : <NavLink to="/learn">My course</NavLink>}</li>
                  <li>
                    <NotificationsLink count={user.unreadNotifications} />
                  </li>
                  <li>
                    <NavLink to="/settings">Settings</NavLink>
                  </li>
                  <li>
                    <SignOutForm className="link-button" />
                  </li>
                </>
              ) : (
                <>
                  {nav.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to}>{item.label}</NavLink>
                    </li>
                  ))}
                  <li>
                    <NavLink to="/login">Sign in</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </div>
        <div className="pillar-rule" aria-hidden="true">
          <span />
          <span />
          <span />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Tripod: thirty days of engineering leadership across Product, Process and People.</p>
          <p>
            <Link to="/">Home</Link> · <Link to="/course">The course</Link> · <Link to="/status">Status</Link>
          </p>
        </div>
      </footer>
    </>
  );
}

/**
 * The way to what is new: replies, reactions, feedback and announcements. Its name says the
 * count ("Notifications, 3 new"), and holds the visible words ("Notifications 3"); the badge shows it.
 */
function NotificationsLink({ count }: { count: number }) {
  return (
    <NavLink to="/notifications" className="nav-notifications" aria-label={count > 0 ? `Notifications, ${count} new` : undefined}>
      Notifications
      {count > 0 ? " " : null}
      {count > 0 ? (
        <span className="nav-badge" aria-hidden="true">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </NavLink>
  );
}
