/**
 * Clinic settings (/admin/settings): every setting with what it changes in plain words beside it.
 * The server validates the whole form and answers with every problem and its field; each message
 * is shown next to its field, and nothing is saved until all is well. Values this page does not
 * edit (a trajectory model learned by the nightly job, say) are kept by the server's merge.
 */
import { useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
import type {
  ClinicSettingsView,
  UpdateClinicSettingsRequest,
} from '../../../core/clinic-settings';
import type { CrisisResource } from '../../../core/crisis';
import type { MessageKey } from '../../../core/i18n';
import { adminApi } from '../../admin-api';
import { ApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { describedByFor, Field, FieldNotes } from '../../components/Field';
import { Page } from '../../components/Page';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { useResource } from '../../useResource';
import { errorMessage } from '../errors';
import { summarizeInstruments, type InstrumentSummary } from './instrument-summaries';
import { BackToClinic, problemAt } from './parts';

type Signals = ClinicSettingsView['signals'];
type NumberKey = Exclude<keyof Signals, 'dropRule'>;
type Problem = { path: string; message: string };

/** The number fields of the signal section, in the order shown, and whether they are whole. */
const flagFields: { key: NumberKey; whole: boolean }[] = [
  { key: 'lowAllianceBelow', whole: false },
  { key: 'lowItemAtOrBelow', whole: false },
  { key: 'dropMinPoints', whole: false },
  { key: 'agreementGapAlliance', whole: false },
  { key: 'agreementGapGoal', whole: false },
  { key: 'missedWindow', whole: true },
  { key: 'missedMin', whole: true },
];

type CrisisDraft = Record<keyof CrisisResource, string>;

interface Draft {
  numbers: Record<NumberKey, string>;
  dropRule: Signals['dropRule'];
  reminderHours: string;
  client: string[];
  therapist: string[];
  region: string;
  crisis: CrisisDraft[];
}

function draftOf(view: ClinicSettingsView, locale: string): Draft {
  const show = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 });
  const numbers = {} as Record<NumberKey, string>;
  for (const key of [...flagFields.map((f) => f.key), 'wellbeingReliableChange'] as NumberKey[])
    numbers[key] = show(view.signals[key]);
  return {
    numbers,
    dropRule: view.signals.dropRule,
    reminderHours: String(view.reminders.checkinReminderHours),
    client: [...view.checkins.client],
    therapist: [...view.checkins.therapist],
    region: view.region ?? '',
    crisis: view.crisisResources.map((resource) => ({
      name: resource.name,
      phone: resource.phone ?? '',
      text: resource.text ?? '',
      url: resource.url ?? '',
      hours: resource.hours,
      region: resource.region ?? '',
    })),
  };
}

/** "8,5" or "8.5" → 8.5; null when it is not a number (or not whole when it must be). */
function readNumber(text: string, whole: boolean): number | null {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) return null;
  if (whole && !Number.isInteger(value)) return null;
  return value;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The request, or the problems found before sending (numbers that are not numbers). */
function requestOf(
  draft: Draft,
  t: (key: MessageKey) => string,
): { body: UpdateClinicSettingsRequest } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const numbers = {} as Record<NumberKey, number>;
  const fields = [...flagFields, { key: 'wellbeingReliableChange' as const, whole: false }];
  for (const { key, whole } of fields) {
    const value = readNumber(draft.numbers[key], whole);
    if (value === null)
      problems.push({
        path: `signals.${key}`,
        message: t(whole ? 'adm.settings.whole' : 'adm.settings.number'),
      });
    else numbers[key] = value;
  }
  const hours = readNumber(draft.reminderHours, true);
  if (hours === null)
    problems.push({ path: 'reminders.checkinReminderHours', message: t('adm.settings.whole') });
  if (problems.length > 0 || hours === null) return { problems };
  return {
    body: {
      region: orNull(draft.region),
      signals: { ...numbers, dropRule: draft.dropRule },
      reminders: { checkinReminderHours: hours },
      checkins: { client: draft.client, therapist: draft.therapist },
      crisisResources: draft.crisis.map((resource) => ({
        name: resource.name.trim(),
        phone: orNull(resource.phone),
        text: orNull(resource.text),
        url: orNull(resource.url),
        hours: resource.hours.trim(),
        region: orNull(resource.region),
      })),
    },
  };
}

/** A group of fields with a legend, a lead, and the problems reported for the group itself. */
function Group({
  legend,
  lead,
  error,
  children,
}: {
  legend: string;
  lead?: string;
  error?: string | null;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="settings-group" aria-describedby={describedByFor(id, lead, error)}>
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={lead} error={error} />
      {children}
    </fieldset>
  );
}

