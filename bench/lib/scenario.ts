/** What every scenario looks like to bench/run.ts. */
import type { BenchRow } from '../report';
import type { BenchDatabase } from './database';

export interface RunOptions {
  /** Smaller data and fewer requests, so that the whole run takes under two minutes. */
  quick: boolean;
  /** A progress line (stderr; the table goes to stdout). */
  log: (line: string) => void;
}

interface ScenarioBase {
  /** The name used with --only. */
  id: string;
  /** What the floor is, for the notes under the table. */
  floor: string;
}

/** Runs once on each database (PGlite, and PostgreSQL when BENCH_DATABASE_URL is set). */
export interface DatabaseScenario extends ScenarioBase {
  perDatabase: true;
  run(database: BenchDatabase, options: RunOptions): Promise<BenchRow[]>;
}

/** Needs no database of its own (or only one to serve a page): runs once. */
export interface SingleScenario extends ScenarioBase {
  perDatabase: false;
  run(options: RunOptions): Promise<BenchRow[]>;
}

export type Scenario = DatabaseScenario | SingleScenario;
