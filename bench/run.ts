/**
 * `npm run bench`: every scenario on the embedded database (PGlite) and, when BENCH_DATABASE_URL
 * is set, on PostgreSQL too (each scenario on a database of its own, created and dropped here);
 * one table on stdout, the same as JSON in bench/results/<timestamp>.json and latest.json.
 *
 *   npm run bench                      the full run (the figures the README quotes)
 *   npm run bench -- --quick           smaller data and fewer requests: under two minutes
 *   npm run bench -- --only=caseload   some scenarios only (comma-separated ids)
 *   npm run bench -- --on=postgres     one database only (pglite or postgres)
 *   npm run bench -- --readme          also rewrite the README's benchmark section
 *   npm run bench:readme               rewrite the README's section from latest.json
 *
 * A benchmark, not a test: nothing in `npm test` depends on these figures.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import {
  describeThisMachine,
  formatReport,
  readLatest,
  updateReadme,
  writeResults,
  type BenchReport,
  type BenchRow,
} from './report';
import { createBenchDatabase, onServer, type DatabaseKind } from './lib/database';
import type { RunOptions, Scenario } from './lib/scenario';
import { since } from './lib/stats';
import { caseloadScenario } from './scenarios/caseload';
import { checkinScenario } from './scenarios/checkin';
import { matchingScenario } from './scenarios/matching';
import { signalsScenario } from './scenarios/signals';
import { webScenario } from './scenarios/web';

const scenarios: Scenario[] = [
  checkinScenario,
  caseloadScenario,
  signalsScenario,
  matchingScenario,
  webScenario,
];

interface Args {
  quick: boolean;
  only: string[] | null;
  readme: boolean;
  readmeOnly: boolean;
  on: DatabaseKind | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { quick: false, only: null, readme: false, readmeOnly: false, on: null };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg === '--readme') args.readme = true;
    else if (arg === '--readme-only') args.readmeOnly = true;
    else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length).split(',');
    else if (arg === '--on=pglite' || arg === '--on=postgres')
      args.on = arg.slice('--on='.length) as DatabaseKind;
    else if (arg === '--help' || arg === '-h') {
      console.log(
        'npm run bench [-- --quick] [--only=<ids>] [--on=pglite|postgres] [--readme]   (ids: ' +
          `${scenarios.map((s) => s.id).join(', ')})\nnpm run bench:readme   rewrite README.md's section from bench/results/latest.json`,
      );
      process.exit(0);
    } else throw new Error(`Unknown option ${arg} (try --help).`);
  }
  const unknown = args.only?.filter((id) => !scenarios.some((s) => s.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`Unknown scenario ${unknown.join(', ')} (try --help).`);
  return args;
}

async function pgliteVersion(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(
      new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url),
      'utf8',
    ),
  ) as { version: string };
  const pglite = new PGlite();
  try {
    const result = await pglite.query<{ server_version: string }>('SHOW server_version');
    return `PGlite ${manifest.version} (PostgreSQL ${result.rows[0]?.server_version ?? '?'})`;
  } finally {
    await pglite.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // Paths (vite.config.ts, bench/results, README.md) are the repository's, wherever this runs from.
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  if (args.readmeOnly) {
    await updateReadme(await readLatest());
    console.log('README.md: the benchmark section now shows bench/results/latest.json.');
    return;
  }
  const serverUrl = process.env.BENCH_DATABASE_URL || undefined;
  if (args.on === 'postgres' && !serverUrl)
    throw new Error('--on=postgres needs BENCH_DATABASE_URL (a PostgreSQL server to use).');
  const kinds: DatabaseKind[] = args.on
    ? [args.on]
    : serverUrl
      ? ['pglite', 'postgres']
      : ['pglite'];
  const log = (line: string) => console.error(line);
  const options: RunOptions = { quick: args.quick, log };
  const startedAt = new Date();
  const t0 = performance.now();
  // Describe the machine first: the load average then is the one the figures ran under.
  const machine = describeThisMachine({
    pglite: await pgliteVersion(),
    postgres: serverUrl ? `PostgreSQL ${await onServer(serverUrl, 'SHOW server_version')}` : null,
  });
  log(
    `Rapport benchmarks (${args.quick ? 'quick' : 'full'}) on ${kinds.join(' and ')}; load average ${machine.loadAverage.join(' / ')}`,
  );

  const rows: BenchRow[] = [];
  const failures: string[] = [];
  const chosen = scenarios.filter((s) => !args.only || args.only.includes(s.id));
  for (const scenario of chosen) {
    const runs: { where: string; run: () => Promise<BenchRow[]> }[] = scenario.perDatabase
      ? kinds.map((kind) => ({
          where: kind,
          run: async () => {
            const database = await createBenchDatabase(kind, serverUrl);
            try {
              return await scenario.run(database, options);
            } finally {
              await database.drop();
            }
          },
        }))
      : [{ where: '', run: () => scenario.run(options) }];
    for (const { where, run } of runs) {
      const s0 = performance.now();
      log(`${scenario.id}${where ? ` on ${where}` : ''}…`);
      try {
        rows.push(...(await run()));
        log(`${scenario.id}${where ? ` on ${where}` : ''} done in ${since(s0)}`);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        failures.push(`${scenario.id}${where ? ` on ${where}` : ''}: ${message}`);
        log(`${scenario.id}${where ? ` on ${where}` : ''} FAILED: ${message}`);
      }
    }
  }

  const report: BenchReport = {
    mode: args.quick ? 'quick' : 'full',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    durationSeconds: Math.round((performance.now() - t0) / 100) / 10,
    machine,
    rows,
    notes: [
      ...chosen.map((s) => `Floor — ${s.floor}`),
      'Ratio: Rapport ÷ floor (for throughput, higher is better; for times, lower is better).',
      ...failures.map((f) => `FAILED: ${f.split('\n')[0] ?? f}`),
    ],
  };
  console.log(`\n${formatReport(report)}\n`);
  const file = await writeResults(report);
  log(`Written to ${file} and bench/results/latest.json.`);
  if (args.readme) {
    await updateReadme(report);
    log('README.md updated.');
  }
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