/** Which check-ins one side answers: one checkbox per questionnaire of that side. */
function CheckinChoice({
  side,
  chosen,
  instruments,
  problems,
  onChange,
}: {
  side: 'client' | 'therapist';
  chosen: string[];
  instruments: InstrumentSummary[];
  problems: Problem[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useI18n();
  const options = instruments.filter((instrument) => instrument.respondent === side);
  // Something chosen that is not (or no longer) among the questionnaires is still shown.
  const unknown = chosen.filter((id) => !options.some((option) => option.id === id));
  const error =
    problems
      .filter((p) => p.path === `checkins.${side}` || p.path.startsWith(`checkins.${side}[`))
      .map((p) => p.message)
      .join(' ') || null;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((other) => other !== id));
  return (
    <Group
      legend={t(
        side === 'client' ? 'adm.settings.checkinsClient' : 'adm.settings.checkinsTherapist',
      )}
      error={error}
    >
      <div className="choices">
        {options.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(option.id)}
              // The alliance check-in is what every relationship flag is built on.
              disabled={option.id === 'alliance'}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />
            <span>
              {option.title}{' '}
              <span className="muted">
                ({t('adm.settings.checkinItems', { count: option.items })})
              </span>
            </span>
          </label>
        ))}
        {unknown.map((id) => (
          <label key={id} className="choice">
            <input type="checkbox" checked onChange={() => toggle(id, false)} />
            <span>{id}</span>
          </label>
        ))}
      </div>
    </Group>
  );
}

