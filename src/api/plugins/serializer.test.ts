import fc from 'fast-check';
import Fastify from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler, transformsValues } from './serializer';

const compile = (schema: z.ZodType) => serializerCompiler({ schema, method: 'GET', url: '/x' });

/** A response schema made of what Rapport's response schemas use. */
const view = z.object({
  id: z.uuid(),
  email: z.string().pipe(z.email()),
  kind: z.enum(['low_alliance', 'alliance_drop']),
  score: z.number().nullable(),
  note: z.string().optional(),
  tags: z.array(z.string()).default([]),
  status: z.union([z.literal('open'), z.literal('resolved')]),
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  nested: z.object({ at: z.iso.datetime({ offset: true }), count: z.number().int() }).nullable(),
});

const viewValue = fc.record(
  {
    id: fc.uuid({ version: 4 }),
    email: fc.constantFrom('a@example.org', 'client.one@clinic.example'),
    kind: fc.constantFrom('low_alliance' as const, 'alliance_drop' as const),
    score: fc.option(fc.double({ min: 0, max: 10, noNaN: true })),
    note: fc.string(),
    tags: fc.array(fc.string()),
    status: fc.constantFrom('open' as const, 'resolved' as const),
    evidence: fc.dictionary(
      fc.string().filter((key) => key !== '__proto__'),
      fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    ),
    nested: fc.option(
      fc.record({
        at: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString()),
        count: fc.integer(),
      }),
    ),
  },
  { requiredKeys: ['id', 'email', 'kind', 'score', 'tags', 'status', 'evidence', 'nested'] },
);

describe('response serializer', () => {
  it('sends what the schema lists, and drops everything else, at every depth', () => {
    const out = compile(view)({
      id: '5d3c8a4e-2f4b-4c1a-9a3e-7b1d2c3e4f50',
      email: 'a@example.org',
      kind: 'low_alliance',
      score: 8.5,
      tags: [],
      status: 'open',
      evidence: { scores: 'x' },
      nested: { at: '2026-12-06T07:00:00.000Z', count: 3, passwordHash: 'secret' },
      passwordHash: 'secret',
    });
    expect(out).not.toContain('secret');
    expect(JSON.parse(out)).toMatchObject({ kind: 'low_alliance', nested: { count: 3 } });
  });

  it('refuses a value that does not fit its schema, instead of sending it', () => {
    let thrown: unknown;
    try {
      compile(view)({ id: 'not an id' });
    } catch (error) {
      thrown = error;
    }
    expect(isResponseSerializationError(thrown)).toBe(true);
  });

  it('gives exactly what the library serializer (z.encode) gives, for any value, extra keys included', () => {
    const serialize = compile(view);
    fc.assert(
      fc.property(viewValue, fc.string(), (value, extra) => {
        const withExtra = { ...value, extra, nested: value.nested && { ...value.nested, extra } };
        expect(serialize(withExtra)).toBe(JSON.stringify(z.encode(view, withExtra)));
      }),
    );
  });

  it('finds a transform, a preprocess or a codec anywhere inside a schema, and refuses the route', () => {
    const changing = [
      z.string().transform((s) => s.length),
      z.object({ a: z.array(z.object({ b: z.preprocess((v) => v, z.string()) })) }),
      z.object({ a: z.string().nullable().optional() }).extend({
        at: z.codec(z.iso.datetime(), z.date(), {
          decode: (s) => new Date(s),
          encode: (d) => d.toISOString(),
        }),
      }),
      z.union([z.string(), z.lazy(() => z.number().transform(String))]),
    ];
    for (const schema of changing) {
      expect(transformsValues(schema)).toBe(true);
      expect(() => compile(schema)).toThrow(/transforms values/);
    }
    expect(transformsValues(view)).toBe(false);
  });

  it('serves every route of a Fastify app through it, the error going to the error handler', async () => {
    const app = Fastify();
    app.setSerializerCompiler(serializerCompiler);
    app.setErrorHandler((error, _request, reply) =>
      reply.code(500).send({ fit: !isResponseSerializationError(error) }),
    );
    const schema = { response: { 200: z.object({ shown: z.string() }) } };
    app.get('/fits', { schema }, async () => ({ shown: 'yes', hidden: 'no' }));
    app.get('/misfit', { schema }, async () => ({ shown: 1 }));
    expect((await app.inject('/fits')).body).toBe('{"shown":"yes"}');
    const misfit = await app.inject('/misfit');
    expect(misfit.statusCode).toBe(500);
    expect(misfit.body).toBe('{"fit":false}');
  });
});
