/** A labelled multi-line field with a hint, an error and a characters-left counter. */
import { useId } from 'react';
import { useI18n } from '../i18n';
import { describedByFor, FieldNotes } from './Field';

export function TextArea({
  label,
  hint,
  error,
  value,
  onChange,
  maxLength,
  rows = 4,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number;
}) {
  const { t } = useI18n();
  const id = useId();
  const left = maxLength - [...value].length;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      <textarea
        id={id}
        rows={rows}
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByFor(id, hint, error, `${id}-count`)}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="field__hint field__count" id={`${id}-count`}>
        {t('checkin.charactersLeft', { count: left })}
      </p>
      {/* Announced only near the limit, not on every keystroke. */}
      <p className="visually-hidden" aria-live="polite">
        {left <= Math.min(200, maxLength / 10) ? t('checkin.charactersLeft', { count: left }) : ''}
      </p>
    </div>
  );
}
