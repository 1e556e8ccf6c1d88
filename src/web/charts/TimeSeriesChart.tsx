/**
 * A uPlot line chart over sessions, loaded lazily (uPlot stays out of the initial bundle). Its
 * width follows its container (ResizeObserver), so it fits a 360 px phone. Point shapes, markers,
 * thresholds and shaded spans are drawn on the canvas in hooks, so every series can differ by
 * shape and dash, not colour alone. Nothing animates; with prefers-reduced-motion the hover
 * crosshair is off too. The canvas is one image with an accessible name; the numbers are in the
 * text table that each chart puts below it.
 */
import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { useI18n } from '../i18n';
import {
  axisColor,
  gridColor,
  markerColor,
  type LineStyle,
  type MarkerShape,
  type SpanStyle,
} from './palette';

export interface ChartLine {
  label: string;
  values: (number | null)[];
  style: LineStyle;
}

export interface ChartSpec {
  x: number[];
  lines: ChartLine[];
  band?: { lower: (number | null)[]; upper: (number | null)[]; fill: string; edge: string };
  thresholds: { value: number; style: LineStyle }[];
  spans: { from: number; to: number; style: SpanStyle; fill: string; edge: string }[];
  markers: { x: number; shape: MarkerShape }[];
  y: { min: number; max: number; label: string };
  xLabel: string;
  /** Words for a whole-number x tick (a month's name, say); the number itself by default. */
  xTick?: (value: number) => string;
}

type UPlotConstructor = typeof uPlot;

let loading: Promise<UPlotConstructor> | null = null;
function loadUPlot(): Promise<UPlotConstructor> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
    ([module]) => module.default,
  );
  return loading;
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

function drawPoint(
  ctx: CanvasRenderingContext2D,
  shape: LineStyle['point'],
  fill: LineStyle['pointFill'],
  x: number,
  y: number,
  r: number,
  color: string,
) {
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(x, y, r, 0, 2 * Math.PI);
  else if (shape === 'square') ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else return;
  ctx.fillStyle = fill === 'solid' ? color : '#ffffff';
  ctx.fill();
  ctx.setLineDash([]);
  ctx.lineWidth = Math.max(1.5, r / 2.5);
  ctx.strokeStyle = color;
  ctx.stroke();
}

function drawMarker(
  ctx: CanvasRenderingContext2D,
  shape: MarkerShape,
  x: number,
  y: number,
  r: number,
) {
  ctx.beginPath();
  ctx.setLineDash([]);
  ctx.strokeStyle = markerColor;
  ctx.fillStyle = markerColor;
  ctx.lineWidth = Math.max(1.5, r / 3);
  if (shape === 'cross') {
    ctx.moveTo(x - r, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.moveTo(x + r, y - r);
    ctx.lineTo(x - r, y + r);
    ctx.stroke();
    return;
  }
  // Pointing down: a session that did not happen.
  ctx.moveTo(x - r, y - r);
  ctx.lineTo(x + r, y - r);
  ctx.lineTo(x, y + r);
  ctx.closePath();
  if (shape === 'triangle') ctx.fill();
  else {
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.stroke();
  }
}

function hatch(
  ctx: CanvasRenderingContext2D,
  color: string,
  left: number,
  top: number,
  w: number,
  h: number,
  gap: number,
) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, w, h);
  ctx.clip();
  ctx.beginPath();
  for (let x = left - h; x < left + w; x += gap) {
    ctx.moveTo(x, top + h);
    ctx.lineTo(x + h, top);
  }
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  ctx.stroke();
  ctx.restore();
}

