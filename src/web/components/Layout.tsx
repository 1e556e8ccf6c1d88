/** The shell around every page: skip link, header with navigation and language, footer. */
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { Role } from '../../core/accounts';
import { locales, type Locale, type MessageKey } from '../../core/i18n';
import { accountsApi } from '../accounts-api';
import { BrandMark } from './Brand';
import { useI18n } from '../i18n';
import { useSession } from '../session';

interface NavItem {
  key: MessageKey;
  href?: string;
}

function navFor(role: Role | undefined): NavItem[] {
  switch (role) {
    case 'client':
      return [
        { key: 'shell.home', href: '/' },
        { key: 'nav.myTherapy', href: '/my-therapy' },
        { key: 'nav.directory', href: '/therapists' },
        { key: 'nav.consultations', href: '/consultations' },
        { key: 'nav.compare', href: '/compare' },
        { key: 'nav.concern', href: '/concern' },
        { key: 'nav.myData', href: '/my-data' },
        { key: 'shell.account', href: '/account' },
      ];
    case 'therapist':
      return [
        { key: 'shell.home', href: '/' },
        { key: 'nav.caseload', href: '/caseload' },
        { key: 'nav.myFigures', href: '/my-figures' },
        { key: 'nav.profile', href: '/profile' },
        { key: 'nav.handovers', href: '/handovers/received' },
        { key: 'nav.supervision', href: '/supervision' },
        { key: 'shell.account', href: '/account' },
      ];
    case 'admin':
      return [
        { key: 'shell.home', href: '/' },
        // The rest of the clinic (questionnaires, supervision, reported concerns) is one tap
        // away on /admin, so the nav stays short on a phone.
        { key: 'nav.clinic', href: '/admin' },
        { key: 'nav.therapists', href: '/admin/therapists' },
        { key: 'nav.settings', href: '/admin/settings' },
        { key: 'nav.figures', href: '/admin/figures' },
        { key: 'nav.audit', href: '/admin/audit' },
        { key: 'shell.account', href: '/account' },
      ];
    case undefined:
      return [
        { key: 'shell.home', href: '/' },
        { key: 'nav.directory', href: '/therapists' },
        { key: 'shell.signIn', href: '/sign-in' },
        { key: 'shell.signUp', href: '/sign-up' },
      ];
  }
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, locale, choice, setChoice } = useI18n();
  const { user, signOut, updated } = useSession();
  const [location, navigate] = useLocation();

  const changeLanguage = (value: string) => {
    const next = value === '' ? null : (value as Locale);
    setChoice(next);
    if (user) {
      void accountsApi
        .updateMe({ locale: next })
        .then(updated)
        .catch(() => undefined);
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link href="/" className="brand">
            <BrandMark />
            <span>{t('app.name')}</span>
          </Link>
          <div className="header__tools">
            <label className="visually-hidden" htmlFor="language">
              {t('shell.language')}
            </label>
            <select
              id="language"
              value={choice ?? ''}
              onChange={(event) => changeLanguage(event.target.value)}
            >
              <option value="">{`${t('account.languageBrowser')} (${t(`language.${locale}`)})`}</option>
              {locales.map((code) => (
                <option key={code} value={code} lang={code}>
                  {t(`language.${code}`)}
                </option>
              ))}
            </select>
            {user ? (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  void signOut().then(() => navigate('/sign-in?signedOut=1'));
                }}
              >
                {t('shell.signOut')}
              </button>
            ) : null}
          </div>
        </div>
        <nav aria-label={t('shell.mainNav')} className="nav">
          <ul>
            {navFor(user?.role).map((item) => (
              <li key={item.key}>
                {item.href ? (
                  <Link href={item.href} aria-current={location === item.href ? 'page' : undefined}>
                    {t(item.key)}
                  </Link>
                ) : (
                  <span className="nav__soon" aria-disabled="true">
                    {t(item.key)} <small>({t('shell.comingSoon')})</small>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>{t('shell.footer')}</p>
        {user ? (
          <p className="footer__who">{t('shell.signedInAs', { name: user.displayName })}</p>
        ) : null}
      </footer>
    </>
  );
}
