/** A chart's visible legend: each swatch repeats the line's dash and point shape, with words. */
import type { LineStyle, MarkerShape, SpanStyle } from './palette';
import { markerColor } from './palette';

export type LegendItem = { label: string } & (
  | { kind: 'line'; style: LineStyle }
  | { kind: 'band'; fill: string; edge: string }
  | { kind: 'span'; style: SpanStyle; fill: string; edge: string }
  | { kind: 'marker'; shape: MarkerShape }
);

function Swatch({ item }: { item: LegendItem }) {
  switch (item.kind) {
    case 'line': {
      const { color, width, dash, point, pointFill } = item.style;
      return (
        <svg aria-hidden="true" width="40" height="16" viewBox="0 0 40 16">
          <line
            x1="2"
            y1="8"
            x2="38"
            y2="8"
            stroke={color}
            strokeWidth={width}
            strokeDasharray={dash.join(' ') || undefined}
          />
          {point === 'circle' ? (
            <circle
              cx="20"
              cy="8"
              r="4"
              fill={pointFill === 'solid' ? color : '#fff'}
              stroke={color}
              strokeWidth="1.5"
            />
          ) : null}
          {point === 'square' ? (
            <rect
              x="16"
              y="4"
              width="8"
              height="8"
              fill={pointFill === 'solid' ? color : '#fff'}
              stroke={color}
              strokeWidth="1.5"
            />
          ) : null}
        </svg>
      );
    }
    case 'band':
      return (
        <svg aria-hidden="true" width="40" height="16" viewBox="0 0 40 16">
          <rect x="2" y="2" width="36" height="12" fill={item.fill} />
          <line x1="2" y1="2" x2="38" y2="2" stroke={item.edge} strokeDasharray="2 3" />
          <line x1="2" y1="14" x2="38" y2="14" stroke={item.edge} strokeDasharray="2 3" />
        </svg>
      );
    case 'span':
      return (
        <svg aria-hidden="true" width="40" height="16" viewBox="0 0 40 16">
          {item.style === 'hatch' ? (
            <g stroke={item.fill} strokeWidth="1">
              {[-8, 0, 8, 16, 24, 32].map((x) => (
                <line key={x} x1={x} y1="16" x2={x + 14} y2="2" />
              ))}
            </g>
          ) : (
            <rect x="2" y="2" width="36" height="12" fill={item.fill} />
          )}
          <rect
            x="2"
            y="2"
            width="36"
            height="12"
            fill="none"
            stroke={item.edge}
            strokeDasharray={item.style === 'outline' ? '4 3' : undefined}
          />
        </svg>
      );
    case 'marker':
      return (
        <svg aria-hidden="true" width="40" height="16" viewBox="0 0 40 16">
          {item.shape === 'cross' ? (
            <path d="M15 3 L25 13 M25 3 L15 13" stroke={markerColor} strokeWidth="2" />
          ) : (
            <path
              d="M14 3 L26 3 L20 13 Z"
              fill={item.shape === 'triangle' ? markerColor : '#fff'}
              stroke={markerColor}
              strokeWidth="1.5"
            />
          )}
        </svg>
      );
  }
}

export function Legend({ items, label }: { items: LegendItem[]; label: string }) {
  return (
    <ul className="legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.label}>
          <Swatch item={item} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
