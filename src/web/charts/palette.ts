/**
 * How each chart series looks. Every line has at least 3:1 contrast on white (WCAG 1.4.11), and
 * no two series differ by colour alone: solid vs dashed vs dotted, filled vs hollow points.
 */
export type PointShape = 'circle' | 'square' | 'none';
export type MarkerShape = 'triangle-hollow' | 'triangle' | 'cross';
export type SpanStyle = 'tint' | 'hatch' | 'outline';

export interface LineStyle {
  color: string;
  width: number;
  dash: number[];
  point: PointShape;
  pointFill: 'solid' | 'hollow';
}

export const lineStyles = {
  client: { color: '#1f5f5b', width: 2.5, dash: [], point: 'circle', pointFill: 'solid' },
  rolling: { color: '#6b3fa0', width: 3, dash: [10, 5], point: 'none', pointFill: 'solid' },
  therapist: { color: '#9a4d00', width: 2, dash: [3, 3], point: 'square', pointFill: 'hollow' },
  expected: { color: '#6b3fa0', width: 2, dash: [10, 5], point: 'none', pointFill: 'solid' },
  cutoff: { color: '#a4262c', width: 1.5, dash: [12, 4, 2, 4], point: 'none', pointFill: 'solid' },
} satisfies Record<string, LineStyle>;

export const bandStyle = { fill: 'rgba(107, 63, 160, 0.13)', edge: '#6b3fa0' };

export const markerColor = '#3b4a48';

export const markerShapes = {
  cancelled: 'triangle-hollow',
  late_cancelled: 'triangle',
  no_show: 'cross',
} as const satisfies Record<string, MarkerShape>;

export const spanStyles = {
  repaired: { style: 'tint', fill: 'rgba(30, 107, 58, 0.14)', edge: '#1e6b3a' },
  ongoing: { style: 'hatch', fill: 'rgba(179, 92, 0, 0.35)', edge: '#9a4d00' },
  closed: { style: 'outline', fill: 'rgba(74, 91, 89, 0.08)', edge: '#4a5b59' },
} as const satisfies Record<string, { style: SpanStyle; fill: string; edge: string }>;

export const axisColor = '#4a5b59';
export const gridColor = '#e1e8e6';
