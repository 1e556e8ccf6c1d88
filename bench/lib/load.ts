/** Run the load generator (load-child.ts) in a child process and wait for its figures. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadSpec {
  baseUrl: string;
  /** The request path with `{token}` where the check-in link's token goes. */
  pathTemplate: string;
  tokenPrefix: string;
  /** The number of the first link to use; each request takes the next. */
  first: number;
  count: number;
  connections: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Requests per second over the whole run. */
  throughput: number;
  /** When the last answer came, in milliseconds since the epoch (with fractions). */
  lastAnswerAt: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

const child = fileURLToPath(new URL('./load-child.ts', import.meta.url));

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = fork(child, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    let result: LoadResult | undefined;
    worker.once('message', (message) => {
      result = message as LoadResult;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`The load generator stopped (exit code ${code}) without a result.`));
    });
    worker.send(spec);
  });
}
