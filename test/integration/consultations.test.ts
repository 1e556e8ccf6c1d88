import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/storage/audit.repo';
import { createTestApp, type TestApp } from '../helpers/app';
import {
  book,
  bookableTherapist,
  booked,
  countRows,
  errorCode,
  expectStatus,
  mails,
  monday,
  offer,
  signUpIn,
  slotStarts,
  therapistWithProfile,
  tuesday,
  type ConsultationBody,
} from '../helpers/directory';
import { signUp, type Person } from '../helpers/factories';

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

describe('booking a free consultation', () => {
  it('books a slot, takes it off the list, mails both people in their language and zone, starts no engagement', async () => {
    const therapist = await bookableTherapist(t.app, 'Julien Marchand', 'fr');
    const client = await signUpIn(t.app, 'client', 'Lee Park', 'en');
    const response = await expectStatus(
      book(client, therapist, '2026-03-03T09:00:00+01:00', { timeZone: 'America/Toronto' }),
      201,
    );
    const consultation = response.json<ConsultationBody>();
    expect(consultation).toMatchObject({
      therapistId: therapist.id,
      therapistName: 'Julien Marchand',
      clientId: client.id,
      clientName: 'Lee Park',
      start: tuesday('08:00'),
      end: tuesday('08:15'),
      status: 'booked',
      cancelledBy: null,
    });
    expect(consultation.icsUrl).toMatch(
      new RegExp(`/api/v1/consultations/${consultation.id}/calendar\\.ics$`),
    );
    expect(await slotStarts(t.app, therapist)).not.toContain(tuesday('08:00'));
    expect(await slotStarts(t.app, therapist)).toContain(tuesday('08:15'));

    const [toClient, toTherapist] = [
      ...(await mails(t, 'consultation_booked', [client.id])),
      ...(await mails(t, 'consultation_booked', [therapist.id])),
    ];
    // Subjects are stored in the clear, so they name nobody; the (sealed) body does.
    expect(toClient).toMatchObject({ to: client.email, subject: 'Booked: your free consultation' });
    expect(toClient?.body).toContain('Julien Marchand');
    expect(toClient?.body).toContain('March 3, 2026');
    expect(toClient?.body).toContain('03:00');
    expect(toClient?.body).toContain('(America/Toronto)');
    expect(toClient?.body).toContain(consultation.icsUrl);
    expect(toTherapist).toMatchObject({
      to: therapist.email,
      subject: 'Réservée : votre consultation gratuite',
    });
    expect(toTherapist?.body).toContain('Lee Park');
    expect(toTherapist?.body).toContain('mardi 3 mars 2026');
    expect(toTherapist?.body).toContain('09:00');
    expect(toTherapist?.body).toContain('(Europe/Paris)');

    const engagements = await t.handle.db
      .selectFrom('engagements')
      .select('id')
      .where('client_id', '=', client.id)
      .execute();
    expect(engagements).toEqual([]);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_id', '=', consultation.id)
      .execute();
    expect(audit.map((e) => [e.action, e.subject_id])).toEqual([['consultation.book', client.id]]);
  });

  it('refuses taken, unpublished, past, off-grid and busy times, and the wrong people, writing nothing', async () => {
    const therapist = await bookableTherapist(t.app, 'Busy Therapist');
    const first = await signUp(t.app, 'client', 'First');
    const second = await signUp(t.app, 'client', 'Second');
    await booked(first, therapist, tuesday('08:00'));
    // A scheduled session with another client makes that time busy too.
    const engaged = await signUp(t.app, 'client', 'Engaged');
    const engagement = (
      await expectStatus(
        engaged.request('POST', '/api/v1/engagements', { therapistId: therapist.id }),
        201,
      )
    ).json<{ id: string }>();
    await expectStatus(
      therapist.request('PATCH', `/api/v1/engagements/${engagement.id}`, { status: 'active' }),
      200,
    );
    await expectStatus(
      therapist.request('POST', `/api/v1/engagements/${engagement.id}/sessions`, {
        scheduledAt: tuesday('09:00'),
        durationMinutes: 50,
      }),
      201,
    );
    expect(await slotStarts(t.app, therapist)).not.toContain(tuesday('09:45'));
    expect(await slotStarts(t.app, therapist)).toContain(tuesday('10:00'));
    const hidden = await therapistWithProfile(t.app, 'Hidden Therapist', { published: false });
    await offer(hidden, { kind: 'consultation', weekday: 2, startTime: '09:00', endTime: '10:00' });

    const before = await countRows(t, 'consultations');
    const mailsBefore = await countRows(t, 'outbox_messages');
    const cases: [Person | null, unknown, number, string][] = [
      [second, { therapistId: therapist.id, start: tuesday('08:00') }, 409, 'slot_taken'],
      [
        second,
        { therapistId: therapist.id, start: '2026-03-03T09:00:00+01:00' },
        409,
        'slot_taken',
      ],
      [second, { therapistId: therapist.id, start: tuesday('08:05') }, 409, 'slot_unavailable'],
      [second, { therapistId: therapist.id, start: tuesday('11:00') }, 409, 'slot_unavailable'],
      [second, { therapistId: therapist.id, start: tuesday('09:30') }, 409, 'slot_unavailable'],
      [
        second,
        { therapistId: therapist.id, start: '2026-02-24T08:00:00Z' },
        409,
        'slot_unavailable',
      ],
      [first, { therapistId: therapist.id, start: tuesday('10:00') }, 409, 'consultation_exists'],
      [second, { therapistId: hidden.id, start: tuesday('08:00') }, 404, 'not_found'],
      [second, { therapistId: first.id, start: tuesday('08:00') }, 404, 'not_found'],
      [therapist, { therapistId: therapist.id, start: tuesday('10:00') }, 403, 'forbidden'],
      [null, { therapistId: therapist.id, start: tuesday('10:00') }, 401, 'unauthenticated'],
      [
        second,
        { therapistId: therapist.id, start: '2026-03-03T10:00:00' },
        400,
        'validation_failed',
      ],
      [
        second,
        { therapistId: therapist.id, start: tuesday('10:00'), note: 'hi' },
        400,
        'unknown_field',
      ],
      [
        second,
        { therapistId: therapist.id, start: tuesday('10:00'), timeZone: 'Nowhere/Land' },
        400,
        'validation_failed',
      ],
    ];
    for (const [who, body, status, expected] of cases) {
      const response = who
        ? await who.request('POST', '/api/v1/consultations', body)
        : await t.app.inject({
            method: 'POST',
            url: '/api/v1/consultations',
            payload: body as object,
          });
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(errorCode(response), JSON.stringify(body)).toBe(expected);
    }
    expect(await countRows(t, 'consultations')).toBe(before);
    expect(await countRows(t, 'outbox_messages')).toBe(mailsBefore);
  });
});

