/**
 * Pieces shared by the directory, the questionnaire and the therapist page: codes as words in the
 * reader's language, the facts of a profile, the verified badge, and times in the viewer's zone.
 */
import type { PublicProfileView } from '../../core/directory';
import type { Locale, MessageKey } from '../../core/i18n';
import { codeLabel, type LabelKind } from '../../core/matching';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The viewer's IANA time zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Codes as a sentence-like list of words ("anxiety, depression and grief"). */
export function codeWords(kind: LabelKind, codes: readonly string[], locale: Locale): string {
  const words = codes.map((code) => codeLabel(kind, code, locale));
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(words);
}

/** `<option>`s for a code list, in the reader's alphabetical order. */
export function codeOptions(kind: LabelKind, codes: readonly string[], locale: Locale) {
  return codes
    .map((code) => ({ code, label: codeLabel(kind, code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale))
    .map(({ code, label }) => (
      <option key={code} value={code}>
        {label.charAt(0).toLocaleUpperCase(locale) + label.slice(1)}
      </option>
    ));
}

export function feeText(profile: PublicProfileView, locale: Locale, t: T): string {
  const n = (value: number) => formatNumber(value, locale);
  const { feeMin, feeMax } = profile;
  const range =
    feeMin !== null && feeMax !== null && feeMin !== feeMax
      ? t('dir.fees.range', { min: n(feeMin), max: n(feeMax) })
      : feeMin !== null
        ? t('dir.fees.from', { min: n(feeMin) })
        : feeMax !== null
          ? t('dir.fees.upTo', { max: n(feeMax) })
          : t('dir.notStated');
  return profile.slidingScale ? `${range} · ${t('dir.fees.slidingScale')}` : range;
}

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useI18n();
  return verified ? (
    <span className="tag tag--info">
      <span aria-hidden="true">✓</span> {t('dir.verified')}
    </span>
  ) : (
    <span className="tag tag--quiet">{t('dir.notVerified')}</span>
  );
}

/** What a therapist offers, as a definition list (labels and words, never bare codes). */
export function ProfileFacts({ profile }: { profile: PublicProfileView }) {
  const { t, locale } = useI18n();
  const words = (kind: LabelKind, codes: readonly string[]) =>
    codes.length > 0 ? codeWords(kind, codes, locale) : t('dir.notStated');
  return (
    <dl className="facts">
      <dt>{t('dir.fact.approaches')}</dt>
      <dd>{words('approach', profile.approaches)}</dd>
      <dt>{t('dir.fact.concerns')}</dt>
      <dd>{words('concern', profile.concerns)}</dd>
      <dt>{t('dir.fact.languages')}</dt>
      <dd>{words('spokenLanguage', profile.languages)}</dd>
      <dt>{t('dir.fact.modes')}</dt>
      <dd>{words('mode', profile.modes)}</dd>
      <dt>{t('dir.fact.region')}</dt>
      <dd>{profile.region ?? t('dir.notStated')}</dd>
      <dt>{t('dir.fact.fees')}</dt>
      <dd>{feeText(profile, locale, t)}</dd>
      <dt>{t('dir.fact.next')}</dt>
      <dd>
        {profile.nextConsultationAt
          ? formatDateTime(profile.nextConsultationAt, locale)
          : t('dir.noConsultation')}
      </dd>
    </dl>
  );
}
