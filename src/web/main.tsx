import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setApiLanguage } from './http';
import { startFirstRequests } from './first-requests';
import { I18nProvider, initialLocale, loadAllMessagesWhenIdle, prepareI18n } from './i18n';
import { SessionProvider } from './session';
import './styles.css';

// A page left open across an upgrade asks for chunks of the old build, which the server no longer
// has (404): load the page again, from the new build. At most once a minute, so that a server
// that really is missing a file cannot make the page reload forever.
window.addEventListener('vite:preloadError', (event) => {
  const key = 'rapport.reloadedForNewBuild';
  try {
    if (Date.now() - Number(sessionStorage.getItem(key) ?? 0) < 60_000) return;
    sessionStorage.setItem(key, String(Date.now()));
  } catch {
    return; // Without storage there is no way to tell a second failure from the first.
  }
  event.preventDefault();
  window.location.reload();
});

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
const container = root;

// Everything the first page needs is asked for at once: the first pages' messages of the person's
// language (English's are preloaded with the page), who is signed in and, on a check-in link, its
// questions. The first paint waits for the messages only, so it never shows a key instead of
// words; the rest of the messages follow once the page is idle.
const locale = initialLocale();
setApiLanguage(locale);
startFirstRequests(window.location.pathname);
void prepareI18n(locale).then(() => {
  const root = createRoot(container);
  startTransition(() =>
    root.render(
      <StrictMode>
        <I18nProvider>
          <SessionProvider>
            <App />
          </SessionProvider>
        </I18nProvider>
      </StrictMode>,
    ),
  );
  loadAllMessagesWhenIdle();
});
