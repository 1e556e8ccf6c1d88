/**
 * The therapist's profile editor (Journeys → Therapist 1): the profile as a plain form, checked
 * with the same schema the server uses, a live preview of the card exactly as clients see it, and
 * the weekly hours offered for free consultations.
 */
import { useCallback, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import {
  availabilityRequest,
  bioMaxLength,
  feeMax as feeLimit,
  therapistProfileRequest,
  type AvailabilityView,
  type MyProfileView,
  type PublicProfileView,
  type TherapistProfileRequest,
} from '../../core/directory';
import type { Locale, MessageKey } from '../../core/i18n';
import {
  ageGroupCodes,
  approachCodes,
  codeLabel,
  concernCodes,
  cultureCodes,
  faithCodes,
  genderCodes,
  languageCodes,
  livedExperienceCodes,
  modeCodes,
  type LabelKind,
} from '../../core/matching';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { TextArea } from '../components/TextArea';
import { codeOptions, ProfileFacts, VerifiedBadge, viewerTimeZone } from '../directory/parts';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

/** The form as typed: numbers stay text until they are checked. */
interface Draft {
  displayName: string;
  bio: string;
  approaches: string[];
  concerns: string[];
  languages: string[];
  modes: string[];
  region: string;
  feeMin: string;
  feeMax: string;
  slidingScale: boolean;
  yearsPractice: string;
  timeZone: string;
  gender: string;
  pronouns: string;
  ageGroup: string;
  lgbtqPositive: boolean;
  neurodiversityAffirming: boolean;
  faith: string[];
  culture: string[];
  livedExperience: string[];
  published: boolean;
}

type FieldName = keyof Draft;

const numberText = (value: number | null) => (value === null ? '' : String(value));

function draftOf(profile: MyProfileView): Draft {
  const c = profile.characteristics;
  return {
    displayName: profile.displayName,
    bio: profile.bio,
    approaches: [...profile.approaches],
    concerns: [...profile.concerns],
    languages: [...profile.languages],
    modes: [...profile.modes],
    region: profile.region ?? '',
    feeMin: numberText(profile.feeMin),
    feeMax: numberText(profile.feeMax),
    slidingScale: profile.slidingScale,
    yearsPractice: numberText(profile.yearsPractice),
    timeZone: profile.timeZone || viewerTimeZone(),
    gender: c.gender ?? '',
    pronouns: c.pronouns ?? '',
    ageGroup: c.ageGroup ?? '',
    lgbtqPositive: c.lgbtqPositive ?? false,
    neurodiversityAffirming: c.neurodiversityAffirming ?? false,
    faith: [...(c.faith ?? [])],
    culture: [...(c.culture ?? [])],
    livedExperience: [...(c.livedExperience ?? [])],
    published: profile.published,
  };
}

const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** The request body; anything the therapist left empty is left out or null. */
function bodyOf(d: Draft): Record<string, unknown> {
  const characteristics: Record<string, unknown> = {};
  if (d.gender) characteristics.gender = d.gender;
  if (d.pronouns.trim()) characteristics.pronouns = d.pronouns.trim();
  if (d.ageGroup) characteristics.ageGroup = d.ageGroup;
  if (d.lgbtqPositive) characteristics.lgbtqPositive = true;
  if (d.neurodiversityAffirming) characteristics.neurodiversityAffirming = true;
  if (d.faith.length) characteristics.faith = d.faith;
  if (d.culture.length) characteristics.culture = d.culture;
  if (d.livedExperience.length) characteristics.livedExperience = d.livedExperience;
  return {
    displayName: d.displayName,
    bio: d.bio,
    approaches: d.approaches,
    concerns: d.concerns,
    languages: d.languages,
    modes: d.modes,
    region: d.region.trim() === '' ? null : d.region,
    feeMin: optionalNumber(d.feeMin),
    feeMax: optionalNumber(d.feeMax),
    slidingScale: d.slidingScale,
    yearsPractice: optionalNumber(d.yearsPractice),
    timeZone: d.timeZone.trim(),
    characteristics,
    published: d.published,
  };
}

const messageFor: Partial<Record<FieldName, MessageKey>> = {
  displayName: 'profile.invalid.displayName',
  bio: 'profile.invalid.bio',
  region: 'profile.invalid.region',
  feeMin: 'profile.invalid.fee',
  feeMax: 'profile.invalid.fee',
  yearsPractice: 'profile.invalid.years',
  timeZone: 'profile.invalid.timeZone',
  pronouns: 'profile.invalid.pronouns',
  published: 'profile.invalid.published',
};

type Errors = Partial<Record<FieldName, MessageKey>>;

function validate(d: Draft): { body: TherapistProfileRequest | null; errors: Errors } {
  const result = therapistProfileRequest.safeParse(bodyOf(d));
  if (result.success) return { body: result.data, errors: {} };
  const errors: Errors = {};
  for (const issue of result.error.issues) {
    const [first, second] = issue.path;
    const name = (first === 'characteristics' ? second : first) as FieldName;
    if (errors[name]) continue;
    if (name === 'feeMax' && issue.code === 'custom') errors.feeMax = 'profile.invalid.feeOrder';
    else errors[name] = messageFor[name] ?? 'profile.invalid.generic';
  }
  return { body: null, errors };
}

/** What clients would see, from the form as it is now (unchecked values shown as typed). */
function previewOf(profile: MyProfileView, d: Draft): PublicProfileView {
  const n = (text: string) => {
    const value = optionalNumber(text);
    return value === null || Number.isNaN(value) ? null : value;
  };
  return {
    ...profile,
    displayName: d.displayName.trim() || profile.displayName,
    bio: d.bio.trim(),
    approaches: d.approaches as PublicProfileView['approaches'],
    concerns: d.concerns as PublicProfileView['concerns'],
    languages: d.languages as PublicProfileView['languages'],
    modes: d.modes as PublicProfileView['modes'],
    region: d.region.trim() || null,
    feeMin: n(d.feeMin),
    feeMax: n(d.feeMax),
    slidingScale: d.slidingScale,
    yearsPractice: n(d.yearsPractice),
    timeZone: d.timeZone,
  };
}

function toggle(list: string[], code: string, on: boolean): string[] {
  return on ? [...list, code] : list.filter((item) => item !== code);
}

const capitalise = (label: string, locale: Locale) =>
  label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);

