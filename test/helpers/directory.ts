/**
 * Factories for the directory and consultations tests: therapists with a published profile and
 * hours, bookings, and a look at the outbox.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import { createClient, goodPassword, type TestApp } from './app';
import { signUp, type Person } from './factories';

export const profileBody = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Dr Test',
  bio: 'I listen first. Then we work out together what would help.',
  approaches: ['cbt'],
  concerns: ['anxiety'],
  languages: ['en'],
  modes: ['online'],
  region: 'Ontario',
  feeMin: 100,
  feeMax: 140,
  slidingScale: false,
  yearsPractice: 8,
  timeZone: 'Europe/Paris',
  characteristics: {},
  published: true,
  ...overrides,
});

export async function expectStatus(
  response: Promise<LightMyRequestResponse> | LightMyRequestResponse,
  status: number,
): Promise<LightMyRequestResponse> {
  const done = await response;
  if (done.statusCode !== status)
    throw new Error(`expected ${status}, got ${done.statusCode}: ${done.body}`);
  return done;
}

/** The id of what a request created (it must answer 201). */
export async function createdId(
  response: Promise<LightMyRequestResponse> | LightMyRequestResponse,
): Promise<string> {
  return (await expectStatus(response, 201)).json<{ id: string }>().id;
}

/** A therapist with a saved profile (published unless told otherwise). */
export async function therapistWithProfile(
  app: FastifyInstance,
  name: string,
  overrides: Record<string, unknown> = {},
): Promise<Person> {
  const therapist = await signUp(app, 'therapist', name);
  await expectStatus(
    therapist.request(
      'PUT',
      '/api/v1/therapists/me/profile',
      profileBody({ displayName: name, ...overrides }),
    ),
    200,
  );
  return therapist;
}

/** Add availability (a weekly rule, block or exception) and return its id. */
export async function offer(therapist: Person, body: Record<string, unknown>): Promise<string> {
  const response = await expectStatus(
    therapist.request('POST', '/api/v1/therapists/me/availability', body),
    201,
  );
  return response.json<{ id: string }>().id;
}

/** A signed-up person who chose a language at sign-up. */
export async function signUpIn(
  app: FastifyInstance,
  role: 'client' | 'therapist',
  name: string,
  locale: 'en' | 'fr',
): Promise<Person> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}@example.org`;
  const client = createClient(
    app,
    `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  );
  const response = await client.request('POST', '/api/v1/auth/register', {
    email,
    password: goodPassword,
    displayName: name,
    role,
    locale,
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const id = response.json<{ user: { id: string } }>().user.id;
  return Object.assign(client, { id, email, name });
}

export interface SlotList {
  items: { start: string; end: string }[];
  timeZone: string;
}

export async function slotsOf(
  app: FastifyInstance,
  therapistId: string,
  query = '',
): Promise<SlotList> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/therapists/${therapistId}/slots${query}`,
  });
  if (response.statusCode !== 200) throw new Error(`slots failed: ${response.body}`);
  return response.json<SlotList>();
}

/* ---------- Consultations ---------- */

export interface ConsultationBody {
  id: string;
  therapistId: string;
  therapistName: string;
  clientId: string;
  clientName: string;
  start: string;
  end: string;
  status: string;
  cancelledBy: string | null;
  icsUrl: string;
}

export const errorCode = (response: { json: <T>() => T }) =>
  response.json<{ error: { code: string } }>().error.code;

/** The test clock's Monday; the bookable therapists offer Tuesdays 09:00–12:00 in Paris. */
export const monday = new Date('2026-03-02T10:00:00Z');
/** A time on Tuesday 3 March 2026, in UTC (09:00–12:00 in Paris is 08:00–11:00Z). */
export const tuesday = (time: string) => `2026-03-03T${time}:00.000Z`;

/** A therapist in Paris, published, offering Tuesdays 09:00–12:00 local time. */
export async function bookableTherapist(
  app: FastifyInstance,
  name: string,
  locale: 'en' | 'fr' = 'en',
): Promise<Person> {
  const therapist = await signUpIn(app, 'therapist', name, locale);
  await expectStatus(
    therapist.request('PUT', '/api/v1/therapists/me/profile', {
      displayName: name,
      languages: ['en', 'fr'],
      modes: ['online'],
      timeZone: 'Europe/Paris',
      published: true,
    }),
    200,
  );
  await offer(therapist, {
    kind: 'consultation',
    weekday: 2,
    startTime: '09:00',
    endTime: '12:00',
  });
  return therapist;
}

export const book = (client: Person, therapist: Person, start: string, extra = {}) =>
  client.request('POST', '/api/v1/consultations', { therapistId: therapist.id, start, ...extra });

export async function booked(
  client: Person,
  therapist: Person,
  start: string,
): Promise<ConsultationBody> {
  return (await expectStatus(book(client, therapist, start), 201)).json<ConsultationBody>();
}

/** The starts of a therapist's free slots on Tuesday 3 March (and before). */
export const slotStarts = async (app: FastifyInstance, therapist: Person) =>
  (await slotsOf(app, therapist.id, '?to=2026-03-04T00:00:00Z')).items.map((s) => s.start);

/** E-mails of one kind queued for these people, opened. */
export async function mails(t: TestApp, kind: string, recipients: string[]) {
  const rows = await t.handle.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('kind', '=', kind)
    .where('recipient_id', 'in', recipients)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => openOutboxRow(t.deps.sealer, row));
}

export const countRows = async (
  t: TestApp,
  table: 'consultations' | 'audit_events' | 'outbox_messages',
) =>
  (
    await t.handle.db
      .selectFrom(table)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;
