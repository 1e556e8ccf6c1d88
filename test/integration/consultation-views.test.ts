import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import {
  bookableTherapist,
  booked,
  expectStatus,
  monday,
  signUpIn,
  tuesday,
  type ConsultationBody,
} from '../helpers/directory';
import { signUp } from '../helpers/factories';

let t: TestApp;

beforeAll(async () => {
  // The clock moves by up to a day here; sessions should outlast it.
  t = await createTestApp({
    overrides: { sessions: { idleMinutes: 7 * 24 * 60, absoluteHours: 30 * 24 } },
  });
});
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  t.clock.set(monday);
});

describe('lists and calendar files', () => {
  it('lists upcoming consultations for each side, audits the therapist’s reads, and pages', async () => {
    const therapist = await bookableTherapist(t.app, 'Listing Therapist');
    const one = await signUp(t.app, 'client', 'Client One');
    const two = await signUp(t.app, 'client', 'Client Two');
    const a = await booked(one, therapist, tuesday('09:30'));
    const b = await booked(two, therapist, tuesday('08:45'));
    const mine = await expectStatus(one.request('GET', '/api/v1/consultations'), 200);
    expect(mine.json<{ items: ConsultationBody[] }>().items.map((c) => c.id)).toEqual([a.id]);
    const theirs = await expectStatus(
      therapist.request('GET', '/api/v1/consultations?limit=1'),
      200,
    );
    const page = theirs.json<{ items: ConsultationBody[]; nextCursor: string }>();
    expect(page.items.map((c) => [c.id, c.clientName])).toEqual([[b.id, 'Client Two']]);
    const rest = await therapist.request(
      'GET',
      `/api/v1/consultations?limit=1&cursor=${page.nextCursor}`,
    );
    expect(rest.json<{ items: ConsultationBody[]; nextCursor: null }>()).toMatchObject({
      items: [{ id: a.id, clientName: 'Client One' }],
      nextCursor: null,
    });
    const reads = await t.handle.db
      .selectFrom('audit_events')
      .select(['subject_id', 'actor_id'])
      .where('action', '=', 'consultation.read')
      .where('actor_id', '=', therapist.id)
      .execute();
    expect(reads.map((r) => r.subject_id).sort()).toEqual([one.id, two.id].sort());
    expect((await two.request('GET', `/api/v1/consultations/${a.id}`)).statusCode).toBe(404);
    t.clock.set(new Date(tuesday('09:50')));
    expect(
      (await one.request('GET', '/api/v1/consultations')).json<{ items: unknown[] }>().items,
    ).toEqual([]);
  });

  it('serves an RFC 5545 file worded for whoever downloads it', async () => {
    const therapist = await bookableTherapist(t.app, 'Amélie Durand', 'fr');
    const client = await signUpIn(t.app, 'client', 'Sam, Rivera; Jr', 'en');
    const mine = await booked(client, therapist, tuesday('08:00'));
    const file = await expectStatus(
      client.request('GET', `/api/v1/consultations/${mine.id}/calendar.ics`),
      200,
    );
    expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(file.body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(file.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of file.body.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const lines = file.body.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain(`UID:consultation-${mine.id}@${new URL(t.deps.publicUrl).hostname}`);
    expect(lines).toContain('DTSTART:20260303T080000Z');
    expect(lines).toContain('DTEND:20260303T081500Z');
    expect(lines).toContain('DTSTAMP:20260302T100000Z');
    expect(lines).toContain('SUMMARY:Free consultation with Amélie Durand');
    const theirs = await therapist.request(
      'GET',
      `/api/v1/consultations/${mine.id}/calendar.ics`,
      undefined,
      { 'accept-language': 'fr' },
    );
    expect(theirs.body.replace(/\r\n /g, '')).toContain(
      'SUMMARY:Consultation gratuite avec Sam\\, Rivera\\; Jr\r\n',
    );
    const stranger = await signUp(t.app, 'client');
    expect(
      (await stranger.request('GET', `/api/v1/consultations/${mine.id}/calendar.ics`)).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/consultations/${mine.id}/calendar.ics` }))
        .statusCode,
    ).toBe(401);
  });
});

describe('comparing the therapists met', () => {
  it('keeps a private, sealed note and fit rating, and shows the therapists met side by side', async () => {
    const first = await bookableTherapist(t.app, 'First Met');
    const second = await bookableTherapist(t.app, 'Second Met');
    const client = await signUp(t.app, 'client', 'Comparer');
    const a = await booked(client, first, tuesday('08:00'));
    const b = await booked(client, second, tuesday('09:00'));
    expect((await client.request('GET', '/api/v1/me/therapists-met')).json()).toEqual({
      items: [],
      nextCursor: null,
    });

    t.clock.set(new Date(tuesday('09:30')));
    const saved = await expectStatus(
      client.request('PUT', `/api/v1/consultations/${a.id}/note`, {
        note: 'Warm, but talked a lot about herself.',
        fitRating: 6.5,
      }),
      200,
    );
    expect(saved.json()).toMatchObject({
      consultationId: a.id,
      note: 'Warm, but talked a lot about herself.',
      fitRating: 6.5,
    });
    await expectStatus(
      client.request('PUT', `/api/v1/consultations/${b.id}/note`, {
        note: 'Felt heard.',
        fitRating: 8.9,
      }),
      200,
    );
    for (const [body, status] of [
      [{ note: 'x', fitRating: 7.55 }, 400],
      [{ note: 'x', fitRating: 10.1 }, 400],
      [{ note: 'x'.repeat(4001), fitRating: 5 }, 400],
      [{ note: 'x' }, 400],
    ] as const)
      expect(
        (await client.request('PUT', `/api/v1/consultations/${a.id}/note`, body)).statusCode,
      ).toBe(status);
    expect(
      (
        await first.request('PUT', `/api/v1/consultations/${a.id}/note`, {
          note: 'x',
          fitRating: 1,
        })
      ).statusCode,
    ).toBe(403);
    const stranger = await signUp(t.app, 'client');
    expect(
      (
        await stranger.request('PUT', `/api/v1/consultations/${a.id}/note`, {
          note: 'x',
          fitRating: 1,
        })
      ).statusCode,
    ).toBe(404);

    // Sealed at rest, bound to its consultation; the therapist's view has no note at all.
    const row = await t.handle.db
      .selectFrom('consultation_notes')
      .selectAll()
      .where('consultation_id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.note_ciphertext).not.toContain('Warm');
    expect(t.deps.sealer.open(row.note_ciphertext, `consultation_notes.note:${a.id}`)).toBe(
      'Warm, but talked a lot about herself.',
    );
    const asTherapist = await first.request('GET', `/api/v1/consultations/${a.id}`);
    expect(asTherapist.body).not.toContain('Warm');
    expect(asTherapist.json()).not.toHaveProperty('note');

    const met = await expectStatus(client.request('GET', '/api/v1/me/therapists-met'), 200);
    const items = met.json<{
      items: {
        therapistId: string;
        displayName: string;
        fitRating: number;
        consultations: { id: string; note: string }[];
        profile: { id: string };
        engagement: null;
      }[];
    }>().items;
    expect(items.map((i) => [i.displayName, i.fitRating, i.consultations[0]?.note])).toEqual([
      ['Second Met', 8.9, 'Felt heard.'],
      ['First Met', 6.5, 'Warm, but talked a lot about herself.'],
    ]);
    expect(items[0]?.profile.id).toBe(second.id);
    expect(items[0]?.engagement).toBeNull();

    // Choosing: the client starts ongoing sessions with one, through the engagements API.
    const started = await expectStatus(
      client.request('POST', '/api/v1/engagements', { therapistId: second.id }),
      201,
    );
    const after = (await client.request('GET', '/api/v1/me/therapists-met')).json<{
      items: { engagement: { id: string; status: string } | null }[];
    }>();
    expect(after.items[0]?.engagement).toEqual({
      id: started.json<{ id: string }>().id,
      status: 'consulting',
    });
    expect((await first.request('GET', '/api/v1/me/therapists-met')).statusCode).toBe(403);
    const writes = await t.handle.db
      .selectFrom('audit_events')
      .select('subject_id')
      .where('action', '=', 'consultation_note.write')
      .where('resource_id', '=', a.id)
      .execute();
    expect(writes).toEqual([{ subject_id: client.id }]);
  });
});
