import { lazy, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { accountsApi } from '../accounts-api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { ApiError } from '../http';
import { useI18n, withAllMessages } from '../i18n';
import { useSession } from '../session';
import { errorMessage } from './errors';

// Only accounts with a second factor see these steps: they load when the password is right.
const SecondStep = lazy(
  withAllMessages(() => import('./SignInSecondStep').then((m) => ({ default: m.SecondStep }))),
);
const EnrolStep = lazy(
  withAllMessages(() => import('./SignInSecondStep').then((m) => ({ default: m.EnrolStep }))),
);

export function SignIn() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<'password' | 'code' | 'enrol'>('password');
  const startOver = (message: string | null) => {
    setPassword('');
    setStep('password');
    setError(message);
  };

  if (step === 'code')
    return (
      <SecondStep
        onDone={(session) => {
          signedIn(session);
          navigate('/');
        }}
        onStartOver={startOver}
      />
    );
  if (step === 'enrol')
    return (
      <EnrolStep
        onDone={(session) => {
          signedIn(session);
          navigate('/');
        }}
        onStartOver={startOver}
      />
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { email: email.trim() === '', password: password === '' };
    setMissing(nowMissing);
    if (nowMissing.email || nowMissing.password) {
      setError(t('form.fixErrors'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      signedIn(await accountsApi.login({ email, password }));
      navigate('/');
    } catch (caught) {
      // The password was right; a second step is owed (a code, or setting up an app).
      if (caught instanceof ApiError && caught.code === 'totp_required') setStep('code');
      else if (caught instanceof ApiError && caught.code === 'totp_enrolment_required')
        setStep('enrol');
      else setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('signIn.title')} narrow>
      {search.get('signedOut') ? <Alert kind="success">{t('signOut.done')}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <Field
          label={t('form.email')}
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={missing.email ? t('form.required') : null}
          required
        />
        <Field
          label={t('form.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={missing.password ? t('form.required') : null}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.working') : t('signIn.submit')}
        </button>
      </form>
      <p>
        {t('signIn.noAccount')} <Link href="/sign-up">{t('shell.signUp')}</Link>
      </p>
    </Page>
  );
}
