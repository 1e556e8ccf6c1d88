/**
 * Reading Rapport's scoring extension (the complex extension documented in fhir.ts) into scales,
 * reporting each broken rule at its exact JSON path.
 */
import type { FhirExtension } from './fhir';
import { respondents, scaleDirections, scoringMethods } from './types';
import type { InstrumentItem, Respondent, Scale, ScaleNorms } from './types';

export type Path = (string | number)[];
export type Report = (path: Path, message: string) => void;

const fhirId = /^[A-Za-z0-9\-.]{1,64}$/;
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

type Cardinality = 'one' | 'optional' | 'many';
interface Entry {
  ext: FhirExtension;
  path: Path;
}

/** Sub-extensions by url, with unknown urls and wrong cardinalities reported. */
function readComplex(
  ext: FhirExtension,
  path: Path,
  spec: Record<string, Cardinality>,
  report: Report,
): Map<string, Entry[]> {
  const found = new Map<string, Entry[]>();
  (ext.extension ?? []).forEach((sub, index) => {
    const at = [...path, 'extension', index];
    if (!(sub.url in spec)) {
      report(
        [...at, 'url'],
        `unknown sub-extension "${sub.url}"; expected one of: ${Object.keys(spec).join(', ')}`,
      );
      return;
    }
    found.set(sub.url, [...(found.get(sub.url) ?? []), { ext: sub, path: at }]);
  });
  for (const [url, cardinality] of Object.entries(spec)) {
    const entries = found.get(url) ?? [];
    if (cardinality === 'one' && entries.length === 0)
      report([...path, 'extension'], `missing sub-extension "${url}"`);
    if (cardinality !== 'many' && entries.length > 1) {
      report(entries[1]?.path ?? path, `sub-extension "${url}" may appear only once`);
    }
  }
  return found;
}

function numberOf(entry: Entry | undefined, report: Report): number | undefined {
  if (!entry) return undefined;
  const value = entry.ext.valueDecimal ?? entry.ext.valueInteger;
  if (value === undefined || !Number.isFinite(value))
    report([...entry.path, 'valueDecimal'], 'expected a number in valueDecimal');
  return value;
}

function textOf(
  entry: Entry | undefined,
  key: 'valueCode' | 'valueId' | 'valueString',
  report: Report,
) {
  if (!entry) return undefined;
  const value = entry.ext[key] ?? entry.ext.valueString ?? entry.ext.valueCode ?? entry.ext.valueId;
  if (value === undefined || value === '')
    report([...entry.path, key], `expected a value in ${key}`);
  return value;
}

function oneOf<T extends string>(
  entry: Entry | undefined,
  allowed: readonly T[],
  report: Report,
): T | undefined {
  const value = textOf(entry, 'valueCode', report);
  if (value === undefined || !entry) return undefined;
  const known = allowed.find((candidate) => candidate === value);
  if (known !== undefined) return known;
  report([...entry.path, 'valueCode'], `"${value}" is not one of: ${allowed.join(', ')}`);
  return undefined;
}

const scaleSpec = {
  id: 'one',
  method: 'one',
  direction: 'one',
  item: 'many',
  reversed: 'many',
  min: 'one',
  max: 'one',
  sd: 'optional',
  reliability: 'optional',
  cutoff: 'optional',
  reliableChange: 'optional',
  norms: 'optional',
} as const satisfies Record<string, Cardinality>;

const normsSpec = {
  clinicalMean: 'one',
  clinicalSd: 'one',
  functionalMean: 'one',
  functionalSd: 'one',
} as const;

function readNorms(entry: Entry | undefined, report: Report): ScaleNorms | undefined {
  if (!entry) return undefined;
  const subs = readComplex(entry.ext, entry.path, normsSpec, report);
  const get = (url: keyof typeof normsSpec) => numberOf(subs.get(url)?.[0], report);
  const [cm, csd, fm, fsd] = [
    get('clinicalMean'),
    get('clinicalSd'),
    get('functionalMean'),
    get('functionalSd'),
  ];
  for (const url of ['clinicalSd', 'functionalSd'] as const) {
    const sd = get(url);
    const at = subs.get(url)?.[0]?.path;
    if (sd !== undefined && at && !(sd > 0))
      report([...at, 'valueDecimal'], `${url} must be greater than 0`);
  }
  if (cm === undefined || csd === undefined || fm === undefined || fsd === undefined)
    return undefined;
  return { clinical: { mean: cm, sd: csd }, functional: { mean: fm, sd: fsd } };
}

