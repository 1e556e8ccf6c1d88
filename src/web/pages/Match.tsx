/**
 * The questionnaire (Journeys → Client 1): a few questions, then therapists ranked by fit with the
 * reasons, and what did not match, in plain words (the server writes them in the reader's language).
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { MatchItem } from '../../core/directory';
import {
  approachCodes,
  codeLabel,
  concernCodes,
  genderCodes,
  languageCodes,
  requestModes,
  type Importance,
  type MatchRequestInput,
  type RequestMode,
} from '../../core/matching';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { codeOptions } from '../directory/parts';
import { useI18n } from '../i18n';
import { errorMessage } from './errors';

const maxConcerns = 10;
const maxApproaches = 8;

function toggle(list: string[], code: string, on: boolean): string[] {
  return on ? [...list, code] : list.filter((item) => item !== code);
}

function CodeChecks({
  legend,
  hint,
  kind,
  codes,
  chosen,
  max,
  onChange,
}: {
  legend: string;
  hint: string;
  kind: 'concern' | 'approach';
  codes: readonly string[];
  chosen: string[];
  max: number;
  onChange: (next: string[]) => void;
}) {
  const { locale } = useI18n();
  const sorted = codes
    .map((code) => ({ code, label: codeLabel(kind, code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <fieldset className="choices code-checks" aria-describedby={`${kind}-hint`}>
      <legend>{legend}</legend>
      <p className="field__hint" id={`${kind}-hint`}>
        {hint}
      </p>
      <div className="code-checks__grid">
        {sorted.map(({ code, label }) => {
          const checked = chosen.includes(code);
          return (
            <label key={code} className="choice">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && chosen.length >= max}
                onChange={(event) => onChange(toggle(chosen, code, event.target.checked))}
              />
              <span>{label.charAt(0).toLocaleUpperCase(locale) + label.slice(1)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function ImportanceChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: Importance;
  onChange: (value: Importance) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="choices choices--row">
      <legend className="visually-hidden">{t('quiz.importance')}</legend>
      {(['must', 'prefer'] as const).map((level) => (
        <label key={level} className="choice">
          <input
            type="radio"
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
          />
          <span>{t(level === 'must' ? 'quiz.must' : 'quiz.prefer')}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Result({ item, rank }: { item: MatchItem; rank: number }) {
  const { t } = useI18n();
  return (
    <li className="card match-result">
      <div className="therapist-card__head">
        <h3 className="therapist-card__name">
          <span className="visually-hidden">{t('quiz.rank', { rank })} </span>
          <Link href={`/therapists/${item.therapistId}`}>{item.displayName}</Link>
        </h3>
        <span className="fit-score">{t('quiz.score', { score: item.score })}</span>
      </div>
      {item.reasons.length > 0 ? (
        <>
          <h4 className="match-result__sub">{t('quiz.why')}</h4>
          <ul className="reasons">
            {item.reasons.map((reason, index) => (
              <li key={index} className="reasons__item reasons__item--met">
                <span aria-hidden="true">✓</span> {reason.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.unmet.length > 0 ? (
        <>
          <h4 className="match-result__sub">{t('quiz.unmet')}</h4>
          <ul className="reasons">
            {item.unmet.map((reason, index) => (
              <li key={index} className="reasons__item reasons__item--unmet">
                <span aria-hidden="true">–</span> {reason.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

export function Match() {
  const { t, locale } = useI18n();
  const [concerns, setConcerns] = useState<string[]>([]);
  const [approaches, setApproaches] = useState<string[]>([]);
  const [language, setLanguage] = useState('');
  const [mode, setMode] = useState<RequestMode>('either');
  const [region, setRegion] = useState('');
  const [maxFee, setMaxFee] = useState('');
  const [slidingScale, setSlidingScale] = useState(false);
  const [within, setWithin] = useState('');
  const [gender, setGender] = useState('');
  const [genderImportance, setGenderImportance] = useState<Importance>('prefer');
  const [lgbtq, setLgbtq] = useState(false);
  const [lgbtqImportance, setLgbtqImportance] = useState<Importance>('prefer');
  const [results, setResults] = useState<MatchItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: MatchRequestInput = {
      concerns: concerns as MatchRequestInput['concerns'],
      approaches: approaches as MatchRequestInput['approaches'],
      languages: (language ? [language] : []) as MatchRequestInput['languages'],
      mode,
      ...(region.trim() ? { region: region.trim() } : {}),
      ...(maxFee !== '' && Number(maxFee) >= 0 ? { maxFee: Number(maxFee) } : {}),
      ...(within ? { availableWithinDays: Number(within) } : {}),
      preferences: {
        ...(gender
          ? {
              gender: {
                value: [gender as (typeof genderCodes)[number]],
                importance: genderImportance,
              },
            }
          : {}),
        ...(lgbtq ? { lgbtqPositive: { value: true, importance: lgbtqImportance } } : {}),
        ...(slidingScale ? { slidingScale: { value: true, importance: 'prefer' } } : {}),
      },
    };
    setBusy(true);
    setError(null);
    try {
      const page = await api.match(body);
      setResults(page.items);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('quiz.title')} lead={t('quiz.lead')}>
      <form className="form match-form" onSubmit={(event) => void submit(event)}>
        <CodeChecks
          legend={t('quiz.concerns')}
          hint={t('quiz.concernsHint', { max: maxConcerns })}
          kind="concern"
          codes={concernCodes}
          chosen={concerns}
          max={maxConcerns}
          onChange={setConcerns}
        />
        <details className="more-questions">
          <summary>{t('quiz.approaches')}</summary>
          <CodeChecks
            legend={t('quiz.approaches')}
            hint={t('quiz.approachesHint')}
            kind="approach"
            codes={approachCodes}
            chosen={approaches}
            max={maxApproaches}
            onChange={setApproaches}
          />
        </details>
        <div className="field">
          <label htmlFor="match-language">{t('quiz.language')}</label>
          <select
            id="match-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
          >
            <option value="">{t('dir.any')}</option>
            {codeOptions('spokenLanguage', languageCodes, locale)}
          </select>
        </div>
        <fieldset className="choices">
          <legend>{t('quiz.mode')}</legend>
          {requestModes.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              <span>{t(`quiz.mode.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="match-region">{t('quiz.region')}</label>
          <p className="field__hint" id="match-region-hint">
            {t('quiz.regionHint')}
          </p>
          <input
            id="match-region"
            type="text"
            autoComplete="address-level1"
            aria-describedby="match-region-hint"
            value={region}
            onChange={(event) => setRegion(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="match-fee">{t('quiz.budget')}</label>
          <p className="field__hint" id="match-fee-hint">
            {t('quiz.budgetHint')}
          </p>
          <input
            id="match-fee"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            aria-describedby="match-fee-hint"
            value={maxFee}
            onChange={(event) => setMaxFee(event.target.value)}
          />
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={slidingScale}
            onChange={(event) => setSlidingScale(event.target.checked)}
          />
          <span>{t('quiz.slidingScale')}</span>
        </label>
        <div className="field">
          <label htmlFor="match-within">{t('quiz.availability')}</label>
          <select
            id="match-within"
            value={within}
            onChange={(event) => setWithin(event.target.value)}
          >
            <option value="">{t('quiz.availability.any')}</option>
            {[7, 14, 30].map((days) => (
              <option key={days} value={String(days)}>
                {t('dir.withinDays', { days })}
              </option>
            ))}
          </select>
        </div>

        <fieldset className="panel preferences">
          <legend>{t('quiz.preferences')}</legend>
          <p className="field__hint">{t('quiz.preferencesHint')}</p>
          <div className="field">
            <label htmlFor="match-gender">{t('quiz.gender')}</label>
            <select
              id="match-gender"
              value={gender}
              onChange={(event) => setGender(event.target.value)}
            >
              <option value="">{t('quiz.noPreference')}</option>
              {codeOptions('gender', genderCodes, locale)}
            </select>
            {gender ? (
              <ImportanceChoice
                name="gender-importance"
                value={genderImportance}
                onChange={setGenderImportance}
              />
            ) : null}
          </div>
          <label className="choice">
            <input
              type="checkbox"
              checked={lgbtq}
              onChange={(event) => setLgbtq(event.target.checked)}
            />
            <span>{t('quiz.lgbtq')}</span>
          </label>
          {lgbtq ? (
            <ImportanceChoice
              name="lgbtq-importance"
              value={lgbtqImportance}
              onChange={setLgbtqImportance}
            />
          ) : null}
        </fieldset>

        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.working') : t('quiz.submit')}
        </button>
      </form>

      {error ? <Alert kind="error">{error}</Alert> : null}
      <p className="visually-hidden" aria-live="polite">
        {results ? t('quiz.found', { count: results.length }) : ''}
      </p>
      {results ? (
        <section aria-labelledby="match-results" className="match-results">
          <h2 id="match-results">{t('quiz.results')}</h2>
          <p>{t('quiz.found', { count: results.length })}</p>
          {results.length === 0 ? (
            <div className="empty">
              <p>{t('quiz.empty')}</p>
            </div>
          ) : (
            <ol className="cards match-list">
              {results.map((item, index) => (
                <Result key={item.therapistId} item={item} rank={index + 1} />
              ))}
            </ol>
          )}
          <p>
            <Link href="/therapists">{t('quiz.browse')}</Link>
          </p>
        </section>
      ) : null}
    </Page>
  );
}
