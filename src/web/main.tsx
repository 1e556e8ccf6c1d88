import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider, prepareI18n } from './i18n';
import { SessionProvider } from './session';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
const container = root;
// The first paint waits for the messages of the person's language (one small chunk, preloaded
// with the page for English), so that it never shows a key instead of words.
void prepareI18n().then(() => {
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
