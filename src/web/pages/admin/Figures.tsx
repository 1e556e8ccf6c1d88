/**
 * Clinic figures (/admin/figures) and a therapist's own (/my-figures): the period's figures, two
 * uPlot charts by month (rates; flags) each with its table as the text alternative, and the
 * figures per therapist. Counts of 1–4 read "fewer than 5" and groups of fewer than 5 clients
 * show nothing (the rule is in src/core/figures.ts and is explained on the page).
 */
import { Fragment, useCallback, useState, type FormEvent } from 'react';
import type { Count, FigureSet, FiguresView } from '../../../core/figures';
import type { MessageKey } from '../../../core/i18n';
import { adminApi, type FiguresRange } from '../../admin-api';
import { ChartFigure } from '../../charts/ChartFigure';
import { lineStyles, type LineStyle } from '../../charts/palette';
import type { ChartSpec } from '../../charts/TimeSeriesChart';
import { Alert } from '../../components/Alert';
import { Page } from '../../components/Page';
import { ScrollTable } from '../../components/TableParts';
import { useI18n } from '../../i18n';
import { useResource } from '../../useResource';
import { errorMessage } from '../errors';
import { BackToClinic } from './parts';

const periods = [3, 6, 12, 24] as const;

/** The first day (UTC) of the month `months - 1` before this one: `months` calendar months. */
function periodStart(months: number, now = new Date()): string {
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1),
  ).toISOString();
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

