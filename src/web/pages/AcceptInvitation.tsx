/**
 * The invitee's page (/invitations/:token, public): what the invitation is for, then a name and a
 * password (the same rules as signing up, checked as they type them) to become a therapist of
 * the clinic, signed in, on their caseload.
 */
import { useCallback, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { adminApi } from '../admin-api';
import { ApiError } from '../api';
import { AccountFields, checkAccountValues, useAccountSubmit } from '../components/AccountFields';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { formatDate } from '../format';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

export function AcceptInvitation({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const load = useCallback(() => adminApi.previewInvitation(token), [token]);
  const preview = useResource(load);
  const [form, setForm] = useState({ displayName: '', password: '' });
  // The form (and so a submit) only shows once the invitation, and its email, has loaded.
  const { errors, error, busy, submit } = useAccountSubmit(
    () => checkAccountValues(form, preview.data?.email ?? '', t),
    async () => {
      signedIn(
        await adminApi.acceptInvitation(token, {
          displayName: form.displayName.trim(),
          password: form.password,
          locale,
        }),
      );
      navigate('/caseload');
    },
  );

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
        <AccountFields values={form} errors={errors} onChange={set} />
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