function CodeGroup({
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
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <fieldset className="choices code-checks" aria-describedby={describedBy}>
      <legend>{legend}</legend>
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

function SelectField({
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
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
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
function timeZones(): string[] | null {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    return typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : null;
  } catch {
    return null;
  }
}

/** The card as the directory shows it, with the bio as the therapist's page shows it. */
function PreviewCard({ profile }: { profile: PublicProfileView }) {
  return (
    <article className="card therapist-card profile-preview__card">
      <div className="therapist-card__head">
        <h3 className="therapist-card__name">{profile.displayName}</h3>
        <VerifiedBadge verified={profile.verified} />
      </div>
      {profile.bio ? <p className="bio">{profile.bio}</p> : null}
      <ProfileFacts profile={profile} />
    </article>
  );
}

function ProfileForm({
  profile,
  onSaved,
}: {
  profile: MyProfileView;
  onSaved: (saved: MyProfileView) => void;
}) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(profile));
  const [errors, setErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZones(), []);
  const preview = previewOf(profile, draft);

  const set = <K extends FieldName>(name: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [name]: value }));
    setSaved(null);
    if (errors[name]) setErrors((current) => ({ ...current, [name]: undefined }));
  };
  const err = (name: FieldName) => {
    const key = errors[name];
    return key ? t(key, { max: bioMaxLength, fee: feeLimit.toLocaleString(locale) }) : null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    setSaved(null);
    const checked = validate(draft);
    setErrors(checked.errors);
    if (!checked.body) {
      setServerError(t('profile.fixErrors'));
      return;
    }
    setBusy(true);
    try {
      const result = await api.saveMyProfile(checked.body);
      onSaved(result);
      setDraft(draftOf(result));
      setSaved(result.published ? t('profile.savedPublished') : t('profile.savedDraft'));
    } catch (caught) {
      setServerError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const zoneList =
    zones && draft.timeZone && !zones.includes(draft.timeZone) ? [draft.timeZone, ...zones] : zones;

  return (
    <div className="profile-editor">
      <form className="form profile-editor__form" noValidate onSubmit={(e) => void submit(e)}>
        {serverError ? <Alert kind="error">{serverError}</Alert> : null}
        {saved ? (
          <Alert kind="success">
            <p>{saved}</p>
            {profile.published ? (
              <p>
                <Link href={`/therapists/${profile.id}`}>{t('profile.viewPublic')}</Link>
              </p>
            ) : null}
          </Alert>
        ) : null}

        <fieldset className="choices profile-editor__group">
          <legend>{t('profile.about')}</legend>
          <Field
            label={t('profile.displayName')}
            hint={t('profile.displayNameHint')}
            value={draft.displayName}
            maxLength={80}
            autoComplete="name"
            error={err('displayName')}
            onChange={(e) => set('displayName', e.target.value)}
          />
          <TextArea
            label={t('profile.bio')}
            hint={t('profile.bioHint')}
            value={draft.bio}
            maxLength={bioMaxLength}
            rows={8}
            error={err('bio')}
            onChange={(value) => set('bio', value)}
          />
          <Field
            label={t('profile.years')}
            type="number"
            inputMode="numeric"
            min={0}
            max={70}
            value={draft.yearsPractice}
            error={err('yearsPractice')}
            onChange={(e) => set('yearsPractice', e.target.value)}
          />
        </fieldset>

        <CodeGroup
          legend={t('profile.approaches')}
          kind="approach"
          codes={approachCodes}
          chosen={draft.approaches}
          onChange={(next) => set('approaches', next)}
        />
        <CodeGroup
          legend={t('profile.concerns')}
          kind="concern"
          codes={concernCodes}
          chosen={draft.concerns}
          onChange={(next) => set('concerns', next)}
        />
        <CodeGroup
          legend={t('profile.languages')}
          hint={t('profile.neededToPublish')}
          kind="spokenLanguage"
          codes={languageCodes}
          chosen={draft.languages}
          onChange={(next) => set('languages', next)}
        />
        <CodeGroup
          legend={t('profile.modes')}
          hint={t('profile.neededToPublish')}
          kind="mode"
          codes={modeCodes}
          chosen={draft.modes}
          onChange={(next) => set('modes', next)}
        />

        <fieldset className="choices profile-editor__group">
          <legend>{t('profile.practice')}</legend>
          <Field
            label={t('profile.region')}
            hint={t('profile.regionHint')}
            value={draft.region}
            maxLength={100}
            error={err('region')}
            onChange={(e) => set('region', e.target.value)}
          />
          <div className="profile-editor__pair">
            <Field
              label={t('profile.feeMin')}
              type="number"
              inputMode="numeric"
              min={0}
              max={feeLimit}
              value={draft.feeMin}
              error={err('feeMin')}
              onChange={(e) => set('feeMin', e.target.value)}
            />
            <Field
              label={t('profile.feeMax')}
              type="number"
              inputMode="numeric"
              min={0}
              max={feeLimit}
              value={draft.feeMax}
              error={err('feeMax')}
              onChange={(e) => set('feeMax', e.target.value)}
            />
          </div>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.slidingScale}
              onChange={(e) => set('slidingScale', e.target.checked)}
            />
            <span>{t('profile.slidingScale')}</span>
          </label>
          {zoneList ? (
            <SelectField
              label={t('profile.timeZone')}
              hint={t('profile.timeZoneHint')}
              value={draft.timeZone}
              error={err('timeZone')}
              onChange={(value) => set('timeZone', value)}
            >
              {zoneList.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </SelectField>
          ) : (
            <Field
              label={t('profile.timeZone')}
              hint={t('profile.timeZoneHint')}
              value={draft.timeZone}
              error={err('timeZone')}
              onChange={(e) => set('timeZone', e.target.value)}
            />
          )}
        </fieldset>

        <fieldset className="choices profile-editor__group">
          <legend>{t('profile.yourself')}</legend>
          <p className="field__hint">{t('profile.yourselfHint')}</p>
          <SelectField
            label={t('profile.gender')}
            value={draft.gender}
            onChange={(value) => set('gender', value)}
          >
            <option value="">{t('profile.notSaying')}</option>
            {codeOptions('gender', genderCodes, locale)}
          </SelectField>
          <Field
            label={t('profile.pronouns')}
            hint={t('profile.pronounsHint')}
            value={draft.pronouns}
            maxLength={40}
            error={err('pronouns')}
            onChange={(e) => set('pronouns', e.target.value)}
          />
          <SelectField
            label={t('profile.ageGroup')}
            value={draft.ageGroup}
            onChange={(value) => set('ageGroup', value)}
          >
            <option value="">{t('profile.notSaying')}</option>
            {ageGroupCodes.map((code) => (
              <option key={code} value={code}>
                {capitalise(codeLabel('ageGroup', code, locale), locale)}
              </option>
            ))}
          </SelectField>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.lgbtqPositive}
              onChange={(e) => set('lgbtqPositive', e.target.checked)}
            />
            <span>{t('profile.lgbtq')}</span>
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.neurodiversityAffirming}
              onChange={(e) => set('neurodiversityAffirming', e.target.checked)}
            />
            <span>{t('profile.neurodiversity')}</span>
          </label>
          <CodeGroup
            legend={t('profile.faith')}
            kind="faith"
            codes={faithCodes}
            chosen={draft.faith}
            onChange={(next) => set('faith', next)}
          />
          <CodeGroup
            legend={t('profile.culture')}
            kind="culture"
            codes={cultureCodes}
            chosen={draft.culture}
            onChange={(next) => set('culture', next)}
          />
          <CodeGroup
            legend={t('profile.livedExperience')}
            kind="livedExperience"
            codes={livedExperienceCodes}
            chosen={draft.livedExperience}
            onChange={(next) => set('livedExperience', next)}
          />
        </fieldset>

        <div className={errors.published ? 'field field--error' : 'field'}>
          {errors.published ? (
            <p className="field__error" id="publish-error">
              {err('published')}
            </p>
          ) : null}
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.published}
              aria-describedby={errors.published ? 'publish-error publish-hint' : 'publish-hint'}
              aria-invalid={errors.published ? true : undefined}
              onChange={(e) => set('published', e.target.checked)}
            />
            <span>{t('profile.publish')}</span>
          </label>
          <p className="field__hint" id="publish-hint">
            {t('profile.publishHint')}
          </p>
        </div>

        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('profile.saving') : t('profile.save')}
          </button>
        </div>
      </form>

      <section className="profile-preview" aria-labelledby="preview-title">
        <h2 id="preview-title">{t('profile.preview')}</h2>
        <p className="note">
          {draft.published ? t('profile.previewLead') : t('profile.previewDraft')}
        </p>
        <PreviewCard profile={preview} />
      </section>
    </div>
  );
}

