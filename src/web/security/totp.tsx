/**
 * The authenticator app in the web app: setting it up (QR code, key to type, first code), the
 * recovery codes shown once, and the account page's section to turn it on or off.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TotpEnrolmentView, TotpStatusView } from '../../core/totp';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { securityApi } from '../security-api';

/** Six digits, as typed (spaces allowed); null while it is not yet a whole code. */
function cleanCode(value: string): string | null {
  const digits = value.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

export function CodeField({
  value,
  onChange,
  error,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  label?: string;
}) {
  const { t } = useI18n();
  return (
    <Field
      label={label ?? t('totp.code')}
      hint={t('totp.codeHint')}
      name="one-time-code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9 ]*"
      maxLength={8}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      required
    />
  );
}

/** Scan, then confirm with a first code. `confirm` returns the recovery codes. */
export function TotpEnrolForm({
  enrolment,
  confirm,
  onCancel,
}: {
  enrolment: TotpEnrolmentView;
  confirm: (code: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanCode(code);
    if (!clean) {
      setError(t('form.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await confirm(clean);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('totp.scan')}</p>
      <img
        className="totp__qr"
        src={enrolment.qrCode}
        alt={t('totp.qrAlt')}
        width={200}
        height={200}
      />
      <p>
        {t('totp.manual')} <code className="totp__secret">{enrolment.secret}</code>
      </p>
      <CodeField value={code} onChange={setCode} error={error} />
      <div className="actions">
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('form.working') : t('totp.confirm')}
        </button>
        {onCancel ? (
          <button className="button button--secondary" type="button" onClick={onCancel}>
            {t('totp.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The recovery codes, shown once; focus moves here so a screen reader announces them. */
export function RecoveryCodesPanel({
  codes,
  onDone,
  doneLabel,
}: {
  codes: string[];
  onDone: () => void;
  doneLabel?: string;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="totp__codes" aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading" ref={heading} tabIndex={-1}>
        {t('totp.recoveryHeading')}
      </h2>
      <p>{t('totp.recoveryIntro')}</p>
      <ul className="totp__code-list" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button className="button" type="button" onClick={onDone}>
        {doneLabel ?? t('totp.recoveryDone')}
      </button>
    </section>
  );
}

type Mode =
  | { kind: 'idle' }
  | { kind: 'enrolling'; enrolment: TotpEnrolmentView }
  | { kind: 'codes'; codes: string[] };

/** The account page's section: status, set up, turn off, new recovery codes. */
export function TotpSection() {
  const { t } = useI18n();
  const [status, setStatus] = useState<TotpStatusView | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = () =>
    securityApi
      .totpStatus()
      .then(setStatus)
      .catch((caught: unknown) => setMessage({ kind: 'error', text: errorMessage(caught, t) }));
  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const start = async () => {
    setBusy(true);
    setMessage(null);
    try {
      setMode({ kind: 'enrolling', enrolment: await securityApi.totpStart() });
    } catch (caught) {
      setMessage({ kind: 'error', text: errorMessage(caught, t) });
    } finally {
      setBusy(false);
    }
  };

  const withCode = async (action: 'disable' | 'renew') => {
    const clean = cleanCode(code);
    if (!clean) {
      setCodeError(t('form.required'));
      return;
    }
    setBusy(true);
    setCodeError(null);
    setMessage(null);
    try {
      if (action === 'disable') {
        await securityApi.totpDisable({ code: clean });
        setMessage({ kind: 'success', text: t('totp.disabled') });
      } else {
        const { recoveryCodes } = await securityApi.totpRenewCodes({ code: clean });
        setMode({ kind: 'codes', codes: recoveryCodes });
      }
      setCode('');
      await reload();
    } catch (caught) {
      setCodeError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="totp" aria-labelledby="totp-heading">
      <h2 id="totp-heading">{t('totp.heading')}</h2>
      <p>{t('totp.intro')}</p>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {status?.required ? <p>{t('totp.required')}</p> : null}
      {status ? (
        <p>
          <strong>{status.enabled ? t('totp.statusOn') : t('totp.statusOff')}</strong>
          {status.enabled ? ` ${t('totp.codesLeft', { count: status.recoveryCodesLeft })}` : ''}
        </p>
      ) : null}
      {mode.kind === 'enrolling' ? (
        <TotpEnrolForm
          enrolment={mode.enrolment}
          confirm={async (first) => {
            const { recoveryCodes } = await securityApi.totpConfirm(first);
            setMode({ kind: 'codes', codes: recoveryCodes });
            setMessage({ kind: 'success', text: t('totp.enabled') });
            await reload();
          }}
          onCancel={() => setMode({ kind: 'idle' })}
        />
      ) : mode.kind === 'codes' ? (
        <RecoveryCodesPanel codes={mode.codes} onDone={() => setMode({ kind: 'idle' })} />
      ) : status && !status.enabled ? (
        <button className="button" type="button" onClick={() => void start()} disabled={busy}>
          {t('totp.start')}
        </button>
      ) : status?.enabled ? (
        <form className="form" onSubmit={(event) => event.preventDefault()} noValidate>
          <h3>{t('totp.disableHeading')}</h3>
          <p>{t('totp.disableHint')}</p>
          <CodeField value={code} onChange={setCode} error={codeError} />
          <div className="actions">
            <button
              className="button button--secondary"
              type="button"
              disabled={busy}
              onClick={() => void withCode('disable')}
            >
              {t('totp.disable')}
            </button>
            <button
              className="button button--secondary"
              type="button"
              disabled={busy}
              onClick={() => void withCode('renew')}
            >
              {t('totp.newCodes')}
            </button>
          </div>
          <p className="field__hint">{t('totp.newCodesHint')}</p>
        </form>
      ) : null}
    </section>
  );
}