describe('no double booking under concurrent requests', () => {
  it('ten clients racing for one slot: exactly one 201, nine 409 slot_taken, one row, two e-mails', async () => {
    const therapist = await bookableTherapist(t.app, 'Popular Therapist');
    const clients = await Promise.all(
      Array.from({ length: 10 }, (_, k) => signUp(t.app, 'client', `Racer ${k}`)),
    );
    const responses = await Promise.all(
      clients.map((client) => book(client, therapist, tuesday('10:30'))),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
    for (const r of responses.filter((r) => r.statusCode === 409))
      expect(errorCode(r)).toBe('slot_taken');
    const rows = await t.handle.db
      .selectFrom('consultations')
      .selectAll()
      .where('therapist_id', '=', therapist.id)
      .execute();
    expect(rows).toHaveLength(1);
    const winner = responses.findIndex((r) => r.statusCode === 201);
    expect(rows[0]?.client_id).toBe(clients[winner]?.id);
    const sent = await mails(t, 'consultation_booked', [therapist.id, ...clients.map((c) => c.id)]);
    expect(sent.map((m) => m.recipientId).sort()).toEqual(
      [therapist.id, clients[winner]?.id].sort(),
    );
    const clinicId = (
      await t.handle.db
        .selectFrom('users')
        .select('clinic_id')
        .where('id', '=', therapist.id)
        .executeTakeFirstOrThrow()
    ).clinic_id;
    expect((await verifyAuditChain(t.handle.db, clinicId)).ok).toBe(true);
  });

  it('two consultations moved to one slot at once: one moves, the other stays where it was', async () => {
    const therapist = await bookableTherapist(t.app, 'Moving Therapist');
    const [a, b] = await Promise.all([
      signUp(t.app, 'client', 'Mover A'),
      signUp(t.app, 'client', 'Mover B'),
    ]);
    const first = await booked(a, therapist, tuesday('08:00'));
    const second = await booked(b, therapist, tuesday('08:15'));
    const [ra, rb] = await Promise.all([
      a.request('POST', `/api/v1/consultations/${first.id}/reschedule`, {
        start: tuesday('09:00'),
      }),
      b.request('POST', `/api/v1/consultations/${second.id}/reschedule`, {
        start: tuesday('09:00'),
      }),
    ]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409]);
    const loser =
      ra.statusCode === 409 ? { r: ra, c: first, who: a } : { r: rb, c: second, who: b };
    expect(errorCode(loser.r)).toBe('slot_taken');
    const still = await loser.who.request('GET', `/api/v1/consultations/${loser.c.id}`);
    expect(still.json<ConsultationBody>().start).toBe(loser.c.start);
    const rows = await t.handle.db
      .selectFrom('consultations')
      .select('starts_at')
      .where('therapist_id', '=', therapist.id)
      .where('status', '=', 'booked')
      .execute();
    expect(rows.map((r) => new Date(r.starts_at).toISOString()).sort()).toEqual(
      [loser.c.start, tuesday('09:00')].sort(),
    );
  });
});

