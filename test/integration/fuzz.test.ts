/**
 * Fuzzing every endpoint (issue #7): for each operation in the OpenAPI document — which is
 * generated from the routes' zod schemas, so a new route is fuzzed without anyone listing it —
 * requests are generated from its parameter and body schemas (fast-check), then sent as a
 * visitor, a client, a therapist and an administrator, with hostile variants: malformed JSON,
 * the wrong content type, a body over the limit, deeply nested JSON, odd Unicode, SQL and script
 * payloads in every string and path parameter.
 *
 * Whatever comes in, Rapport must answer without a 5xx, without a stack trace or internal detail,
 * with the error envelope on every 4xx, and without a partial write: a refused request leaves
 * every table's row count as it was (the audit log and the login throttle excepted — a refusal
 * is itself recorded there).
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app';
import { activeEngagement, signIn } from '../helpers/factories';

const seed = Number(process.env.FUZZ_SEED ?? 20261122);
const runsPerActor = Number(process.env.FUZZ_RUNS ?? 6);
const adminEmail = 'fuzz.admin@fuzz.example';
const adminPassword = 'an admin phrase for fuzzing';

/** Tables a refused request may still write to: the audit log and the sign-in throttle. */
const mayChangeOnRefusal = new Set(['audit_events', 'audit_heads', 'login_attempts']);

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  parameters: Parameter[];
  body?: { contentType: string; schema?: JsonSchema };
}

/** Strings people and attackers send: control characters, lone surrogates, bidi overrides, payloads. */
const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '\ufeff',
  'ǅ̴̡̛͓̯͕̈́ͦ͒',
  '𝕽𝖆𝖕𝖕𝖔𝖗𝖙',
  '😀'.repeat(300),
  "' OR '1'='1",
  "1'; DROP TABLE users; --",
  '1 UNION SELECT password_hash FROM users',
  '"; SELECT pg_sleep(5); --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '=HYPERLINK("http://x")',
  'x'.repeat(5000),
  '-1',
  '1e309',
  'NaN',
  'null',
  '{"__proto__":{"admin":true}}',
];

function stringArbitrary(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<string> {
  const max = Math.min(schema.maxLength ?? 60, 400);
  const plain = fc.string({ minLength: schema.minLength ?? 0, maxLength: max });
  const odd = fc.string({ unit: 'binary', maxLength: Math.min(max, 80) });
  const hostile = fc.constantFrom(...hostileStrings);
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(
        { weight: 5, arbitrary: ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid() },
        { weight: 2, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: hostile },
      );
    case 'date-time':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((date) => date.toISOString()),
        },
        { weight: 1, arbitrary: hostile },
      );
    case 'date':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((date) => date.toISOString().slice(0, 10)),
        },
        { weight: 1, arbitrary: hostile },
      );
    case 'email':
      return fc.oneof(
        { weight: 3, arbitrary: fc.emailAddress() },
        { weight: 1, arbitrary: hostile },
      );
    case undefined:
    default:
      return fc.oneof(
        { weight: 3, arbitrary: plain },
        { weight: 2, arbitrary: odd },
        { weight: 2, arbitrary: hostile },
      );
  }
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e6;
  const inRange = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) })
    : fc.double({ min, max: Math.max(min, max), noNaN: true });
  const edges = fc.constantFrom(
    min - 1,
    max + 1,
    0,
    -0,
    0.1,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    1e308,
  );
  return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: edges });
}

