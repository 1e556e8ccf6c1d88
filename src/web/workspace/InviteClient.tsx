/** Invite a client by e-mail: the next step on an empty caseload, and always at hand below it. */
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';

export function InviteClient({ onInvited }: { onInvited: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    setDone(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      setFieldError(value === '' ? t('form.required') : t('form.invalidEmail'));
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      const engagement = await api.inviteClient(value);
      setDone(t('ws.invite.done', { name: engagement.client.displayName }));
      setEmail('');
      setError(null);
      onInvited();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('ws.invite.title')}</h2>
      <p className="note">{t('ws.invite.body')}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {done ? <Alert kind="success">{done}</Alert> : null}
      <form className="form form--inline" onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('ws.invite.email')}
          type="email"
          autoComplete="off"
          value={email}
          error={fieldError}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.working') : t('ws.invite.submit')}
        </button>
      </form>
    </section>
  );
}
