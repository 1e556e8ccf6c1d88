/**
 * The authorisation matrix (issue #7): every operation of the API, called by every kind of
 * actor — a visitor, the client and another client, the client's therapist, another therapist,
 * the therapist of the client's ended engagement, the clinic's administrator and another clinic's
 * administrator — gets the status the policy says, and no answer shows anyone personal data they
 * may not see (none at all when the answer is a refusal).
 *
 * The list of operations comes from the app itself — the OpenAPI document and Fastify's own route
 * table, so that a route hidden from the document is not missed — and must match the entries in
 * test/helpers/matrix-routes.ts exactly: a new route without an entry fails here.
 *
 * Mutating operations run the refused actors first (against the shared world, which they must
 * leave as it was) and then the allowed ones, each on a resource made for it where success uses
 * one up.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEnv } from '../helpers/admins';
import { createTestApp, type Client, type TestApp } from '../helpers/app';
import { matrix, samplePhoto, uploadPhoto, type MatrixRequest } from '../helpers/matrix-routes';
import {
  actorNames,
  buildWorld,
  mayNotSee,
  type ActorName,
  type SecretKind,
  type World,
} from '../helpers/matrix-world';

let t: TestApp;
let w: World;
const v1 = '/api/v1';

beforeAll(async () => {
  t = await createTestApp({
    env: adminEnv,
    overrides: { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } },
  });
  w = await buildWorld(t);
  await samplePhoto();
  await uploadPhoto(w, w.sessions.therapist);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Fastify's route table, from printRoutes: every method and path the server answers. */
function fastifyRoutes(): string[] {
  const printed = t.app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of printed.split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?\s*$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    const path = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim())) {
      if (method && method !== 'HEAD' && method !== 'OPTIONS') routes.push(`${method} ${path}`);
    }
  }
  return routes.sort();
}

async function openApiRoutes(): Promise<string[]> {
  const spec = (await t.app.inject({ method: 'GET', url: `${v1}/openapi.json` })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  return Object.entries(spec.paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

describe('the route table and the matrix', () => {
  it('has an entry for every route, and a route for every entry', async () => {
    const fromFastify = fastifyRoutes();
    const fromOpenApi = await openApiRoutes();
    const entries = Object.keys(matrix).sort();
    expect(fromFastify.length).toBeGreaterThan(100);
    // Every documented operation is served, and the only served one left out of the document
    // is the document itself.
    expect(fromOpenApi.filter((route) => !fromFastify.includes(route))).toEqual([]);
    expect(fromFastify.filter((route) => !fromOpenApi.includes(route))).toEqual([
      `GET ${v1}/openapi.json`,
    ]);
    expect(
      fromFastify.filter((route) => !entries.includes(route)),
      'routes without a matrix entry',
    ).toEqual([]);
    expect(
      entries.filter((route) => !fromFastify.includes(route)),
      'matrix entries without a route',
    ).toEqual([]);
  });
});

const addresses: Record<ActorName, string> = Object.fromEntries(
  actorNames.map((name, index) => [name, `10.60.0.${index + 1}`]),
) as Record<ActorName, string>;

async function send(
  session: Client | null,
  actor: ActorName,
  method: Method,
  request: MatrixRequest,
): Promise<LightMyRequestResponse> {
  const json = request.body !== undefined;
  return t.app.inject({
    method,
    url: request.url,
    remoteAddress: addresses[actor],
    headers: {
      ...(session?.cookie ? { cookie: session.cookie } : {}),
      ...(session?.csrf && method !== 'GET' ? { 'x-csrf-token': session.csrf } : {}),
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...(request.raw ? { 'content-type': request.raw.contentType } : {}),
      ...request.headers,
    },
    ...(json ? { payload: JSON.stringify(request.body) } : {}),
    ...(request.raw ? { payload: request.raw.payload } : {}),
  });
}

/** Which of the world's personal strings this answer shows. */
function shown(body: string, kinds: readonly SecretKind[]): string[] {
  return kinds.filter((kind) => {
    const value = w.secrets[kind];
    const escaped = JSON.stringify(value).slice(1, -1);
    return body.includes(value) || body.includes(escaped);
  });
}

const allKinds = () => Object.keys(w.secrets) as SecretKind[];

describe('the authorisation matrix', () => {
  const stats = { requests: 0, refused: 0, allowed: 0 };

  for (const [route, entry] of Object.entries(matrix)) {
    it(route, async () => {
      const [method, path] = route.split(' ') as [Method, string];
      // Refusals first, against the shared world; then the allowed runs.
      const order = [...actorNames].sort(
        (a, b) => Number(entry.expect[a] < 400) - Number(entry.expect[b] < 400),
      );
      const problems: string[] = [];
      for (const actor of order) {
        const expected = entry.expect[actor];
        const allowed = expected < 400;
        let session: Client | null = actor === 'anonymous' ? null : w.sessions[actor];
        let standIn = false;
        if (entry.standIn && actor !== 'anonymous') {
          session = await w.fresh.standIn(actor);
          standIn = true;
        }
        const fresh = allowed && entry.fresh ? await entry.fresh(w, actor, session) : undefined;
        if (fresh?.as) {
          session = fresh.as;
          standIn = true;
        }
        const request = entry.request(w, actor, fresh);
        if (!request.url.startsWith(v1)) throw new Error(`${route}: bad URL ${request.url}`);
        const response = await send(session, actor, method, request);
        stats.requests += 1;
        if (allowed) stats.allowed += 1;
        else stats.refused += 1;
        if (response.statusCode !== expected) {
          problems.push(
            `${actor}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
          );
        }
        // A refusal shows nothing of anyone; an answer shows only what the actor may see
        // (a stand-in or the party of a fresh resource has no relationship with the world).
        const forbidden =
          response.statusCode >= 400 || standIn
            ? allKinds()
            : entry.capability
              ? []
              : mayNotSee[actor];
        const leaked = shown(response.body, forbidden);
        if (leaked.length > 0)
          problems.push(`${actor} (${response.statusCode}) was shown: ${leaked.join(', ')}`);
      }
      expect(problems, `${route} (path ${path})`).toEqual([]);
    });
  }

  afterAll(() => {
    console.log(
      `authorisation matrix (${t.handle.kind}): ${Object.keys(matrix).length} operations, ${stats.requests} requests (${stats.allowed} allowed, ${stats.refused} refused)`,
    );
  });
});