/** Values shaped by a JSON schema, mostly valid and sometimes not, so both paths are walked. */
function valueArbitrary(
  schema: JsonSchema | undefined,
  ids: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum)
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...schema.enum) },
      { weight: 1, arbitrary: fc.constantFrom(...hostileStrings) },
    );
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices && choices.length > 0)
    return fc.oneof(...choices.map((choice) => valueArbitrary(choice, ids, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0)
    return valueArbitrary(Object.assign({}, ...schema.allOf) as JsonSchema, ids, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const one = (type: string): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string':
        return stringArbitrary(schema, ids);
      case 'integer':
        return numberArbitrary(schema, true);
      case 'number':
        return numberArbitrary(schema, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(valueArbitrary(schema.items, ids, depth + 1), {
          maxLength: Math.min(schema.maxItems ?? 6, 12),
        });
      case 'object': {
        const properties = schema.properties ?? {};
        const required = new Set(schema.required ?? []);
        const record = fc.record(
          Object.fromEntries(
            Object.entries(properties).map(([name, inner]) => [
              name,
              valueArbitrary(inner, ids, depth + 1),
            ]),
          ),
          { requiredKeys: Object.keys(properties).filter((name) => required.has(name)) },
        );
        // Now and then a field nobody declared, which must be refused rather than stored.
        return fc.oneof(
          { weight: 6, arbitrary: record },
          {
            weight: 1,
            arbitrary: fc
              .tuple(record, fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue())
              .map(([value, key, extra]) => ({ ...(value as object), [key]: extra })),
          },
        );
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  };
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(
    { weight: 12, arbitrary: fc.oneof(...types.map(one)) },
    // Sometimes any JSON at all, whatever the schema says.
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

function operationsOf(spec: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}): Operation[] {
  const list: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const body = op.requestBody as
        { content?: Record<string, { schema?: JsonSchema }> } | undefined;
      const [contentType, media] = Object.entries(body?.content ?? {})[0] ?? [];
      list.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        parameters: (op.parameters as Parameter[] | undefined) ?? [],
        ...(contentType
          ? { body: { contentType, ...(media?.schema ? { schema: media.schema } : {}) } }
          : {}),
      });
    }
  }
  return list;
}

interface Sample {
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Percent-encodes a path segment; a lone surrogate becomes the bytes of one (invalid UTF-8). */
function encodePathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `%ED%A0%80${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, ''))}`;
  }
}

function requestArbitrary(op: Operation, ids: readonly string[]): fc.Arbitrary<Sample> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const headerParams = op.parameters.filter((p) => p.in === 'header');
  const pathArb = fc.record(
    Object.fromEntries(
      pathParams.map((p) => [
        p.name,
        fc.oneof(
          { weight: 6, arbitrary: valueArbitrary(p.schema ?? { type: 'string' }, ids) },
          { weight: 1, arbitrary: fc.constantFrom(...hostileStrings) },
        ),
      ]),
    ),
  );
  const queryArb = fc.record(
    Object.fromEntries(queryParams.map((p) => [p.name, valueArbitrary(p.schema, ids)])),
    { requiredKeys: [] },
  );
  const headerArb = fc.record(
    Object.fromEntries(
      headerParams.map((p) => [p.name, fc.string({ minLength: 1, maxLength: 64 })]),
    ),
    { requiredKeys: [] },
  );
  const bodyArb: fc.Arbitrary<{ payload?: string | Buffer; contentType?: string }> = !op.body
    ? fc.constant({})
    : op.body.contentType.includes('json')
      ? valueArbitrary(op.body.schema, ids).map((value) => ({
          payload: JSON.stringify(value) ?? 'null',
          contentType: 'application/json',
        }))
      : fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({
          payload: Buffer.from(bytes),
          contentType: op.body?.contentType ?? 'application/octet-stream',
        }));
  return fc.tuple(pathArb, queryArb, headerArb, bodyArb).map(([path, query, headers, body]) => {
    let url = `${op.path}`;
    for (const [name, value] of Object.entries(path))
      url = url.replace(
        `{${name}}`,
        encodePathSegment(typeof value === 'string' ? value : (JSON.stringify(value) ?? '')),
      );
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
    const qs = search.toString();
    const asciiHeaders = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name,
        String(value).replace(/[^\x20-\x7e]/g, '?'),
      ]),
    );
    return {
      url: qs ? `${url}?${qs}` : url,
      headers: {
        ...asciiHeaders,
        ...(body.contentType ? { 'content-type': body.contentType } : {}),
      },
      ...(body.payload !== undefined ? { payload: body.payload } : {}),
    };
  });
}

