import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { emailSchema, type RegisterRequest } from '../../core/accounts';
import type { MessageKey } from '../../core/i18n';
import { checkPassword, passwordRules } from '../../core/password';
import { api, ApiError } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { errorMessage } from './errors';

type Errors = Partial<Record<'email' | 'password' | 'displayName', string>>;

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
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const validate = (): Errors => {
    const found: Errors = {};
    if (form.displayName.trim() === '') found.displayName = t('form.required');
    if (form.email.trim() === '') found.email = t('form.required');
    else if (!emailSchema.safeParse(form.email).success) found.email = t('form.invalidEmail');
    const problem = checkPassword(form.password, {
      email: form.email,
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
      signedIn(await api.register({ ...form, locale }));
      navigate('/');
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
    <Page title={t('signUp.title')} lead={t('signUp.lead')} narrow>
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
          label={t('form.email')}
          type="email"
          name="email"
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          error={errors.email ?? null}
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
