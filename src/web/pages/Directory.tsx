/**
 * The public directory (Journeys → Client 1): filters as a plain form, therapists as cards with
 * what they offer in words, "Show more" with the server's cursor, and a way to the questionnaire.
 */
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import { slotHorizonDays, type PublicProfileView } from '../../core/directory';
import { approachCodes, concernCodes, languageCodes, modeCodes } from '../../core/matching';
import { api, type DirectoryQuery } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { codeOptions, ProfileFacts, VerifiedBadge } from '../directory/parts';
import { useI18n } from '../i18n';
import { TherapistPhoto } from '../profile/Photo';
import { usePagedList } from '../usePagedList';

const noFilters: Required<DirectoryQuery> = {
  concern: '',
  approach: '',
  language: '',
  mode: '',
  region: '',
  maxFee: '',
  availableWithinDays: '',
};

const windows = [7, 14, 30, slotHorizonDays];

function TherapistCard({ profile }: { profile: PublicProfileView }) {
  return (
    <li className="card therapist-card">
      <div className="therapist-card__head">
        <TherapistPhoto profile={profile} size="card" />
        <h3 className="therapist-card__name">
          <Link href={`/therapists/${profile.id}`}>{profile.displayName}</Link>
        </h3>
        <VerifiedBadge verified={profile.verified} />
      </div>
      <ProfileFacts profile={profile} />
    </li>
  );
}

export function Directory() {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(noFilters);
  const [applied, setApplied] = useState(noFilters);
  const load = useCallback((cursor?: string) => api.directory(applied, cursor), [applied]);
  const { items, cursor, error, busy, more, reset } = usePagedList<PublicProfileView>(load);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    setApplied({ ...draft });
  };

  const clear = () => {
    setDraft(noFilters);
    reset();
    setApplied(noFilters);
  };

  const set = (key: keyof DirectoryQuery) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const select = (key: keyof DirectoryQuery, label: string, options: ReactNode) => (
    <div className="field">
      <label htmlFor={`dir-${key}`}>{label}</label>
      <select
        id={`dir-${key}`}
        value={draft[key]}
        onChange={(event) => set(key)(event.target.value)}
      >
        <option value="">{t('dir.any')}</option>
        {options}
      </select>
    </div>
  );

  return (
    <Page title={t('dir.title')} lead={t('dir.lead')}>
      <p className="callout">
        {t('dir.questionnaireLead')} <Link href="/match">{t('dir.questionnaireLink')}</Link>
      </p>
      <section aria-labelledby="dir-filters" className="panel">
        <h2 id="dir-filters">{t('dir.filters')}</h2>
        <form className="form filters" onSubmit={submit}>
          {select('concern', t('dir.filter.concern'), codeOptions('concern', concernCodes, locale))}
          {select(
            'approach',
            t('dir.filter.approach'),
            codeOptions('approach', approachCodes, locale),
          )}
          {select(
            'language',
            t('dir.filter.language'),
            codeOptions('spokenLanguage', languageCodes, locale),
          )}
          {select('mode', t('dir.filter.mode'), codeOptions('mode', modeCodes, locale))}
          <div className="field">
            <label htmlFor="dir-region">{t('dir.filter.region')}</label>
            <input
              id="dir-region"
              type="text"
              autoComplete="address-level1"
              value={draft.region}
              onChange={(event) => set('region')(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="dir-maxFee">{t('dir.filter.maxFee')}</label>
            <input
              id="dir-maxFee"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              value={draft.maxFee}
              onChange={(event) => set('maxFee')(event.target.value)}
            />
          </div>
          {select(
            'availableWithinDays',
            t('dir.filter.available'),
            windows.map((days) => (
              <option key={days} value={String(days)}>
                {t('dir.withinDays', { days })}
              </option>
            )),
          )}
          <div className="button-row filters__actions">
            <button type="submit" className="button">
              {t('dir.apply')}
            </button>
            <button type="button" className="button button--secondary" onClick={clear}>
              {t('dir.clear')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="dir-results">
        <h2 id="dir-results">{t('dir.results')}</h2>
        {error ? <Alert kind="error">{error}</Alert> : null}
        {items === null && !error ? (
          <p className="loading" role="status">
            {t('shell.loading')}
          </p>
        ) : null}
        <p className="visually-hidden" aria-live="polite">
          {items ? t('dir.showing', { count: items.length }) : ''}
        </p>
        {items && items.length === 0 ? (
          <div className="empty">
            <h3>{t('dir.emptyTitle')}</h3>
            <p>{t('dir.emptyBody')}</p>
          </div>
        ) : null}
        {items && items.length > 0 ? (
          <ul className="cards therapist-cards">
            {items.map((profile) => (
              <TherapistCard key={profile.id} profile={profile} />
            ))}
          </ul>
        ) : null}
        {items && cursor ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void more()}
          >
            {busy ? t('form.working') : t('dir.more')}
          </button>
        ) : null}
      </section>
    </Page>
  );
}
