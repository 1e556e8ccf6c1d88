/** Form parts of the profile editor: code groups, selects, time zones, the preview card. */
import { useId, type ReactNode } from 'react';
import { type PublicProfileView } from '../../core/directory';
import type { Locale } from '../../core/i18n';
import { codeLabel, type LabelKind } from '../../core/matching';
import { describedByFor, FieldNotes } from '../components/Field';
import { ProfileFacts, VerifiedBadge } from '../directory/parts';
import { useI18n } from '../i18n';
import { toggle } from './draft';
import { TherapistPhoto } from './Photo';

export const capitalise = (label: string, locale: Locale) =>
  label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);

export function CodeGroup({
  legend,
  hint,
  kind,
  codes,
  chosen,
  error,
  onChange,
}: {
  legend: string;
  hint?: string;
  kind: LabelKind;
  codes: readonly string[];
  chosen: string[];
  error?: string | null;
  onChange: (next: string[]) => void;
}) {
  const { locale } = useI18n();
  const id = useId();
  const sorted = codes
    .map((code) => ({ code, label: codeLabel(kind, code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const describedBy = describedByFor(id, hint, error);
  return (
    <fieldset className="choices code-checks" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="code-checks__grid">
        {sorted.map(({ code, label }) => (
          <label key={code} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(code)}
              onChange={(event) => onChange(toggle(chosen, code, event.target.checked))}
            />
            <span>{capitalise(label, locale)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SelectField({
  label,
  hint,
  error,
  value,
  onChange,
  children,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  const describedBy = describedByFor(id, hint, error);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}

/** The IANA zones this browser knows, or null when it cannot list them. */
export function timeZones(): string[] | null {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    return typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : null;
  } catch {
    return null;
  }
}

/** The card as the directory shows it, with the bio as the therapist's page shows it. */
export function PreviewCard({ profile }: { profile: PublicProfileView }) {
  return (
    <article className="card therapist-card profile-preview__card">
      <div className="therapist-card__head">
        <TherapistPhoto profile={profile} size="card" />
        <h3 className="therapist-card__name">{profile.displayName}</h3>
        <VerifiedBadge verified={profile.verified} />
      </div>
      {profile.bio ? <p className="bio">{profile.bio}</p> : null}
      <ProfileFacts profile={profile} />
    </article>
  );
}
