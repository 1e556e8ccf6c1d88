/**
 * What a benchmark run reports: one table (scenario, database, Rapport's figure, the floor
 * measured in the same run, the ratio, the target and whether it is met), the same as JSON in
 * bench/results/ with a description of the machine, and the README's section between the
 * `<!-- bench:start -->` and `<!-- bench:end -->` markers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, arch, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { format } from 'prettier';

/** A target on Rapport's own figure, or on its ratio to the floor (Rapport ÷ floor). */
export interface Target {
  on: 'value' | 'ratio';
  atMost?: number;
  atLeast?: number;
}

export interface BenchRow {
  /** The scenario, e.g. "check-in submission (HTTP)". */
  scenario: string;
  /** What is measured, e.g. "p99" or "throughput". */
  measure: string;
  /** "PGlite", "PostgreSQL", or where a scenario does not touch a database, what it runs on. */
  database: string;
  unit: string;
  rapport: number;
  /** The floor measured in the same run, where the scenario has one. */
  floor: number | null;
  /** Rapport ÷ floor. */
  ratio: number | null;
  target: Target | null;
  /** Whether the target is met; null when the row has no target. */
  met: boolean | null;
  /** Shown under the table, e.g. that a quick run scaled the data down. */
  note?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  postgres: string | null;
  pglite: string;
  /** The 1, 5 and 15 minute load averages when the run started: a busy machine gives noisy figures. */
  loadAverage: number[];
  commit: string | null;
}

export interface BenchReport {
  mode: 'quick' | 'full';
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  machine: Machine;
  rows: BenchRow[];
  /** What each scenario compares against (its floor), and anything else worth knowing. */
  notes: string[];
}

export function row(fields: Omit<BenchRow, 'ratio' | 'met'> & { ratio?: number | null }): BenchRow {
  const ratio =
    fields.ratio !== undefined
      ? fields.ratio
      : fields.floor === null || fields.floor === 0
        ? null
        : fields.rapport / fields.floor;
  return { ...fields, ratio, met: meets(fields.target, fields.rapport, ratio) };
}

function meets(target: Target | null, value: number, ratio: number | null): boolean | null {
  if (!target) return null;
  const measured = target.on === 'value' ? value : ratio;
  if (measured === null || !Number.isFinite(measured)) return false;
  if (target.atMost !== undefined && !(measured <= target.atMost)) return false;
  if (target.atLeast !== undefined && !(measured >= target.atLeast)) return false;
  return true;
}

// ——— formatting ———

function decimalsFor(unit: string, value: number): number {
  if (unit === 'req/s' || unit === 'score') return 0;
  if (unit === 'KB' || unit === 's') return 1;
  return Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return 'n/a';
  const digits = decimalsFor(unit, value);
  const number = value.toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit === 'score' ? number : `${number} ${unit}`;
}

function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${ratio.toFixed(ratio >= 10 ? 1 : 2)}×`;
}

export function formatTarget(target: Target | null, unit: string): string {
  if (!target) return '—';
  const bound = (limit: number) =>
    target.on === 'ratio'
      ? `${limit}× floor`
      : unit === 'score'
        ? String(limit)
        : `${limit.toLocaleString('en')} ${unit}`;
  const parts: string[] = [];
  if (target.atLeast !== undefined) parts.push(`≥ ${bound(target.atLeast)}`);
  if (target.atMost !== undefined) parts.push(`≤ ${bound(target.atMost)}`);
  return parts.join(', ');
}

function formatMet(met: boolean | null): string {
  return met === null ? '—' : met ? 'yes' : '**no**';
}

const headings = ['scenario', 'database', 'Rapport', 'floor', 'ratio', 'target', 'met'];

/** One Markdown table, padded like Prettier pads it, so `npm run format` leaves it alone. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    `${r.scenario}: ${r.measure}`,
    r.database,
    formatValue(r.rapport, r.unit),
    formatValue(r.floor, r.unit),
    formatRatio(r.ratio),
    formatTarget(r.target, r.unit),
    formatMet(r.met),
  ]);
  const widths = headings.map((heading, i) =>
    Math.max(heading.length, 3, ...cells.map((line) => (line[i] ?? '').length)),
  );
  const numeric = new Set([2, 3, 4]);
  const line = (values: readonly string[]) =>
    `| ${values
      .map((value, i) =>
        numeric.has(i) ? value.padStart(widths[i] ?? 0) : value.padEnd(widths[i] ?? 0),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, i) => (numeric.has(i) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))
    .join(' | ')} |`;
  return [line(headings), rule, ...cells.map(line)].join('\n');
}

export function describeMachine(machine: Machine): string {
  return [
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB`,
    `Node ${machine.node}`,
    machine.os,
    machine.pglite,
    machine.postgres ?? 'PostgreSQL not measured (BENCH_DATABASE_URL unset)',
    `load average ${machine.loadAverage.map((n) => n.toFixed(2)).join(' / ')} at the start`,
  ].join('; ');
}

/** The whole report as Markdown: the table, then the machine, the run and the notes. */
export function formatReport(report: BenchReport): string {
  const when = report.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const notes = [
    ...report.notes,
    ...[...new Set(report.rows.flatMap((r) => (r.note ? [r.note] : [])))],
  ];
  return [
    formatTable(report.rows),
    '',
    `${report.mode === 'quick' ? 'Quick run (`--quick`: smaller data, fewer requests)' : 'Full run'} of ${when}` +
      `${report.machine.commit ? ` at ${report.machine.commit}` : ''}, ${Math.round(report.durationSeconds)} s, on: ${describeMachine(report.machine)}.`,
    '',
    ...notes.map((note) => `- ${note}`),
  ].join('\n');
}

// ——— the machine ———

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty?.[1]) return `${pretty[1]} (${type()} ${release()}, ${arch()})`;
  } catch {
    // Not Linux, or no os-release: the kernel's name is enough.
  }
  return `${type()} ${release()} (${arch()})`;
}

function gitCommit(): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== '';
    return `${commit}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return null;
  }
}

export function describeThisMachine(versions: {
  pglite: string;
  postgres: string | null;
}): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: osName(),
    postgres: versions.postgres,
    pglite: versions.pglite,
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    commit: gitCommit(),
  };
}

// ——— files ———

export const resultsDir = 'bench/results';
const startMarker = '<!-- bench:start -->';
const endMarker = '<!-- bench:end -->';

/** bench/results/<timestamp>.json and bench/results/latest.json; returns the first's path. */
export async function writeResults(report: BenchReport, dir = resultsDir): Promise<string> {
  await mkdir(dir, { recursive: true });
  // Formatted as Prettier would, so that `npm run format` leaves the results alone.
  const json = await format(JSON.stringify(report), { parser: 'json' });
  const file = join(dir, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, json);
  await writeFile(join(dir, 'latest.json'), json);
  return file;
}

export async function readLatest(dir = resultsDir): Promise<BenchReport> {
  try {
    return JSON.parse(await readFile(join(dir, 'latest.json'), 'utf8')) as BenchReport;
  } catch {
    throw new Error(`No ${dir}/latest.json yet: run npm run bench first.`);
  }
}

/** Replace what is between the README's bench markers with the report. */
export function replaceReadmeSection(readme: string, report: BenchReport): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the ${startMarker} and ${endMarker} markers, in that order.`);
  }
  return `${readme.slice(0, start + startMarker.length)}\n\n${formatReport(report)}\n\n${readme.slice(end)}`;
}

export async function updateReadme(report: BenchReport, path = 'README.md'): Promise<void> {
  const readme = await readFile(path, 'utf8');
  await writeFile(path, replaceReadmeSection(readme, report));
}