function monthName(month: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)).toLocaleDateString(locale, {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const countText = (count: Count, t: T, locale: string) =>
  count.value === null ? t('adm.figures.fewer') : count.value.toLocaleString(locale);

const rateText = (rate: number | null, t: T, locale: string) =>
  rate === null
    ? t('adm.figures.notShown')
    : t('adm.figures.percent', {
        value: (rate * 100).toLocaleString(locale, { maximumFractionDigits: 0 }),
      });

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** The rows every table and the summary list, in one order. */
function rows(set: FigureSet, t: T, locale: string): { label: string; value: string }[] {
  return [
    {
      label: t('adm.figures.checkinRate'),
      value: `${rateText(set.checkins.rate, t, locale)} (${t('adm.figures.checkinRateOf', {
        completed: countText(set.checkins.completed, t, locale),
        attended: countText(set.checkins.attended, t, locale),
      })})`,
    },
    { label: t('adm.figures.flagsRaised'), value: countText(set.flags.raised, t, locale) },
    { label: t('adm.figures.flagsResolved'), value: countText(set.flags.resolved, t, locale) },
    {
      label: t('adm.figures.medianHours'),
      value:
        set.flags.medianHoursToResolve === null
          ? t('adm.figures.notShown')
          : t('adm.figures.hours', {
              value: set.flags.medianHoursToResolve.toLocaleString(locale, {
                maximumFractionDigits: 1,
              }),
            }),
    },
    { label: t('adm.figures.drops'), value: countText(set.ruptures.drops, t, locale) },
    { label: t('adm.figures.repaired'), value: countText(set.ruptures.repaired, t, locale) },
    { label: t('adm.figures.assessed'), value: countText(set.outcomes.assessed, t, locale) },
    {
      label: t('adm.figures.improved'),
      value: `${countText(set.outcomes.improved, t, locale)} · ${rateText(set.outcomes.improvedRate, t, locale)}`,
    },
    {
      label: t('adm.figures.deteriorated'),
      value: `${countText(set.outcomes.deteriorated, t, locale)} · ${rateText(set.outcomes.deterioratedRate, t, locale)}`,
    },
    { label: t('adm.figures.ended'), value: countText(set.dropout.ended, t, locale) },
    {
      label: t('adm.figures.dropout'),
      value: `${countText(set.dropout.dropouts, t, locale)} · ${rateText(set.dropout.rate, t, locale)}`,
    },
    { label: t('adm.figures.cancelled'), value: countText(set.cancelledByTherapist, t, locale) },
  ];
}

/** A table with one column per group (months, or therapists) and one row per figure. */
function FiguresTable({
  caption,
  groups,
}: {
  caption: string;
  groups: { key: string; label: string; figures: FigureSet }[];
}) {
  const { t, locale } = useI18n();
  const labels = rows(groups[0]?.figures ?? suppressedPlaceholder, t, locale).map((r) => r.label);
  const cells = groups.map((group) =>
    group.figures.suppressed
      ? labels.map(() => t('adm.figures.suppressed'))
      : rows(group.figures, t, locale).map((r) => r.value),
  );
  return (
    <ScrollTable label={caption}>
      <table className="data-table figures-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {groups.map((group) => (
              <th key={group.key} scope="col">
                {group.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, row) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {cells.map((column, index) => (
                <td key={groups[index]?.key ?? index}>{column[row]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

const hiddenCount: Count = { value: null };
const suppressedPlaceholder: FigureSet = {
  suppressed: true,
  checkins: { attended: hiddenCount, completed: hiddenCount, rate: null },
  flags: { raised: hiddenCount, resolved: hiddenCount, medianHoursToResolve: null },
  ruptures: { drops: hiddenCount, repaired: hiddenCount },
  outcomes: {
    assessed: hiddenCount,
    improved: hiddenCount,
    deteriorated: hiddenCount,
    improvedRate: null,
    deterioratedRate: null,
  },
  dropout: { ended: hiddenCount, dropouts: hiddenCount, rate: null },
  cancelledByTherapist: hiddenCount,
};

interface Line {
  label: string;
  style: LineStyle;
  value: (set: FigureSet) => number | null;
}

/** One chart over the months with its legend, summary and table. */
function MonthChart({
  view,
  title,
  tableTitle,
  label,
  summary,
  axis,
  yMax,
  lines,
  format,
}: {
  view: FiguresView;
  title: string;
  tableTitle: string;
  label: string;
  summary: string;
  axis: string;
  /** A fixed top of the y axis (100 for percentages); otherwise from the data. */
  yMax?: number;
  lines: Line[];
  format: (value: number | null) => string;
}) {
  const { t, locale } = useI18n();
  const months = view.byMonth;
  const values = lines.map((line) =>
    months.map((m) => (m.figures.suppressed ? null : line.value(m.figures))),
  );
  const highest = Math.max(0, ...values.flat().map((v) => v ?? 0));
  const spec: ChartSpec = {
    x: months.map((_, index) => index + 1),
    lines: lines.map((line, index) => ({
      label: line.label,
      values: values[index] ?? [],
      style: line.style,
    })),
    thresholds: [],
    spans: [],
    markers: [],
    y: { min: 0, max: yMax ?? Math.max(5, Math.ceil(highest * 1.15)), label: axis },
    xLabel: t('adm.figures.month'),
    xTick: (x) => {
      const month = months[x - 1]?.month;
      return month ? monthName(month, locale) : '';
    },
  };
  return (
    <ChartFigure
      title={title}
      label={label}
      summary={[summary]}
      spec={spec}
      legend={lines.map((line) => ({ kind: 'line', label: line.label, style: line.style }))}
      readout={(index) => {
        const month = months[index];
        if (!month) return null;
        return `${monthName(month.month, locale, 'long')}: ${lines
          .map((line, i) => `${line.label} ${format(values[i]?.[index] ?? null)}`)
          .join(' · ')}`;
      }}
      table={
        <ScrollTable label={tableTitle}>
          <table className="data-table">
            <caption>{tableTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adm.figures.month')}</th>
                {lines.map((line) => (
                  <th key={line.label} scope="col" className="num">
                    {line.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((month, index) => (
                <tr key={month.month}>
                  <th scope="row">{monthName(month.month, locale, 'long')}</th>
                  {lines.map((line, i) => (
                    <td key={line.label} className="num">
                      {month.figures.suppressed
                        ? t('adm.figures.suppressed')
                        : format(values[i]?.[index] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      }
    />
  );
}

function Report({ view, perTherapist }: { view: FiguresView; perTherapist: boolean }) {
  const { t, locale } = useI18n();
  const countOrFewer = (value: number | null) =>
    value === null ? t('adm.figures.fewer') : value.toLocaleString(locale);
  const percentOrNot = (value: number | null) =>
    value === null
      ? t('adm.figures.notShown')
      : t('adm.figures.percent', {
          value: value.toLocaleString(locale, { maximumFractionDigits: 1 }),
        });
  return (
    <>
      <section aria-labelledby="overall-title" className="panel">
        <h2 id="overall-title">{t('adm.figures.overall')}</h2>
        {view.overall.suppressed ? (
          <p>{t('adm.figures.suppressedAll')}</p>
        ) : (
          <dl className="details figures-overall">
            {rows(view.overall, t, locale).map((row) => (
              <Fragment key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </Fragment>
            ))}
          </dl>
        )}
        <p className="note">{t('adm.figures.dropoutHint')}</p>
      </section>

      <section aria-labelledby="months-title">
        <h2 id="months-title">{t('adm.figures.byMonth')}</h2>
        <MonthChart
          view={view}
          title={t('adm.figures.ratesChart')}
          tableTitle={t('adm.figures.ratesTable')}
          label={t('adm.figures.ratesLabel')}
          summary={t('adm.figures.ratesSummary')}
          axis={t('adm.figures.percentAxis')}
          yMax={100}
          format={percentOrNot}
          lines={[
            {
              label: t('adm.figures.checkinRate'),
              style: lineStyles.client,
              value: (set) => percent(set.checkins.rate),
            },
            {
              label: t('adm.figures.improved'),
              style: lineStyles.therapist,
              value: (set) => percent(set.outcomes.improvedRate),
            },
            {
              label: t('adm.figures.dropout'),
              style: lineStyles.rolling,
              value: (set) => percent(set.dropout.rate),
            },
          ]}
        />
        <MonthChart
          view={view}
          title={t('adm.figures.flagsChart')}
          tableTitle={t('adm.figures.flagsTable')}
          label={t('adm.figures.flagsLabel')}
          summary={t('adm.figures.flagsSummary')}
          axis={t('adm.figures.countAxis')}
          format={countOrFewer}
          lines={[
            {
              label: t('adm.figures.flagsRaised'),
              style: lineStyles.client,
              value: (set) => set.flags.raised.value,
            },
            {
              label: t('adm.figures.flagsResolved'),
              style: lineStyles.therapist,
              value: (set) => set.flags.resolved.value,
            },
            {
              label: t('adm.figures.drops'),
              style: lineStyles.rolling,
              value: (set) => set.ruptures.drops.value,
            },
          ]}
        />
        <FiguresTable
          caption={t('adm.figures.monthTable')}
          groups={view.byMonth.map((m) => ({
            key: m.month,
            label: monthName(m.month, locale),
            figures: m.figures,
          }))}
        />
      </section>

      {perTherapist && view.byTherapist.length > 0 ? (
        <section aria-labelledby="therapists-title">
          <h2 id="therapists-title">{t('adm.figures.byTherapist')}</h2>
          <FiguresTable
            caption={t('adm.figures.therapistTable')}
            groups={view.byTherapist.map((row) => ({
              key: row.therapistId,
              label: row.displayName,
              figures: row.figures,
            }))}
          />
        </section>
      ) : null}
    </>
  );
}

function FiguresPage({
  title,
  lead,
  load,
  therapists,
  back,
}: {
  title: string;
  lead: string;
  load: (range: FiguresRange) => Promise<FiguresView>;
  /** Who the administrator may narrow the figures to; absent for a therapist's own page. */
  therapists?: { id: string; displayName: string }[];
  back: boolean;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ months: 12, therapistId: '' });
  const [applied, setApplied] = useState(draft);
  const fetchFigures = useCallback(
    () =>
      load({
        from: periodStart(applied.months),
        ...(applied.therapistId ? { therapistId: applied.therapistId } : {}),
      }),
    [load, applied],
  );
  const figures = useResource(fetchFigures);
  const show = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };
  return (
    <Page title={title} lead={lead}>
      {back ? <BackToClinic /> : null}
      <p className="callout figures-rule">{t('adm.figures.smallCells')}</p>
      <form className="form filters figures-filters" onSubmit={show}>
        <div className="field">
          <label htmlFor="figures-period">{t('adm.figures.period')}</label>
          <select
            id="figures-period"
            value={draft.months}
            onChange={(event) => setDraft({ ...draft, months: Number(event.target.value) })}
          >
            {periods.map((months) => (
              <option key={months} value={months}>
                {t('adm.figures.months', { count: months })}
              </option>
            ))}
          </select>
        </div>
        {therapists ? (
          <div className="field">
            <label htmlFor="figures-scope">{t('adm.figures.scope')}</label>
            <select
              id="figures-scope"
              value={draft.therapistId}
              onChange={(event) => setDraft({ ...draft, therapistId: event.target.value })}
            >
              <option value="">{t('adm.figures.wholeClinic')}</option>
              {therapists.map((therapist) => (
                <option key={therapist.id} value={therapist.id}>
                  {therapist.displayName}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="button-row">
          <button className="button button--secondary" type="submit">
            {t('adm.figures.show')}
          </button>
        </div>
      </form>
      {figures.error ? <Alert kind="error">{errorMessage(figures.error, t)}</Alert> : null}
      {figures.data ? (
        <Report view={figures.data} perTherapist={Boolean(therapists) && !applied.therapistId} />
      ) : !figures.error ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : null}
    </Page>
  );
}

/** The administrator's page: the whole clinic, or one therapist. */
export function ClinicFigures() {
  const { t } = useI18n();
  const loadTherapists = useCallback(() => adminApi.therapists({ limit: 200 }), []);
  const therapists = useResource(loadTherapists);
  return (
    <FiguresPage
      title={t('adm.figures.title')}
      lead={t('adm.figures.lead')}
      load={adminApi.clinicFigures}
      therapists={(therapists.data?.items ?? []).map(({ id, displayName }) => ({
        id,
        displayName,
      }))}
      back
    />
  );
}

/** A therapist's own figures. */
export function MyFigures() {
  const { t } = useI18n();
  return (
    <FiguresPage
      title={t('adm.figures.myTitle')}
      lead={t('adm.figures.myLead')}
      load={adminApi.myFigures}
      back={false}
    />
  );
}
