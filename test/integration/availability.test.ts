import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousRequest, createTestApp, type TestApp } from '../helpers/app';
import {
  errorCode as code,
  expectStatus,
  offer,
  slotsOf,
  therapistWithProfile,
} from '../helpers/directory';
import { signUp } from '../helpers/factories';

let t: TestApp;
const monday = new Date('2026-03-02T10:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const anonymous = (
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => anonymousRequest(t.app)(method, url, body, headers);

describe('availability and slots', () => {
  it('expands a weekly rule on the therapist’s local clock across the change to summer time', async () => {
    t.clock.set(new Date('2026-03-20T12:00:00Z'));
    const therapist = await therapistWithProfile(t.app, 'Paris Clock', {
      timeZone: 'Europe/Paris',
    });
    const ruleId = await offer(therapist, {
      kind: 'consultation',
      weekday: 1,
      startTime: '09:00',
      endTime: '09:30',
    });
    const window = '?from=2026-03-22T00:00:00Z&to=2026-04-01T00:00:00Z';
    const utc = await slotsOf(t.app, therapist.id, window);
    expect(utc.timeZone).toBe('UTC');
    expect(utc.items).toEqual([
      { start: '2026-03-23T08:00:00.000Z', end: '2026-03-23T08:15:00.000Z' },
      { start: '2026-03-23T08:15:00.000Z', end: '2026-03-23T08:30:00.000Z' },
      { start: '2026-03-30T07:00:00.000Z', end: '2026-03-30T07:15:00.000Z' },
      { start: '2026-03-30T07:15:00.000Z', end: '2026-03-30T07:30:00.000Z' },
    ]);
    const local = await slotsOf(t.app, therapist.id, `${window}&tz=Europe/Paris`);
    expect(local.items.map((slot) => slot.start)).toEqual([
      '2026-03-23T09:00:00.000+01:00',
      '2026-03-23T09:15:00.000+01:00',
      '2026-03-30T09:00:00.000+02:00',
      '2026-03-30T09:15:00.000+02:00',
    ]);
    // In the client's zone: Toronto changed on 8 March, so 04:00 then 03:00.
    const toronto = await slotsOf(t.app, therapist.id, `${window}&tz=America/Toronto`);
    expect(toronto.items[0]?.start).toBe('2026-03-23T04:00:00.000-04:00');
    expect(toronto.items[2]?.start).toBe('2026-03-30T03:00:00.000-04:00');

    const listed = await expectStatus(
      therapist.request('GET', '/api/v1/therapists/me/availability'),
      200,
    );
    expect(listed.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        id: ruleId,
        kind: 'consultation',
        weekday: 1,
        startTime: '09:00',
        endTime: '09:30',
        timeZone: 'Europe/Paris',
        start: null,
      }),
    ]);
  });

  it('adds one-off blocks, removes exceptions and the past, and deletes rules', async () => {
    t.clock.set(new Date('2026-03-23T08:05:00Z'));
    const therapist = await therapistWithProfile(t.app, 'Block Builder', {
      timeZone: 'Europe/Paris',
    });
    const ruleId = await offer(therapist, {
      kind: 'consultation',
      weekday: 1,
      startTime: '09:00',
      endTime: '10:00',
      timeZone: 'UTC',
    });
    await offer(therapist, {
      kind: 'consultation',
      start: '2026-03-24T16:00:00+01:00',
      end: '2026-03-24T16:30:00+01:00',
    });
    await offer(therapist, {
      kind: 'unavailable',
      start: '2026-03-23T09:30:00Z',
      end: '2026-03-23T09:45:00Z',
    });
    // Session hours are not consultation slots.
    await offer(therapist, {
      kind: 'session',
      start: '2026-03-24T18:00:00Z',
      end: '2026-03-24T20:00:00Z',
    });
    const slots = await slotsOf(t.app, therapist.id, '?to=2026-03-25T00:00:00Z');
    expect(slots.items.map((s) => s.start)).toEqual([
      '2026-03-23T09:00:00.000Z',
      '2026-03-23T09:15:00.000Z',
      '2026-03-23T09:45:00.000Z',
      '2026-03-24T15:00:00.000Z',
      '2026-03-24T15:15:00.000Z',
    ]);
    await expectStatus(
      therapist.request('DELETE', `/api/v1/therapists/me/availability/${ruleId}`),
      200,
    );
    const after = await slotsOf(t.app, therapist.id, '?to=2026-03-25T00:00:00Z');
    expect(after.items.map((s) => s.start)).toEqual([
      '2026-03-24T15:00:00.000Z',
      '2026-03-24T15:15:00.000Z',
    ]);
    expect(
      (await therapist.request('DELETE', `/api/v1/therapists/me/availability/${ruleId}`))
        .statusCode,
    ).toBe(404);
  });

  it('validates availability: order, length, the past, who may offer', async () => {
    t.clock.set(monday);
    const therapist = await therapistWithProfile(t.app, 'Strict Hours');
    const other = await therapistWithProfile(t.app, 'Other Hours');
    const cases: [Record<string, unknown>, number, string][] = [
      [
        { kind: 'consultation', start: '2026-03-10T10:00:00Z', end: '2026-03-10T10:00:00Z' },
        400,
        'validation_failed',
      ],
      [
        { kind: 'consultation', start: '2026-03-10T10:00:00Z', end: '2026-03-10T22:01:00Z' },
        400,
        'validation_failed',
      ],
      [
        { kind: 'consultation', start: '2026-03-10T10:00', end: '2026-03-10T11:00' },
        400,
        'validation_failed',
      ],
      [
        { kind: 'consultation', start: '2026-03-01T10:00:00Z', end: '2026-03-01T11:00:00Z' },
        400,
        'availability_in_past',
      ],
      [
        { kind: 'unavailable', start: '2026-03-01T10:00:00Z', end: '2026-03-02T09:00:00Z' },
        400,
        'availability_in_past',
      ],
      [
        { kind: 'consultation', weekday: 7, startTime: '09:00', endTime: '10:00' },
        400,
        'validation_failed',
      ],
      [
        { kind: 'consultation', weekday: 1, startTime: '10:00', endTime: '09:00' },
        400,
        'validation_failed',
      ],
      [
        { kind: 'consultation', weekday: 1, startTime: '06:00', endTime: '18:01' },
        400,
        'validation_failed',
      ],
      [
        { kind: 'consultation', weekday: 1, startTime: '9:00', endTime: '10:00' },
        400,
        'validation_failed',
      ],
      [
        { kind: 'unavailable', weekday: 1, startTime: '09:00', endTime: '10:00' },
        400,
        'validation_failed',
      ],
      [
        {
          kind: 'consultation',
          weekday: 1,
          startTime: '09:00',
          endTime: '10:00',
          timeZone: 'Nowhere/Land',
        },
        400,
        'validation_failed',
      ],
    ];
    for (const [body, status, expected] of cases) {
      const response = await therapist.request('POST', '/api/v1/therapists/me/availability', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(code(response), JSON.stringify(body)).toBe(expected);
    }
    // A block already under way keeps its future part; time off may be long; 24:00 ends a day.
    await offer(therapist, {
      kind: 'consultation',
      start: '2026-03-02T09:00:00Z',
      end: '2026-03-02T11:00:00Z',
    });
    await offer(therapist, {
      kind: 'unavailable',
      start: '2026-07-01T00:00:00Z',
      end: '2026-07-21T00:00:00Z',
    });
    await offer(therapist, {
      kind: 'consultation',
      weekday: 5,
      startTime: '20:00',
      endTime: '24:00',
    });
    const mine = await therapist.request('GET', '/api/v1/therapists/me/availability');
    expect(mine.json<{ items: unknown[] }>().items).toHaveLength(3);
    const [someId] = mine.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(
      (await other.request('DELETE', `/api/v1/therapists/me/availability/${someId}`)).statusCode,
    ).toBe(404);
    const client = await signUp(t.app, 'client');
    expect(
      (
        await client.request('POST', '/api/v1/therapists/me/availability', {
          kind: 'consultation',
          weekday: 1,
          startTime: '09:00',
          endTime: '10:00',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await anonymous('POST', '/api/v1/therapists/me/availability', {
          kind: 'consultation',
          weekday: 1,
          startTime: '09:00',
          endTime: '10:00',
        })
      ).statusCode,
    ).toBe(401);
  });

  it('limits the slot window to 60 days, and knows only published therapists', async () => {
    t.clock.set(monday);
    const therapist = await therapistWithProfile(t.app, 'Window Keeper');
    const hidden = await therapistWithProfile(t.app, 'Window Hidden', { published: false });
    const tooLong = await anonymous(
      'GET',
      `/api/v1/therapists/${therapist.id}/slots?from=2026-03-03T00:00:00Z&to=2026-05-03T00:00:01Z`,
    );
    expect(tooLong.statusCode).toBe(400);
    expect(code(tooLong)).toBe('slot_window_too_long');
    const backwards = await anonymous(
      'GET',
      `/api/v1/therapists/${therapist.id}/slots?from=2026-03-04T00:00:00Z&to=2026-03-03T00:00:00Z`,
    );
    expect(backwards.statusCode).toBe(400);
    expect(
      (await anonymous('GET', `/api/v1/therapists/${therapist.id}/slots?kind=session`)).statusCode,
    ).toBe(400);
    expect(
      (await anonymous('GET', `/api/v1/therapists/${therapist.id}/slots?tz=%2B01:00`)).statusCode,
    ).toBe(400);
    expect((await anonymous('GET', `/api/v1/therapists/${hidden.id}/slots`)).statusCode).toBe(404);
    expect(await slotsOf(t.app, therapist.id)).toEqual({
      items: [],
      nextCursor: null,
      timeZone: 'UTC',
    });
  });
});
