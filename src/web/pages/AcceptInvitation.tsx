/**
 * The invitee's page (/invitations/:token, public): what the invitation is for, then a name and a
 * password (the same rules as signing up, checked as they type them) to become a therapist of
 * the clinic, signed in, on their caseload.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { MessageKey } from '../../core/i18n';
import { checkPassword, passwordRules } from '../../core/password';
import { adminApi } from '../admin-api';
import { ApiError } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { formatDate } from '../format';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

type Errors = Partial<Record<'displayName' | 'password', string>>;

export function AcceptInvitation({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const load = useCallback(() => adminApi.previewInvitation(token), [token]);
  const preview = useResource(load);
  const [form, setForm] = useState({ displayName: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (preview.error) {
    const unknown =
      preview.error instanceof ApiError &&
      (preview.error.code === 'not_found' || preview.error.status === 400);
    return (
      <Page title={t('adm.accept.failedTitle')} narrow>
        <Alert kind="error">
          {unknown ? t('adm.accept.notFound') : errorMessage(preview.error, t)}
        </Alert>
        <p>
          {t('adm.accept.haveAccount')} <Link href="/sign-in">{t('shell.signIn')}</Link>
        </p>
      </Page>
    );
  }
  const invitation = preview.data;
  if (!invitation) {
    return (
      <p className="loading" role="status">
        {t('shell.loading')}
      </p>
    );
  }

  const validate = (): Errors => {
    const found: Errors = {};
    if (form.displayName.trim() === '') found.displayName = t('form.required');
    const problem = checkPassword(form.password, {
      email: invitation.email,
      displayName: form.displayName,
    });
    if (form.password === '') found.password = t('form.required');
    else if (problem) {
      found.password = t(`error.${problem.code}` as MessageKey, {
        min: passwordRules.minLength,
        max: passwordRules.maxLength,
      });
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setError(t('form.fixErrors'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      signedIn(
        await adminApi.acceptInvitation(token, {
          displayName: form.displayName.trim(),
          password: form.password,
          locale,
        }),
      );
      navigate('/caseload');
    } catch (caught) {
      if (caught instanceof ApiError && caught.code.startsWith('password_'))
        setErrors({ password: caught.message });
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((previous) => ({ ...previous, [key]: event.target.value }));

  return (
    <Page
      title={t('adm.accept.title', { clinic: invitation.clinicName })}
      lead={t('adm.accept.lead', { clinic: invitation.clinicName, email: invitation.email })}
      narrow
    >
      <p className="note">
        {t('adm.accept.expires', { date: formatDate(invitation.expiresAt, locale) })}
      </p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <Field
          label={t('form.displayName')}
          hint={t('form.displayNameHint')}
          name="displayName"
          autoComplete="name"
          value={form.displayName}
          onChange={set('displayName')}
          error={errors.displayName ?? null}
          maxLength={80}
          required
        />
        <Field
          label={t('form.password')}
          hint={t('form.passwordHint', { min: passwordRules.minLength })}
          type="password"
          name="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          error={errors.password ?? null}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.working') : t('adm.accept.submit')}
        </button>
      </form>
      <p>
        {t('adm.accept.haveAccount')} <Link href="/sign-in">{t('shell.signIn')}</Link>
      </p>
    </Page>
  );
}
