/** The person's own account: name and language, and two-step sign-in. */
import { useState, type FormEvent } from 'react';
import type { UserView } from '../../core/accounts';
import { locales, type Locale } from '../../core/i18n';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { TotpSection } from '../security/totp';
import { errorMessage } from './errors';

export function Account({ user }: { user: UserView }) {
  const { t, locale, setChoice } = useI18n();
  const { updated } = useSession();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [language, setLanguage] = useState<string>(user.locale ?? '');
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (displayName.trim() === '') {
      setStatus({ kind: 'error', text: t('form.fixErrors') });
      return;
    }
    setBusy(true);
    try {
      const next = language === '' ? null : (language as Locale);
      const saved = await api.updateMe({ displayName, locale: next });
      updated(saved);
      setChoice(next);
      setStatus({ kind: 'success', text: t('form.saved') });
    } catch (caught) {
      setStatus({ kind: 'error', text: errorMessage(caught, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('account.title')} narrow>
      {status ? <Alert kind={status.kind}>{status.text}</Alert> : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('form.displayName')}
          hint={t('form.displayNameHint')}
          value={displayName}
          maxLength={80}
          onChange={(event) => setDisplayName(event.target.value)}
          error={displayName.trim() === '' ? t('form.required') : null}
        />
        <div className="field">
          <label htmlFor="account-language">{t('shell.language')}</label>
          <p className="field__hint" id="account-language-hint">
            {t('account.languageHint')}
          </p>
          <select
            id="account-language"
            aria-describedby="account-language-hint"
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
          >
            <option value="">{`${t('account.languageBrowser')} (${t(`language.${locale}`)})`}</option>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('form.working') : t('form.save')}
        </button>
      </form>
      <h2>{t('account.details')}</h2>
      <dl className="details">
        <dt>{t('form.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd>{t(`role.${user.role}`)}</dd>
        <dt>{t('account.memberSince')}</dt>
        <dd>{new Date(user.createdAt).toLocaleDateString(locale, { dateStyle: 'long' })}</dd>
      </dl>
      <TotpSection />
    </Page>
  );
}
