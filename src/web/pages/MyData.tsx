/** "Your data": who saw it, hand-overs, downloads (FHIR, CSV), and deleting the account. */
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { useI18n } from '../i18n';
import { exportUrl, myDataApi } from '../my-data-api';
import { useSession } from '../session';
import { errorMessage } from './errors';

export function MyData() {
  const { t } = useI18n();
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const phrase = t('myData.deletePhrase');
  const phraseOk = typed.trim().toLowerCase() === phrase.toLowerCase();

  const erase = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (password === '' || !phraseOk) {
      setError(t('form.fixErrors'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await myDataApi.eraseMe(password);
      navigate('/account-deleted');
      // The server has ended the session already; this forgets it in the page too.
      await signOut().catch(() => undefined);
    } catch (caught) {
      setError(errorMessage(caught, t));
      setBusy(false);
    }
  };

  return (
    <Page title={t('myData.title')} lead={t('myData.lead')} narrow>
      <ul className="link-list">
        <li>
          <Link href="/my-data/access">{t('myData.whoSawLink')}</Link>
        </li>
        <li>
          <Link href="/handovers">{t('myData.handoversLink')}</Link>
        </li>
      </ul>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('myData.exportHeading')}</h2>
        <p>{t('myData.exportLead')}</p>
        <ul className="link-list">
          <li>
            <a href={exportUrl('fhir')} download>
              {t('myData.exportFhir')}
            </a>
            <p className="field__hint">{t('myData.exportFhirHint')}</p>
          </li>
          <li>
            <a href={exportUrl('csv')} download>
              {t('myData.exportCsv')}
            </a>
            <p className="field__hint">{t('myData.exportCsvHint')}</p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('myData.deleteHeading')}</h2>
        <p>{t('myData.deleteWhat')}</p>
        <p>{t('myData.deleteKeeps')}</p>
        <p>
          <strong>{t('myData.deleteCannotUndo')}</strong>
        </p>
        {error ? <Alert kind="error">{error}</Alert> : null}
        <form className="form" onSubmit={(event) => void erase(event)} noValidate>
          <Field
            label={t('myData.deletePassword')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={tried && password === '' ? t('form.required') : null}
          />
          <Field
            label={t('myData.deleteConfirm', { phrase })}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setTyped(event.target.value)}
            error={tried && !phraseOk ? t('form.required') : null}
          />
          <button className="button button--danger" type="submit" disabled={busy}>
            {busy ? t('form.working') : t('myData.deleteButton')}
          </button>
        </form>
      </section>
    </Page>
  );
}

/** Shown once, after the account is gone (public: the session has ended). */
export function AccountDeleted() {
  const { t } = useI18n();
  return (
    <Page title={t('myData.deletedTitle')} narrow>
      <p>{t('myData.deleted')}</p>
    </Page>
  );
}