export function Settings() {
  const { t } = useI18n();
  const loadSettings = useCallback(() => adminApi.settings(), []);
  const settings = useResource(loadSettings);
  if (settings.error) {
    return (
      <Page title={t('adm.settings.title')}>
        <BackToClinic />
        <Alert kind="error">{errorMessage(settings.error, t)}</Alert>
      </Page>
    );
  }
  if (!settings.data) {
    return (
      <p className="loading" role="status">
        {t('shell.loading')}
      </p>
    );
  }
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: ClinicSettingsView }) {
  const { t, locale } = useI18n();
  const loadInstruments = useCallback(() => adminApi.instruments(), []);
  const questionnaires = useResource(loadInstruments);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial, locale));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const instruments = summarizeInstruments(questionnaires.data ?? [], locale);

  const at = (path: string) => problemAt(problems, path);
  const update = (change: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...change });
  };
  const setNumber = (key: NumberKey) => (event: { target: { value: string } }) =>
    update({ numbers: { ...draft.numbers, [key]: event.target.value } });
  const setCrisis = (index: number, key: keyof CrisisDraft, value: string) =>
    update({
      crisis: draft.crisis.map((resource, i) =>
        i === index ? { ...resource, [key]: value } : resource,
      ),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const built = requestOf(draft, t);
    if ('problems' in built) {
      setProblems(built.problems);
      setError(t('adm.settings.problems'));
      return;
    }
    setBusy(true);
    try {
      const view = await adminApi.updateSettings(built.body);
      setDraft(draftOf(view, locale));
      setProblems([]);
      setError(null);
      setSaved(true);
    } catch (caught) {
      setProblems(caught instanceof ApiError ? caught.problems : []);
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  // Problems that no field shows (a path this form does not know) are listed at the top.
  const placed = (path: string) =>
    /^(signals\.\w+|reminders\.checkinReminderHours|region|crisisResources(\[\d+\](\.\w+)?)?)$/.test(
      path,
    ) || /^checkins\.(client|therapist)(\[\d+\])?$/.test(path);
  const unplaced = problems.filter((problem) => !placed(problem.path));

  const numberField = (key: NumberKey, whole: boolean) => (
    <Field
      key={key}
      label={t(`adm.settings.${key}` as MessageKey)}
      hint={t(`adm.settings.${key}Hint` as MessageKey)}
      name={key}
      inputMode={whole ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={draft.numbers[key]}
      onChange={setNumber(key)}
      error={at(`signals.${key}`)}
    />
  );

  return (
    <Page title={t('adm.settings.title')} lead={t('adm.settings.lead')}>
      <BackToClinic />
      {error ? (
        <Alert kind="error">
          {error}
          {unplaced.length > 0 ? (
            <ul>
              {unplaced.map((problem) => (
                <li key={`${problem.path}:${problem.message}`}>
                  <code>{problem.path}</code>: {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <form className="form settings" noValidate onSubmit={(event) => void submit(event)}>
        <Group legend={t('adm.settings.flags')} lead={t('adm.settings.flagsLead')}>
          {numberField('lowAllianceBelow', false)}
          {numberField('lowItemAtOrBelow', false)}
          <Group
            legend={t('adm.settings.dropRule')}
            lead={t('adm.settings.dropRuleHint')}
            error={at('signals.dropRule')}
          >
            <div className="choices">
              {(['1sd', '2sd'] as const).map((rule) => (
                <label key={rule} className="choice settings-rule">
                  <input
                    type="radio"
                    name="dropRule"
                    value={rule}
                    checked={draft.dropRule === rule}
                    onChange={() => update({ dropRule: rule })}
                  />
                  <span>
                    <strong>{t(`adm.settings.drop.${rule}`)}</strong>
                    <span className="settings-rule__hint">
                      {t(`adm.settings.drop.${rule}Hint`)}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </Group>
          {flagFields
            .filter((f) => !['lowAllianceBelow', 'lowItemAtOrBelow'].includes(f.key))
            .map((f) => numberField(f.key, f.whole))}
        </Group>

        <Group legend={t('adm.settings.progress')}>
          {numberField('wellbeingReliableChange', false)}
        </Group>

        <Group legend={t('adm.settings.reminders')}>
          <Field
            label={t('adm.settings.checkinReminderHours')}
            hint={t('adm.settings.checkinReminderHoursHint')}
            name="checkinReminderHours"
            inputMode="numeric"
            autoComplete="off"
            value={draft.reminderHours}
            onChange={(event) => update({ reminderHours: event.target.value })}
            error={at('reminders.checkinReminderHours')}
          />
        </Group>

        <Group legend={t('adm.settings.checkins')} lead={t('adm.settings.checkinsLead')}>
          {questionnaires.error ? (
            <Alert kind="error">{errorMessage(questionnaires.error, t)}</Alert>
          ) : null}
          <CheckinChoice
            side="client"
            chosen={draft.client}
            instruments={instruments}
            problems={problems}
            onChange={(client) => update({ client })}
          />
          <CheckinChoice
            side="therapist"
            chosen={draft.therapist}
            instruments={instruments}
            problems={problems}
            onChange={(therapist) => update({ therapist })}
          />
        </Group>

        <Group
          legend={t('adm.settings.region')}
          lead={t('adm.settings.regionLead')}
          error={at('crisisResources')}
        >
          <Field
            label={t('adm.settings.regionName')}
            hint={t('adm.settings.regionNameHint')}
            name="region"
            autoComplete="off"
            maxLength={80}
            value={draft.region}
            onChange={(event) => update({ region: event.target.value })}
            error={at('region')}
          />
          {draft.crisis.map((resource, index) => {
            const n = index + 1;
            const path = `crisisResources[${index}]`;
            const text = (key: keyof CrisisDraft, label: MessageKey, extra = {}) => (
              <Field
                label={t(label)}
                value={resource[key]}
                autoComplete="off"
                onChange={(event) => setCrisis(index, key, event.target.value)}
                error={at(`${path}.${key}`)}
                {...extra}
              />
            );
            return (
              <Group key={index} legend={t('adm.settings.resource', { n })} error={at(path)}>
                {text('name', 'adm.settings.resourceName', { maxLength: 120 })}
                {text('phone', 'adm.settings.resourcePhone', { type: 'tel', maxLength: 40 })}
                {text('text', 'adm.settings.resourceText', { maxLength: 40 })}
                {text('url', 'adm.settings.resourceUrl', { type: 'url', maxLength: 300 })}
                {text('hours', 'adm.settings.resourceHours', {
                  hint: t('adm.settings.resourceHoursHint'),
                  maxLength: 80,
                })}
                {text('region', 'adm.settings.resourceRegion', { maxLength: 80 })}
                {draft.crisis.length > 1 ? (
                  <div className="button-row">
                    <button
                      className="button button--quiet"
                      type="button"
                      onClick={() => update({ crisis: draft.crisis.filter((_, i) => i !== index) })}
                    >
                      {t('adm.settings.resourceRemove', { n })}
                    </button>
                  </div>
                ) : null}
              </Group>
            );
          })}
          {draft.crisis.length < 12 ? (
            <div className="button-row">
              <button
                className="button button--secondary"
                type="button"
                onClick={() =>
                  update({
                    crisis: [
                      ...draft.crisis,
                      { name: '', phone: '', text: '', url: '', hours: '', region: '' },
                    ],
                  })
                }
              >
                {t('adm.settings.resourceAdd')}
              </button>
            </div>
          ) : null}
        </Group>

        {saved ? <Alert kind="success">{t('adm.settings.saved')}</Alert> : null}
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('form.working') : t('adm.settings.save')}
          </button>
        </div>
      </form>
    </Page>
  );
}
