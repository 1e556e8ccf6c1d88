/**
 * The name and password of a new account, with the same rules wherever an account is made
 * (signing up, accepting an invitation): the fields, their checks as the person submits, and
 * the submit flow that shows the server's password objection beside the password field.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { MessageKey } from '../../core/i18n';
import { checkPassword, passwordRules } from '../../core/password';
import { ApiError } from '../api';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { Field } from './Field';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface AccountValues {
  displayName: string;
  password: string;
}

export type AccountErrors<K extends string = never> = Partial<
  Record<'displayName' | 'password' | K, string>
>;

/** The name and password problems, in the person's language; the email is for the password rules. */
export function checkAccountValues(
  values: AccountValues,
  email: string,
  t: Translate,
): AccountErrors {
  const found: AccountErrors = {};
  if (values.displayName.trim() === '') found.displayName = t('form.required');
  const problem = checkPassword(values.password, { email, displayName: values.displayName });
  if (values.password === '') found.password = t('form.required');
  else if (problem) {
    found.password = t(`error.${problem.code}` as MessageKey, {
      min: passwordRules.minLength,
      max: passwordRules.maxLength,
    });
  }
  return found;
}

/**
 * The submit flow of an account form: check, say what to fix, send once, and on a refusal put a
 * password objection beside the password field and the message above the form.
 */
export function useAccountSubmit<K extends string>(
  validate: () => AccountErrors<K>,
  send: () => Promise<void>,
) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<AccountErrors<K>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
      await send();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code.startsWith('password_'))
        setErrors({ password: caught.message } as AccountErrors<K>);
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return { errors, error, busy, submit };
}

interface AccountFieldsProps {
  values: AccountValues;
  errors: AccountErrors<string>;
  onChange: (key: keyof AccountValues) => (event: { target: { value: string } }) => void;
  /** Fields that stand between the name and the password (the email when signing up). */
  children?: ReactNode;
}

/** The name field, anything in between, then the new password field. */
export function AccountFields({ values, errors, onChange, children }: AccountFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Field
        label={t('form.displayName')}
        hint={t('form.displayNameHint')}
        name="displayName"
        autoComplete="name"
        value={values.displayName}
        onChange={onChange('displayName')}
        error={errors.displayName ?? null}
        maxLength={80}
        required
      />
      {children}
      <Field
        label={t('form.password')}
        hint={t('form.passwordHint', { min: passwordRules.minLength })}
        type="password"
        name="password"
        autoComplete="new-password"
        value={values.password}
        onChange={onChange('password')}
        error={errors.password ?? null}
        required
      />
    </>
  );
}
