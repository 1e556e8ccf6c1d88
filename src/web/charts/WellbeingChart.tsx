/**
 * Well-being over sessions (0–40) with the clinical cutoff and the expected band for the client's
 * intake score (the same model that raises `not_on_track`).
 */
import { useMemo } from 'react';
import type { MessageKey } from '../../core/i18n';
import { formatDate, formatScore, formatScoreFixed } from '../format';
import { useI18n } from '../i18n';
import { Cell, ScrollTable } from '../components/TableParts';
import { ChartFigure } from './ChartFigure';
import type { LegendItem } from './Legend';
import { bandStyle, lineStyles } from './palette';
import type { WellbeingChartData } from './series';
import type { ChartSpec } from './TimeSeriesChart';

const positionKey = {
  above: 'ws.wellbeing.summary.above',
  within: 'ws.wellbeing.summary.within',
  below: 'ws.wellbeing.summary.below',
} as const satisfies Record<string, MessageKey>;

export function WellbeingChart({
  data,
  max,
  threshold,
}: {
  data: WellbeingChartData;
  max: number;
  /** The reliable-change threshold: the half-width of the expected band. */
  threshold: number | null;
}) {
  const { t, locale } = useI18n();
  const hasBand = data.expected.some((value) => value !== null);
  const cutoff = data.cutoff === null ? null : formatScore(data.cutoff, locale);

  const spec = useMemo<ChartSpec>(
    () => ({
      x: data.x,
      lines: [
        { label: t('ws.chart.wellbeing'), values: data.values, style: lineStyles.client },
        ...(hasBand
          ? [{ label: t('ws.chart.expected'), values: data.expected, style: lineStyles.expected }]
          : []),
      ],
      ...(hasBand ? { band: { lower: data.lower, upper: data.upper, ...bandStyle } } : {}),
      thresholds: data.cutoff === null ? [] : [{ value: data.cutoff, style: lineStyles.cutoff }],
      spans: [],
      markers: [],
      y: { min: 0, max, label: t('ws.chart.wellbeingAxis') },
      xLabel: t('ws.chart.sessionAxis'),
    }),
    [data, hasBand, max, t],
  );

  const legend: LegendItem[] = [
    { kind: 'line', label: t('ws.chart.wellbeing'), style: lineStyles.client },
    ...(hasBand
      ? [
          { kind: 'line' as const, label: t('ws.chart.expected'), style: lineStyles.expected },
          { kind: 'band' as const, label: t('ws.chart.band'), ...bandStyle },
        ]
      : []),
    ...(cutoff === null
      ? []
      : [
          {
            kind: 'line' as const,
            label: t('ws.chart.wellbeingCutoff', { value: cutoff }),
            style: lineStyles.cutoff,
          },
        ]),
  ];

  const { summary } = data;
  const lines: string[] = [];
  if (summary.latest && summary.intake !== null) {
    const parts = [
      t('ws.wellbeing.summary.latest', {
        intake: formatScore(summary.intake, locale),
        value: formatScore(summary.latest.value, locale),
        session: summary.latest.session,
      }),
    ];
    if (summary.position) parts.push(t(positionKey[summary.position]));
    if (summary.belowCutoff !== null && cutoff !== null) {
      parts.push(
        t(
          summary.belowCutoff
            ? 'ws.wellbeing.summary.belowCutoff'
            : 'ws.wellbeing.summary.aboveCutoff',
          {
            cutoff,
          },
        ),
      );
    }
    lines.push(parts.join(' '));
  } else {
    lines.push(t('ws.wellbeing.summary.none'));
  }

  const range = (row: WellbeingChartData['rows'][number]) =>
    row.lower === null || row.upper === null
      ? null
      : t('ws.table.range', {
          lower: formatScoreFixed(row.lower, locale),
          upper: formatScoreFixed(row.upper, locale),
        });

  const readout = (index: number) => {
    const row = data.rows[index];
    if (!row) return null;
    return [
      t('ws.table.sessionN', { number: row.number }),
      row.value === null
        ? t('ws.table.noCheckin')
        : `${t('ws.chart.wellbeing')} ${formatScore(row.value, locale)}`,
      ...(row.expected === null
        ? []
        : [`${t('ws.chart.expected')} ${formatScoreFixed(row.expected, locale)}`]),
    ].join(' · ');
  };

  return (
    <ChartFigure
      title={t('ws.wellbeing.title')}
      label={t('ws.wellbeing.chartLabel', { max })}
      summary={lines}
      spec={spec}
      legend={legend}
      readout={readout}
      {...(hasBand && threshold !== null
        ? { note: t('ws.wellbeing.bandNote', { threshold: formatScore(threshold, locale) }) }
        : {})}
      table={
        <ScrollTable label={t('ws.wellbeing.tableCaption')}>
          <table className="data-table">
            <caption>{t('ws.wellbeing.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ws.table.session')}</th>
                <th scope="col">{t('ws.table.date')}</th>
                <th scope="col" className="num">
                  {t('ws.chart.wellbeing')}
                </th>
                <th scope="col" className="num">
                  {t('ws.chart.expected')}
                </th>
                <th scope="col" className="num">
                  {t('ws.chart.band')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.sessionId}>
                  <th scope="row">{row.number}</th>
                  <td>{formatDate(row.scheduledAt, locale)}</td>
                  <td className="num">
                    <Cell value={row.value === null ? null : formatScoreFixed(row.value, locale)} />
                  </td>
                  <td className="num">
                    <Cell
                      value={row.expected === null ? null : formatScoreFixed(row.expected, locale)}
                    />
                  </td>
                  <td className="num">
                    <Cell value={range(row)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      }
    />
  );
}