/* ---------- Availability ---------- */

const weekdays = [0, 1, 2, 3, 4, 5, 6];

function weekdayName(weekday: number, locale: Locale): string {
  // 4 January 2026 was a Sunday (weekday 0).
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 4 + weekday)),
  );
}

function Availability() {
  const { t, locale } = useI18n();
  const load = useCallback(() => api.myAvailability(), []);
  const items = useResource(load);
  const [weekday, setWeekday] = useState('1');
  const [startTime, setStartTime] = useState('09:00');
  const [endTime, setEndTime] = useState('12:00');
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const describe = (item: AvailabilityView) => {
    const kind = t(`profile.avail.kind.${item.kind}`);
    if (item.weekday !== null && item.startTime && item.endTime) {
      return t('profile.avail.weekly', {
        kind,
        day: weekdayName(item.weekday, locale),
        start: item.startTime,
        end: item.endTime,
        zone: item.timeZone ?? '',
      });
    }
    return t('profile.avail.once', {
      kind,
      start: item.start ? formatDateTime(item.start, locale) : '',
      end: item.end ? formatDateTime(item.end, locale) : '',
    });
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setStatus(null);
    const parsed = availabilityRequest.safeParse({
      kind: 'consultation',
      weekday: Number(weekday),
      startTime,
      endTime,
    });
    if (!parsed.success) {
      setFormError(t('profile.avail.invalid'));
      return;
    }
    setBusy(true);
    try {
      const created = await api.addAvailability(parsed.data);
      items.setData((current) => (current ? { items: [...current.items, created] } : current));
      setStatus(t('profile.avail.added', { text: describe(created) }));
    } catch (caught) {
      setFormError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (item: AvailabilityView) => {
    setFormError(null);
    setStatus(null);
    try {
      await api.removeAvailability(item.id);
      items.setData((current) =>
        current ? { items: current.items.filter((other) => other.id !== item.id) } : current,
      );
      setStatus(t('profile.avail.removed', { text: describe(item) }));
    } catch (caught) {
      setFormError(errorMessage(caught, t));
    }
  };

  return (
    <section className="panel" aria-labelledby="availability-title">
      <h2 id="availability-title">{t('profile.avail.title')}</h2>
      <p className="note">{t('profile.avail.lead')}</p>
      {status ? <Alert kind="success">{status}</Alert> : null}
      {formError ? <Alert kind="error">{formError}</Alert> : null}
      {items.error && !items.data ? (
        <Alert kind="error">
          <p>{errorMessage(items.error, t)}</p>
          <button type="button" className="button button--secondary" onClick={items.reload}>
            {t('profile.retry')}
          </button>
        </Alert>
      ) : !items.data ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : items.data.items.length === 0 ? (
        <p className="empty">{t('profile.avail.none')}</p>
      ) : (
        <ul className="availability-list">
          {items.data.items.map((item) => (
            <li key={item.id} className="availability-list__item">
              <span>{describe(item)}</span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('profile.avail.removeLabel', { text: describe(item) })}
                onClick={() => void remove(item)}
              >
                {t('profile.avail.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <form className="form" noValidate onSubmit={(e) => void add(e)}>
        <fieldset className="choices">
          <legend>{t('profile.avail.add')}</legend>
          <SelectField label={t('profile.avail.weekday')} value={weekday} onChange={setWeekday}>
            {weekdays.map((day) => (
              <option key={day} value={String(day)}>
                {capitalise(weekdayName(day, locale), locale)}
              </option>
            ))}
          </SelectField>
          <div className="profile-editor__pair">
            <Field
              label={t('profile.avail.start')}
              type="time"
              value={startTime}
              required
              onChange={(e) => setStartTime(e.target.value)}
            />
            <Field
              label={t('profile.avail.end')}
              type="time"
              value={endTime}
              required
              onChange={(e) => setEndTime(e.target.value)}
            />
          </div>
          <p className="field__hint">{t('profile.avail.zoneHint')}</p>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('profile.avail.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function ProfileEditor() {
  const { t } = useI18n();
  const load = useCallback(() => api.myProfile(), []);
  const profile = useResource(load);

  return (
    <Page title={t('profile.title')} lead={t('profile.lead')}>
      {profile.error && !profile.data ? (
        <Alert kind="error">
          <p>{errorMessage(profile.error, t)}</p>
          <button type="button" className="button button--secondary" onClick={profile.reload}>
            {t('profile.retry')}
          </button>
        </Alert>
      ) : !profile.data ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : (
        <>
          <ProfileForm profile={profile.data} onSaved={(saved) => profile.setData(() => saved)} />
          <Availability />
        </>
      )}
    </Page>
  );
}
