/** A labelled form field with an optional hint and an error, wired for screen readers. */
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** The ids that describe a control: its hint and its error when shown, then any others. */
export function describedByFor(
  id: string,
  hint: unknown,
  error: unknown,
  ...more: string[]
): string | undefined {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...more].filter(Boolean).join(' ') ||
    undefined
  );
}

/** The hint and the error under a label or legend, with the ids describedByFor names. */
export function FieldNotes({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: ReactNode;
}) {
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | null;
}

export function Field({ label, hint, error, ...input }: FieldProps) {
  const id = useId();
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByFor(id, hint, error)}
        {...input}
      />
    </div>
  );
}
