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
  // autocannon ends a run only at its sampling tick (once a second by default), so a run of 2.1 s
  // reads as 3 s and this process would report up to a second after the last answer: the time
  // from the first request to the last answer is measured here instead, the tick is made short,
  // and the last answer's wall-clock time goes back with the figures, for the parent to measure
  // what the server still had to do after it.
  const started = performance.now();
  let lastAnswer = started;
  let answers = 0;
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: spec.baseUrl,
      connections: spec.connections,
      amount: spec.count,
      sampleInt: 20,
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
    },
    (error: unknown, result: autocannon.Result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', () => {
    answers += 1;
    lastAnswer = performance.now();
  });
  const result = await done;
  const seconds = (lastAnswer - started) / 1000;
  return {
    requests: answers,
    seconds,
    throughput: answers / seconds,
    lastAnswerAt: performance.timeOrigin + lastAnswer,
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
