/**
 * Alliance over sessions (0–10): the client's ratings, their rolling four-session mean, the
 * therapist's own ratings (so the agreement gap shows), the low-alliance cutoff, missed sessions
 * and rupture → repair spans.
 */
import { useMemo } from 'react';
import type { MessageKey } from '../../core/i18n';
import { formatDate, formatScoreFixed } from '../format';
import { useI18n } from '../i18n';
import { sessionStatusText } from '../labels';
import { Cell, ScrollTable } from '../components/TableParts';
import { ChartFigure } from './ChartFigure';
import type { LegendItem } from './Legend';
import { lineStyles, markerShapes, spanStyles } from './palette';
import { allianceAxisMin, type AllianceChartData, type RuptureEpisode } from './series';
import type { ChartSpec } from './TimeSeriesChart';

const episodeLabel: Record<RuptureEpisode['outcome'], MessageKey> = {
  repaired: 'ws.chart.repaired',
  ongoing: 'ws.chart.ongoing',
  closed: 'ws.chart.closed',
};

const startLabel: Record<RuptureEpisode['outcome'], MessageKey> = {
  repaired: 'ws.table.startRepaired',
  ongoing: 'ws.table.startOngoing',
  closed: 'ws.table.startClosed',
};

const markerLabel = {
  cancelled: 'ws.chart.cancelled',
  late_cancelled: 'ws.chart.lateCancelled',
  no_show: 'ws.chart.noShow',
} as const satisfies Record<keyof typeof markerShapes, MessageKey>;