function options(
  spec: ChartSpec,
  width: number,
  onHover: (index: number | null) => void,
): uPlot.Options {
  const px = (n: number) => n * (window.devicePixelRatio || 1);
  const font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  const axis = {
    stroke: axisColor,
    font,
    labelFont: font,
    grid: { stroke: gridColor, width: 1 },
    ticks: { stroke: gridColor },
  };
  const lineSeries: uPlot.Series[] = spec.lines.map((line) => ({
    label: line.label,
    stroke: line.style.color,
    width: line.style.width,
    dash: line.style.dash,
    spanGaps: true,
    points: { show: false },
  }));
  const bandSeries: uPlot.Series[] = spec.band
    ? [spec.band.upper, spec.band.lower].map(() => ({
        stroke: spec.band?.edge ?? axisColor,
        width: 1,
        dash: [2, 4],
        spanGaps: true,
        points: { show: false },
      }))
    : [];
  const first = lineSeries.length + 1;
  const xs = spec.x;
  const xMin = xs.length ? Math.min(...xs) - 0.5 : 0;
  const xMax = xs.length ? Math.max(...xs) + 0.5 : 1;
  const motion = !reducedMotion();

  return {
    width,
    height: width < 480 ? 230 : 290,
    legend: { show: false },
    cursor: motion
      ? {
          x: true,
          y: false,
          points: { show: false },
          drag: { setScale: false, x: false, y: false },
        }
      : { show: false },
    scales: {
      x: { time: false, range: [xMin, xMax] },
      y: { range: [spec.y.min, spec.y.max] },
    },
    axes: [
      {
        ...axis,
        label: spec.xLabel,
        labelSize: 22,
        size: 34,
        incrs: [1, 2, 5, 10, 20, 50],
        values: (_u, splits) =>
          splits.map((v) => (Number.isInteger(v) ? (spec.xTick?.(v) ?? String(v)) : '')),
      },
      { ...axis, label: spec.y.label, labelSize: 22, size: 40 },
    ],
    series: [{}, ...lineSeries, ...bandSeries],
    ...(spec.band
      ? { bands: [{ series: [first, first + 1] as [number, number], fill: spec.band.fill }] }
      : {}),
    hooks: {
      drawClear: [
        (u) => {
          const { ctx } = u;
          const { top, height } = u.bbox;
          for (const span of spec.spans) {
            const left = u.valToPos(span.from - 0.4, 'x', true);
            const right = u.valToPos(span.to + 0.4, 'x', true);
            ctx.save();
            ctx.fillStyle = span.fill;
            if (span.style === 'hatch')
              hatch(ctx, span.fill, left, top, right - left, height, px(7));
            else ctx.fillRect(left, top, right - left, height);
            ctx.strokeStyle = span.edge;
            ctx.lineWidth = px(1);
            ctx.setLineDash(span.style === 'outline' ? [px(4), px(3)] : []);
            ctx.strokeRect(left, top, right - left, height);
            ctx.restore();
          }
        },
      ],
      draw: [
        (u) => {
          const { ctx } = u;
          const { left, top, width: w, height } = u.bbox;
          ctx.save();
          for (const threshold of spec.thresholds) {
            const y = u.valToPos(threshold.value, 'y', true);
            ctx.beginPath();
            ctx.strokeStyle = threshold.style.color;
            ctx.lineWidth = px(threshold.style.width);
            ctx.setLineDash(threshold.style.dash.map(px));
            ctx.moveTo(left, y);
            ctx.lineTo(left + w, y);
            ctx.stroke();
          }
          for (const line of spec.lines) {
            line.values.forEach((value, i) => {
              const x = xs[i];
              if (value === null || x === undefined) return;
              drawPoint(
                ctx,
                line.style.point,
                line.style.pointFill,
                u.valToPos(x, 'x', true),
                u.valToPos(value, 'y', true),
                px(4),
                line.style.color,
              );
            });
          }
          for (const marker of spec.markers) {
            drawMarker(
              ctx,
              marker.shape,
              u.valToPos(marker.x, 'x', true),
              top + height - px(10),
              px(5),
            );
          }
          ctx.restore();
        },
      ],
      setCursor: [(u) => onHover(u.cursor.idx ?? null)],
    },
  };
}

export function TimeSeriesChart({
  spec,
  label,
  describedBy,
  onHover,
}: {
  spec: ChartSpec;
  /** The accessible name of the chart image. */
  label: string;
  describedBy?: string;
  onHover?: (index: number | null) => void;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [UPlot, setUPlot] = useState<UPlotConstructor | null>(null);
  const [failed, setFailed] = useState(false);
  const [width, setWidth] = useState(0);
  const hover = useRef(onHover);

  useEffect(() => {
    hover.current = onHover;
  }, [onHover]);

  useEffect(() => {
    let live = true;
    loadUPlot().then(
      (constructor) => {
        if (live) setUPlot(() => constructor);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 0);
      setWidth((previous) => (previous === next ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!UPlot || !element || width === 0) return;
    const data = [
      spec.x,
      ...spec.lines.map((line) => line.values),
      ...(spec.band ? [spec.band.upper, spec.band.lower] : []),
    ] as uPlot.AlignedData;
    const plot = new UPlot(
      options(spec, width, (index) => hover.current?.(index)),
      data,
      element,
    );
    return () => plot.destroy();
  }, [UPlot, spec, width]);

  return (
    <div className="chart__frame">
      <div
        ref={box}
        className="chart__canvas"
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        onMouseLeave={() => hover.current?.(null)}
      />
      {!UPlot && !failed ? (
        <p className="chart__loading" role="status">
          {t('ws.chart.loading')}
        </p>
      ) : null}
      {failed ? <p className="chart__loading">{t('ws.chart.failed')}</p> : null}
    </div>
  );
}