function readScale(
  entry: Entry,
  items: ReadonlyMap<string, InstrumentItem>,
  report: Report,
): Scale | null {
  const subs = readComplex(entry.ext, entry.path, scaleSpec, report);
  const first = (url: keyof typeof scaleSpec) => subs.get(url)?.[0];
  const id = textOf(first('id'), 'valueId', report);
  const idEntry = first('id');
  if (id !== undefined && idEntry && !fhirId.test(id))
    report(
      [...idEntry.path, 'valueId'],
      'a scale id may use letters, digits, "-" and "." (1–64 characters)',
    );
  const method = oneOf(first('method'), scoringMethods, report);
  const direction = oneOf(first('direction'), scaleDirections, report);
  const listOf = (url: 'item' | 'reversed') =>
    (subs.get(url) ?? []).map((sub) => ({
      id: textOf(sub, 'valueString', report),
      path: sub.path,
    }));
  const scaleItems = listOf('item');
  if (scaleItems.length === 0)
    report([...entry.path, 'extension'], 'a scale needs at least one "item" sub-extension');
  const seen = new Set<string>();
  for (const { id: itemId, path } of scaleItems) {
    if (itemId === undefined) continue;
    if (!items.has(itemId))
      report(
        [...path, 'valueString'],
        `"${itemId}" is not the linkId of a question of this questionnaire`,
      );
    if (seen.has(itemId))
      report([...path, 'valueString'], `"${itemId}" is listed twice in this scale`);
    seen.add(itemId);
  }
  const reversed = listOf('reversed');
  for (const { id: itemId, path } of reversed) {
    if (itemId !== undefined && !seen.has(itemId))
      report([...path, 'valueString'], `reversed item "${itemId}" is not an item of this scale`);
  }
  const min = numberOf(first('min'), report);
  const max = numberOf(first('max'), report);
  const param = (
    url: 'sd' | 'reliability' | 'cutoff' | 'reliableChange',
    valid: (v: number) => boolean,
    rule: string,
  ) => {
    const sub = first(url);
    const value = numberOf(sub, report);
    if (value !== undefined && sub && !valid(value))
      report([...sub.path, 'valueDecimal'], `${url} ${rule}`);
    return value;
  };
  const sd = param('sd', (v) => v > 0, 'must be greater than 0');
  const reliability = param(
    'reliability',
    (v) => v >= 0 && v < 1,
    'must be at least 0 and below 1',
  );
  const lo = min ?? -Infinity;
  const hi = max ?? Infinity;
  const cutoff = param(
    'cutoff',
    (v) => v >= lo && v <= hi,
    `must lie within the scale's range ${min}–${max}`,
  );
  const reliableChange = param(
    'reliableChange',
    (v) => v > 0 && v <= hi - lo,
    "must be greater than 0 and at most the scale's span",
  );
  const norms = readNorms(first('norms'), report);

  const members = scaleItems.map((s) => (s.id === undefined ? undefined : items.get(s.id)));
  if (
    method &&
    min !== undefined &&
    max !== undefined &&
    members.length > 0 &&
    members.every((m) => m)
  ) {
    const defined = members.filter((m): m is InstrumentItem => m !== undefined);
    const total = (pick: (m: InstrumentItem) => number) =>
      defined.reduce((sum, m) => sum + pick(m), 0);
    const divisor = method === 'mean' ? defined.length : 1;
    const [wantMin, wantMax] = [total((m) => m.min) / divisor, total((m) => m.max) / divisor];
    const minPath = first('min')?.path ?? entry.path;
    const maxPath = first('max')?.path ?? entry.path;
    if (!near(min, wantMin))
      report(
        [...minPath, 'valueDecimal'],
        `min must be ${wantMin}, the ${method} of the items' minimums`,
      );
    if (!near(max, wantMax))
      report(
        [...maxPath, 'valueDecimal'],
        `max must be ${wantMax}, the ${method} of the items' maximums`,
      );
  }
  if (id === undefined || !method || !direction || min === undefined || max === undefined)
    return null;
  return {
    id,
    items: scaleItems.flatMap((s) => (s.id === undefined ? [] : [s.id])),
    method,
    direction,
    reversed: reversed.flatMap((s) => (s.id === undefined ? [] : [s.id])),
    min,
    max,
    ...(sd === undefined ? {} : { sd }),
    ...(reliability === undefined ? {} : { reliability }),
    ...(cutoff === undefined ? {} : { cutoff }),
    ...(reliableChange === undefined ? {} : { reliableChange }),
    ...(norms === undefined ? {} : { norms }),
  };
}

/** The respondent and scales of the scoring extension found at `root`. */
export function readScoringExtension(
  scoring: FhirExtension,
  root: Path,
  items: ReadonlyMap<string, InstrumentItem>,
  report: Report,
): { respondent: Respondent | undefined; scales: Scale[] } {
  const subs = readComplex(scoring, root, { respondent: 'one', scale: 'many' }, report);
  const respondent = oneOf(subs.get('respondent')?.[0], respondents, report);
  const scaleEntries = subs.get('scale') ?? [];
  if (scaleEntries.length === 0) {
    report([...root, 'extension'], 'the scoring extension needs at least one "scale"');
  }
  const scales: Scale[] = [];
  const scaleIds = new Set<string>();
  for (const entry of scaleEntries) {
    const scale = readScale(entry, items, report);
    if (!scale) continue;
    if (scaleIds.has(scale.id)) {
      report([...entry.path, 'extension'], `scale id "${scale.id}" is used more than once`);
    }
    scaleIds.add(scale.id);
    scales.push(scale);
  }
  return { respondent, scales };
}