describe('moving and cancelling', () => {
  it('moves a consultation atomically; a taken slot changes nothing', async () => {
    const therapist = await bookableTherapist(t.app, 'Flexible Therapist');
    const client = await signUp(t.app, 'client', 'Mover');
    const other = await signUp(t.app, 'client', 'Other');
    const mine = await booked(client, therapist, tuesday('08:00'));
    await booked(other, therapist, tuesday('08:30'));

    const taken = await client.request('POST', `/api/v1/consultations/${mine.id}/reschedule`, {
      start: tuesday('08:30'),
    });
    expect(taken.statusCode).toBe(409);
    expect(errorCode(taken)).toBe('slot_taken');
    const auditBefore = await countRows(t, 'audit_events');
    const mailBefore = await countRows(t, 'outbox_messages');
    const offGrid = await client.request('POST', `/api/v1/consultations/${mine.id}/reschedule`, {
      start: tuesday('08:40'),
    });
    expect(errorCode(offGrid)).toBe('slot_unavailable');
    expect(
      (
        await other.request('POST', `/api/v1/consultations/${mine.id}/reschedule`, {
          start: tuesday('09:00'),
        })
      ).statusCode,
    ).toBe(404);
    expect(await countRows(t, 'audit_events')).toBe(auditBefore);
    expect(await countRows(t, 'outbox_messages')).toBe(mailBefore);
    expect(
      (await client.request('GET', `/api/v1/consultations/${mine.id}`)).json<ConsultationBody>()
        .start,
    ).toBe(tuesday('08:00'));

    const moved = await expectStatus(
      client.request('POST', `/api/v1/consultations/${mine.id}/reschedule`, {
        start: tuesday('09:00'),
      }),
      200,
    );
    expect(moved.json<ConsultationBody>()).toMatchObject({
      id: mine.id,
      start: tuesday('09:00'),
      end: tuesday('09:15'),
      status: 'booked',
    });
    const slots = await slotStarts(t.app, therapist);
    expect(slots).toContain(tuesday('08:00'));
    expect(slots).not.toContain(tuesday('09:00'));
    const [note] = await mails(t, 'consultation_rescheduled', [client.id]);
    expect(note?.body).toMatch(/moved from .*08:00.* to .*09:00/s);
    expect((await mails(t, 'consultation_rescheduled', [therapist.id])).length).toBe(1);
    // The same start again is no change.
    await expectStatus(
      client.request('POST', `/api/v1/consultations/${mine.id}/reschedule`, {
        start: tuesday('09:00'),
      }),
      200,
    );
    expect((await mails(t, 'consultation_rescheduled', [client.id])).length).toBe(1);
    const ics = await client.request('GET', `/api/v1/consultations/${mine.id}/calendar.ics`);
    expect(ics.body).toContain('SEQUENCE:1\r\n');
    expect(ics.body).toContain('DTSTART:20260303T090000Z\r\n');
  });

  it('either person cancels before it starts; the slot opens again; a closed one cannot change', async () => {
    const therapist = await bookableTherapist(t.app, 'Cancelling Therapist');
    const client = await signUp(t.app, 'client', 'Canceller');
    const stranger = await signUp(t.app, 'client', 'Stranger');
    const mine = await booked(client, therapist, tuesday('10:00'));
    expect((await stranger.request('DELETE', `/api/v1/consultations/${mine.id}`)).statusCode).toBe(
      404,
    );
    const cancelled = await expectStatus(
      therapist.request('DELETE', `/api/v1/consultations/${mine.id}`),
      200,
    );
    expect(cancelled.json<ConsultationBody>()).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'therapist',
    });
    expect(await slotStarts(t.app, therapist)).toContain(tuesday('10:00'));
    expect((await mails(t, 'consultation_cancelled', [client.id, therapist.id])).length).toBe(2);
    for (const response of [
      await client.request('DELETE', `/api/v1/consultations/${mine.id}`),
      await client.request('POST', `/api/v1/consultations/${mine.id}/reschedule`, {
        start: tuesday('10:15'),
      }),
      await client.request('PUT', `/api/v1/consultations/${mine.id}/note`, {
        note: 'x',
        fitRating: 5,
      }),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(errorCode(response)).toBe('consultation_closed');
    }
    const ics = await client.request('GET', `/api/v1/consultations/${mine.id}/calendar.ics`);
    expect(ics.body).toContain('STATUS:CANCELLED\r\n');

    // Once it has started, it can no longer be cancelled; the client books again meanwhile.
    const again = await booked(client, therapist, tuesday('10:15'));
    t.clock.set(new Date(tuesday('10:16')));
    const late = await client.request('DELETE', `/api/v1/consultations/${again.id}`);
    expect(errorCode(late)).toBe('consultation_closed');
  });
});
