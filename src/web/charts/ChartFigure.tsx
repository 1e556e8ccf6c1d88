/**
 * A chart with everything around it that makes it readable without seeing it: a heading, a short
 * text summary (also the chart's description), a visible legend, and the values as a table.
 */
import { useCallback, useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Legend, type LegendItem } from './Legend';
import { TimeSeriesChart, type ChartSpec } from './TimeSeriesChart';

export function ChartFigure({
  title,
  label,
  summary,
  spec,
  legend,
  readout,
  note,
  table,
}: {
  title: string;
  /** The accessible name of the chart image. */
  label: string;
  summary: string[];
  spec: ChartSpec;
  legend: LegendItem[];
  /** What to show under the chart while the pointer is over session `index` (mouse users). */
  readout: (index: number) => string | null;
  note?: string;
  table: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const [hovered, setHovered] = useState<number | null>(null);
  const onHover = useCallback((index: number | null) => setHovered(index), []);
  const shown = hovered === null ? null : readout(hovered);
  return (
    <section className="chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div id={`${id}-summary`} className="chart__summary">
        {summary.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {spec.x.length > 0 ? (
        <>
          <TimeSeriesChart
            spec={spec}
            label={label}
            describedBy={`${id}-summary`}
            onHover={onHover}
          />
          <p className="chart__readout" aria-hidden="true">
            {shown ?? '\u00a0'}
          </p>
          <Legend items={legend} label={t('ws.chart.legend', { chart: title })} />
          {note ? <p className="note">{note}</p> : null}
          <details className="chart__table">
            <summary>{t('ws.chart.showTable')}</summary>
            {table}
          </details>
        </>
      ) : null}
    </section>
  );
}