/** Malformed requests every operation with a body gets, whatever its schema. */
function hostileBodies(): { name: string; contentType: string; payload: string }[] {
  const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
  return [
    { name: 'malformed JSON', contentType: 'application/json', payload: '{"a": [1, 2,' },
    { name: 'JSON with a trailing comma', contentType: 'application/json', payload: '{"a":1,}' },
    { name: 'plain text', contentType: 'text/plain', payload: 'hello' },
    { name: 'a form', contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b=2' },
    {
      name: 'multipart',
      contentType: 'multipart/form-data; boundary=x',
      payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
    },
    { name: 'XML', contentType: 'application/xml', payload: '<?xml version="1.0"?><a/>' },
    {
      name: 'a body over the limit',
      contentType: 'application/json',
      payload: JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }),
    },
    { name: 'deeply nested JSON', contentType: 'application/json', payload: deep },
    {
      name: 'prototype pollution',
      contentType: 'application/json',
      payload: '{"__proto__":{"role":"admin"},"constructor":{"prototype":{"role":"admin"}}}',
    },
    { name: 'an empty body', contentType: 'application/json', payload: '' },
  ];
}

let t: TestApp;
let ops: Operation[];
let ids: string[];
let tables: string[];
const actors: { name: string; client: Client | null }[] = [];
const seen = { requests: 0, byStatus: new Map<number, number>() };

async function counts(): Promise<Map<string, number>> {
  const selects = tables.map((table) => sql`(select count(*)::int from ${sql.table(table)})`);
  const row = await sql<Record<string, number>>`select ${sql.join(
    selects.map((select, index) => sql`${select} as ${sql.ref(`c${index}`)}`),
  )}`.execute(t.handle.db);
  const values = row.rows[0] ?? {};
  return new Map(tables.map((table, index) => [table, Number(values[`c${index}`])]));
}

