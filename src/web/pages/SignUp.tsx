import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { emailSchema, type RegisterRequest } from '../../core/accounts';
import { api } from '../api';
import {
  AccountFields,
  checkAccountValues,
  useAccountSubmit,
  type AccountErrors,
} from '../components/AccountFields';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { useI18n } from '../i18n';
import { useSession } from '../session';

type Errors = AccountErrors<'email'>;

export function SignUp() {
  const { t, locale } = useI18n();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const [form, setForm] = useState({
    email: '',
    password: '',
    displayName: '',
    role: 'client' as RegisterRequest['role'],
  });

  const validate = (): Errors => {
    const found: Errors = checkAccountValues(form, form.email, t);
    if (form.email.trim() === '') found.email = t('form.required');
    else if (!emailSchema.safeParse(form.email).success) found.email = t('form.invalidEmail');
    return found;
  };

  const { errors, error, busy, submit } = useAccountSubmit(validate, async () => {
    signedIn(await api.register({ ...form, locale }));
    navigate('/');
  });

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((previous) => ({ ...previous, [key]: event.target.value }));

  return (
    <Page title={t('signUp.title')} lead={t('signUp.lead')} narrow>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <AccountFields values={form} errors={errors} onChange={set}>
          <Field
            label={t('form.email')}
            type="email"
            name="email"
            autoComplete="email"
            value={form.email}
            onChange={set('email')}
            error={errors.email ?? null}
            required
          />
        </AccountFields>
        <fieldset className="choices">
          <legend>{t('form.role')}</legend>
          {(['client', 'therapist'] as const).map((role) => (
            <label key={role} className="choice">
              <input
                type="radio"
                name="role"
                value={role}
                checked={form.role === role}
                onChange={set('role')}
              />
              <span>{t(role === 'client' ? 'form.roleClient' : 'form.roleTherapist')}</span>
            </label>
          ))}
        </fieldset>
        <p className="note">{t('signUp.privacy')}</p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.working') : t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link href="/sign-in">{t('shell.signIn')}</Link>
      </p>
    </Page>
  );
}
