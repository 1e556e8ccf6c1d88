/**
 * The load generator, in its own process so that it does not share the server's event loop:
 * receives a LoadSpec from its parent, sends `count` POSTs with autocannon — each to a different
 * check-in link, so every request is a first submission — and sends back the figures.
 */
import autocannon from 'autocannon';
import { benchToken } from './rapport';
import { checkinBody } from './checkin-requests';
import type { LoadResult, LoadSpec } from './load';

async function run(spec: LoadSpec): Promise<LoadResult> {
  let next = spec.first;
  const result = await autocannon({
    url: spec.baseUrl,
    connections: spec.connections,
    amount: spec.count,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const i = next++;
          const token = benchToken(spec.tokenPrefix, i);
          return {
            ...request,
            method: 'POST',
            path: spec.pathTemplate.replace('{token}', token),
            headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${token}` },
            body: checkinBody(i),
          };
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    throughput: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

process.once('message', (spec: LoadSpec) => {
  run(spec)
    .then((result) => process.send?.(result, () => process.exit(0)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
});