function checkResponse(label: string, response: LightMyRequestResponse): void {
  const body = response.body;
  if (response.statusCode >= 500) {
    throw new Error(`${label} answered ${response.statusCode}: ${body.slice(0, 500)}`);
  }
  // No stack trace, file path or driver detail in any answer.
  expect(body, label).not.toMatch(
    /\bat [\w$.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+|\bstack\b|syntax error at or near|relation "/,
  );
  if (response.statusCode >= 400 && response.statusCode !== 404) {
    const type = String(response.headers['content-type'] ?? '');
    if (type.includes('json')) {
      const parsed = response.json<{ error?: { code?: unknown; message?: unknown } }>();
      expect(typeof parsed.error?.code, label).toBe('string');
      expect(typeof parsed.error?.message, label).toBe('string');
    }
  }
}

async function send(
  label: string,
  actor: Client | null,
  method: Operation['method'],
  sample: Sample,
): Promise<void> {
  // Recomputation after an earlier check-in clears its mark in the background; let it finish so
  // that a change seen below is this request's own.
  await t.deps.signals?.idle();
  const before = await counts();
  const response = await t.app.inject({
    method,
    url: sample.url,
    headers: {
      ...(actor?.cookie ? { cookie: actor.cookie } : {}),
      ...(actor?.csrf && method !== 'GET' ? { 'x-csrf-token': actor.csrf } : {}),
      ...sample.headers,
    },
    ...(sample.payload !== undefined ? { payload: sample.payload } : {}),
  });
  seen.requests += 1;
  seen.byStatus.set(response.statusCode, (seen.byStatus.get(response.statusCode) ?? 0) + 1);
  const where = `${label}: ${method} ${sample.url.slice(0, 160)}`;
  checkResponse(where, response);
  if (response.statusCode >= 400) {
    const after = await counts();
    for (const [table, count] of after) {
      if (mayChangeOnRefusal.has(table)) continue;
      expect(count, `${where} → ${response.statusCode} changed ${table}`).toBe(before.get(table));
    }
  }
}

beforeAll(async () => {
  t = await createTestApp({
    env: { RAPPORT_ADMIN_EMAIL: adminEmail, RAPPORT_ADMIN_PASSWORD: adminPassword },
    overrides: { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } },
  });
  const spec = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
    paths: Record<string, Record<string, Record<string, unknown>>>;
  }>();
  ops = operationsOf(spec);

  // Something to aim at: an engagement with a session, a check-in with a comment, a goal.
  const { client, therapist, engagementId } = await activeEngagement(t.app);
  const sessionId = (
    await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString(),
    })
  ).json<{ id: string }>().id;
  await therapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' });
  await client.request(
    'POST',
    `/api/v1/sessions/${sessionId}/checkins`,
    {
      instrument: 'alliance',
      answers: { heard: 3, goals: 3, approach: 3, safety: 3, overall: 3 },
      comment: 'I did not feel listened to today.',
    },
    { 'idempotency-key': 'fuzz-fixture' },
  );
  await therapist.request('POST', `/api/v1/engagements/${engagementId}/goals`, {
    title: 'Sleep through the night',
  });
  const admin = await signIn(t.app, adminEmail, adminPassword);
  actors.push(
    { name: 'visitor', client: null },
    { name: 'client', client },
    { name: 'therapist', client: therapist },
    { name: 'admin', client: admin },
  );

  const listed = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(t.handle.db);
  tables = listed.rows.map((row) => row.table_name);
  // Every id in the database, so generated requests reach real rows as well as missing ones.
  const idRows: string[] = [];
  for (const table of tables) {
    const hasId = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.columns
      where table_schema = current_schema() and table_name = ${table}
        and column_name = 'id' and data_type = 'uuid'`.execute(t.handle.db);
    if ((hasId.rows[0]?.n ?? 0) === 0) continue;
    const rows = await sql<{
      id: string;
    }>`select id::text as id from ${sql.table(table)} limit 20`.execute(t.handle.db);
    idRows.push(...rows.rows.map((row) => row.id));
  }
  ids = idRows;
});

afterAll(async () => {
  await t?.close();
});

/** Signing out or erasing the account would leave the fuzzer without its actors. */
const keepsActors = (op: Operation) =>
  !(op.method === 'POST' && op.path.endsWith('/auth/logout')) &&
  !(op.method === 'DELETE' && op.path.endsWith('/me'));

describe('fuzzing every endpoint', () => {
  it(
    'never answers 5xx, never shows a stack trace, and never half-writes',
    async () => {
      expect(ops.length).toBeGreaterThan(40);
      let index = 0;
      for (const op of ops) {
        index += 1;
        const samples = fc.sample(requestArbitrary(op, ids), {
          seed: seed + index,
          numRuns: runsPerActor * actors.length,
        });
        for (const [n, sample] of samples.entries()) {
          const actor = actors[n % actors.length];
          if (!actor) continue;
          if (actor.client && !keepsActors(op)) continue;
          await send(actor.name, actor.client, op.method, sample);
        }
        if (op.body || op.method !== 'GET') {
          for (const actor of actors) {
            if (actor.client && !keepsActors(op)) continue;
            for (const hostile of hostileBodies()) {
              const url = op.path.replace(/\{(\w+)\}/g, () => ids[0] ?? 'x');
              await send(`${actor.name}, ${hostile.name}`, actor.client, op.method, {
                url,
                headers: { 'content-type': hostile.contentType },
                payload: hostile.payload,
              });
            }
          }
        }
      }
      // The fuzzer's own actors were never signed out by it: their sessions still work.
      for (const actor of actors.filter((a) => a.client)) {
        const me = await actor.client?.request('GET', '/api/v1/me');
        expect(me?.statusCode, actor.name).toBe(200);
      }
      const statuses = [...seen.byStatus.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(' ');
      console.log(
        `fuzz (${t.handle.kind}): ${seen.requests} requests over ${ops.length} operations and ${actors.length} actors, seed ${seed}: ${statuses}`,
      );
      expect(seen.requests).toBeGreaterThan(ops.length * actors.length);
      // The generated requests reached past validation: some succeeded, many were refused.
      expect(seen.byStatus.get(200) ?? 0).toBeGreaterThan(0);
      expect(seen.byStatus.get(400) ?? 0).toBeGreaterThan(0);
    },
    15 * 60_000,
  );
});
