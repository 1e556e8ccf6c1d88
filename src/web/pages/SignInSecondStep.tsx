/**
 * The second step of signing in: a code from the authenticator app (or a recovery code), or —
 * when the clinic requires it — setting up an app first. The pending step lives in an HttpOnly
 * cookie for a few minutes; when it has ended, the person starts again from the password.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionView } from '../../core/accounts';
import type { TotpEnrolmentView } from '../../core/totp';
import { ApiError } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { useI18n } from '../i18n';
import { CodeField, RecoveryCodesPanel, TotpEnrolForm } from '../security/totp';
import { securityApi } from '../security-api';
import { errorMessage } from './errors';

interface StepProps {
  onDone: (session: SessionView) => void;
  /** Back to the password, with why (the step expired), or null. */
  onStartOver: (message: string | null) => void;
}

const restartCodes = new Set(['login_step_expired', 'too_many_attempts']);

export function SecondStep({ onDone, onStartOver }: StepProps) {
  const { t } = useI18n();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lead = useRef<HTMLParagraphElement>(null);
  useEffect(() => lead.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = useRecovery ? value.trim() : value.replace(/\s+/g, '');
    if (useRecovery ? clean.length < 12 : !/^\d{6}$/.test(clean)) {
      setError(t('form.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(
        await securityApi.loginSecondFactor(
          useRecovery ? { recoveryCode: clean } : { code: clean },
        ),
      );
    } catch (caught) {
      if (caught instanceof ApiError && restartCodes.has(caught.code))
        onStartOver(errorMessage(caught, t));
      else setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('signIn.second.title')} narrow>
      <p ref={lead} tabIndex={-1}>
        {t('signIn.second.lead')}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        {useRecovery ? (
          <Field
            label={t('signIn.second.recovery')}
            hint={t('signIn.second.recoveryHint')}
            name="recovery-code"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={40}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={error}
            required
          />
        ) : (
          <CodeField value={value} onChange={setValue} error={error} />
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.working') : t('signIn.second.submit')}
        </button>
      </form>
      <p className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setValue('');
            setError(null);
          }}
        >
          {useRecovery ? t('signIn.second.useCode') : t('signIn.second.useRecovery')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onStartOver(null)}
        >
          {t('signIn.second.startOver')}
        </button>
      </p>
    </Page>
  );
}

export function EnrolStep({ onDone, onStartOver }: StepProps) {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<TotpEnrolmentView | null>(null);
  const [finished, setFinished] = useState<{ session: SessionView; codes: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Set up once per visit to this step, whatever the parent re-renders.
  const startOver = useRef(onStartOver);
  const translate = useRef(t);

  useEffect(() => {
    let cancelled = false;
    securityApi
      .loginTotpSetup()
      .then((value) => {
        if (!cancelled) setEnrolment(value);
      })
      .catch((caught: unknown) => {
        if (cancelled) return;
        if (caught instanceof ApiError && restartCodes.has(caught.code))
          startOver.current(errorMessage(caught, translate.current));
        else setError(errorMessage(caught, translate.current));
      });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Page title={t('signIn.enrol.title')} narrow>
      <p>{t('signIn.enrol.lead')}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {finished ? (
        <RecoveryCodesPanel
          codes={finished.codes}
          doneLabel={t('signIn.enrol.continue')}
          onDone={() => onDone(finished.session)}
        />
      ) : enrolment ? (
        <TotpEnrolForm
          enrolment={enrolment}
          confirm={async (code) => {
            try {
              const { recoveryCodes, ...session } = await securityApi.loginTotpSetupConfirm(code);
              setFinished({ session, codes: recoveryCodes });
            } catch (caught) {
              if (caught instanceof ApiError && restartCodes.has(caught.code))
                onStartOver(errorMessage(caught, t));
              else throw caught;
            }
          }}
          onCancel={() => onStartOver(null)}
        />
      ) : (
        <p role="status">{t('shell.loading')}</p>
      )}
    </Page>
  );
}