export function AllianceChart({
  data,
  clientLabel,
}: {
  data: AllianceChartData;
  /** What the client's own line is called (the client's page says "You"). */
  clientLabel?: string;
}) {
  const { t, locale } = useI18n();
  const clientName = clientLabel ?? t('ws.chart.client');
  const score = (value: number | null) => (value === null ? null : formatScoreFixed(value, locale));
  const hasTherapist = data.therapist.some((value) => value !== null);
  const cutoff = formatScoreFixed(data.cutoff, locale);

  const spec = useMemo<ChartSpec>(
    () => ({
      x: data.x,
      lines: [
        { label: clientName, values: data.client, style: lineStyles.client },
        { label: t('ws.chart.rolling'), values: data.rolling, style: lineStyles.rolling },
        ...(hasTherapist
          ? [
              {
                label: t('ws.chart.therapist'),
                values: data.therapist,
                style: lineStyles.therapist,
              },
            ]
          : []),
      ],
      thresholds: [{ value: data.cutoff, style: lineStyles.cutoff }],
      spans: data.episodes.map((episode) => ({
        from: episode.from,
        to: episode.to,
        ...spanStyles[episode.outcome],
      })),
      markers: data.markers.map((marker) => ({ x: marker.x, shape: markerShapes[marker.kind] })),
      y: { min: allianceAxisMin(data), max: 10, label: t('ws.chart.allianceAxis') },
      xLabel: t('ws.chart.sessionAxis'),
    }),
    [data, hasTherapist, clientName, t],
  );

  const legend: LegendItem[] = [
    { kind: 'line', label: clientName, style: lineStyles.client },
    { kind: 'line', label: t('ws.chart.rolling'), style: lineStyles.rolling },
    ...(hasTherapist
      ? [{ kind: 'line' as const, label: t('ws.chart.therapist'), style: lineStyles.therapist }]
      : []),
    {
      kind: 'line',
      label: t('ws.chart.allianceCutoff', { value: cutoff }),
      style: lineStyles.cutoff,
    },
    ...(['repaired', 'ongoing', 'closed'] as const)
      .filter((outcome) => data.episodes.some((episode) => episode.outcome === outcome))
      .map((outcome) => ({
        kind: 'span' as const,
        label: t(episodeLabel[outcome]),
        ...spanStyles[outcome],
      })),
    ...(['cancelled', 'late_cancelled', 'no_show'] as const)
      .filter((kind) => data.markers.some((marker) => marker.kind === kind))
      .map((kind) => ({
        kind: 'marker' as const,
        label: t(markerLabel[kind]),
        shape: markerShapes[kind],
      })),
  ];

  const { summary } = data;
  const lines: string[] = [];
  if (summary.latest) {
    lines.push(
      t('ws.alliance.summary.latest', {
        value: formatScoreFixed(summary.latest.value, locale),
        session: summary.latest.session,
        mean: formatScoreFixed(summary.latest.rolling, locale),
      }) +
        ' ' +
        t(summary.belowCutoff ? 'ws.alliance.summary.below' : 'ws.alliance.summary.above', {
          cutoff,
        }),
    );
  } else {
    lines.push(t('ws.alliance.summary.none'));
  }
  if (summary.meanGap !== null) {
    const gap = formatScoreFixed(Math.abs(summary.meanGap), locale);
    const key: MessageKey =
      Math.abs(summary.meanGap) < 0.05
        ? 'ws.alliance.summary.gapSame'
        : summary.meanGap > 0
          ? 'ws.alliance.summary.gapHigher'
          : 'ws.alliance.summary.gapLower';
    lines.push(t(key, { gap, pairs: summary.pairs }));
  }
  const events = [
    summary.ruptures > 0
      ? t('ws.alliance.summary.ruptures', {
          ruptures: summary.ruptures,
          repaired: summary.repaired,
        })
      : null,
    summary.missed > 0 ? t('ws.alliance.summary.missed', { missed: summary.missed }) : null,
  ].filter((line): line is string => line !== null);
  if (events.length > 0) lines.push(events.join(' '));

  const readout = (index: number) => {
    const row = data.rows[index];
    if (!row) return null;
    const parts = [
      t('ws.table.sessionN', { number: row.number }),
      row.client === null
        ? sessionStatusText(row.status, row.cancelledBy, t)
        : `${clientName} ${score(row.client) ?? ''}`,
      ...(row.rolling === null ? [] : [`${t('ws.chart.rolling')} ${score(row.rolling) ?? ''}`]),
      ...(row.therapist === null
        ? []
        : [`${t('ws.chart.therapist')} ${score(row.therapist) ?? ''}`]),
    ];
    return parts.join(' · ');
  };

  const rupture = (row: AllianceChartData['rows'][number]) => {
    const words = [
      ...row.ruptureStarts.map((outcome) => t(startLabel[outcome])),
      ...row.ruptureEnds.map((outcome) =>
        t(outcome === 'repaired' ? 'ws.table.ruptureRepaired' : 'ws.table.ruptureClosed'),
      ),
    ];
    return words.length ? words.join('; ') : null;
  };

  return (
    <ChartFigure
      title={t('ws.alliance.title')}
      label={t('ws.alliance.chartLabel')}
      summary={lines}
      spec={spec}
      legend={legend}
      readout={readout}
      note={t('ws.alliance.note')}
      table={
        <ScrollTable label={t('ws.alliance.tableCaption')}>
          <table className="data-table">
            <caption>{t('ws.alliance.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ws.table.session')}</th>
                <th scope="col">{t('ws.table.date')}</th>
                <th scope="col">{t('ws.table.attendance')}</th>
                <th scope="col" className="num">
                  {clientName}
                </th>
                <th scope="col" className="num">
                  {t('ws.chart.rolling')}
                </th>
                <th scope="col" className="num">
                  {t('ws.chart.therapist')}
                </th>
                <th scope="col" className="num">
                  {t('ws.table.gap')}
                </th>
                <th scope="col">{t('ws.table.rupture')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.sessionId}>
                  <th scope="row">{row.number}</th>
                  <td>{formatDate(row.scheduledAt, locale)}</td>
                  <td>{sessionStatusText(row.status, row.cancelledBy, t)}</td>
                  <td className="num">
                    <Cell value={score(row.client)} />
                  </td>
                  <td className="num">
                    <Cell value={score(row.rolling)} />
                  </td>
                  <td className="num">
                    <Cell value={score(row.therapist)} />
                  </td>
                  <td className="num">
                    <Cell
                      value={
                        row.gap === null
                          ? null
                          : `${row.gap > 0 ? '+' : ''}${formatScoreFixed(row.gap, locale)}`
                      }
                    />
                  </td>
                  <td>
                    <Cell value={rupture(row)} />
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
