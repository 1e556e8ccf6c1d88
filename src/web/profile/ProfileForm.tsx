/** The profile form with its live preview. */
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { bioMaxLength, feeMax as feeLimit, type MyProfileView } from '../../core/directory';
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
} from '../../core/matching';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { TextArea } from '../components/TextArea';
import { codeOptions } from '../directory/parts';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { draftOf, previewOf, validate, type Draft, type Errors, type FieldName } from './draft';
import { CodeGroup, PreviewCard, SelectField, capitalise, timeZones } from './fields';

/** The checkbox groups of the form, in order: what the therapist offers, then who they are. */
const practiceGroups = [
  { field: 'approaches', legend: 'profile.approaches', kind: 'approach', codes: approachCodes },
  { field: 'concerns', legend: 'profile.concerns', kind: 'concern', codes: concernCodes },
  {
    field: 'languages',
    legend: 'profile.languages',
    hint: 'profile.neededToPublish',
    kind: 'spokenLanguage',
    codes: languageCodes,
  },
  {
    field: 'modes',
    legend: 'profile.modes',
    hint: 'profile.neededToPublish',
    kind: 'mode',
    codes: modeCodes,
  },
] as const;

const identityGroups = [
  { field: 'faith', legend: 'profile.faith', kind: 'faith', codes: faithCodes },
  { field: 'culture', legend: 'profile.culture', kind: 'culture', codes: cultureCodes },
  {
    field: 'livedExperience',
    legend: 'profile.livedExperience',
    kind: 'livedExperience',
    codes: livedExperienceCodes,
  },
] as const;

export function ProfileForm({
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

        {practiceGroups.map((group) => (
          <CodeGroup
            key={group.field}
            legend={t(group.legend)}
            {...('hint' in group ? { hint: t(group.hint) } : {})}
            kind={group.kind}
            codes={group.codes}
            chosen={draft[group.field]}
            onChange={(next) => set(group.field, next)}
          />
        ))}

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
          {identityGroups.map((group) => (
            <CodeGroup
              key={group.field}
              legend={t(group.legend)}
              kind={group.kind}
              codes={group.codes}
              chosen={draft[group.field]}
              onChange={(next) => set(group.field, next)}
            />
          ))}
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
