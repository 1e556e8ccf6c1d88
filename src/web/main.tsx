import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setApiLanguage } from './http';
import { startFirstRequests } from './first-requests';
import { I18nProvider, initialLocale, prepareI18n } from './i18n';
import { SessionProvider } from './session';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
const container = root;

// Everything the first page needs is asked for at once: the messages of the person's language
// (English is preloaded with the page), who is signed in and, on a check-in link, its questions.
// The first paint waits for the messages only, so it never shows a key instead of words.
const locale = initialLocale();
setApiLanguage(locale);
startFirstRequests(window.location.pathname);
void prepareI18n(locale).then(() => {
  createRoot(container).render(
    <StrictMode>
      <I18nProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  );
});
