import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousRequest, createTestApp, type TestApp } from '../helpers/app';
import {
  errorCode as code,
  expectStatus,
  offer,
  profileBody,
  therapistWithProfile,
} from '../helpers/directory';
import { signUp, type Person } from '../helpers/factories';

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

interface Listed {
  id: string;
  displayName: string;
  nextConsultationAt: string | null;
  verified: boolean;
}
const directory = async (query: string) => {
  const response = await expectStatus(anonymous('GET', `/api/v1/therapists${query}`), 200);
  return response.json<{ items: Listed[]; nextCursor: string | null }>();
};

describe('therapist profile', () => {
  it('starts as an empty draft, saves whole, renames the account, and reads back as others see it', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Draft Person');
    const draft = await expectStatus(
      therapist.request('GET', '/api/v1/therapists/me/profile'),
      200,
    );
    expect(draft.json()).toMatchObject({
      id: therapist.id,
      displayName: 'Draft Person',
      published: false,
      updatedAt: null,
      concerns: [],
    });

    const saved = await expectStatus(
      therapist.request(
        'PUT',
        '/api/v1/therapists/me/profile',
        profileBody({
          displayName: 'Dr Amara Okafor',
          timeZone: 'america/toronto',
          characteristics: { gender: 'woman', lgbtqPositive: true, favouriteColour: 'blue' },
          published: false,
        }),
      ),
      200,
    );
    expect(saved.json()).toMatchObject({
      displayName: 'Dr Amara Okafor',
      timeZone: 'America/Toronto',
      characteristics: { gender: 'woman', lgbtqPositive: true },
      published: false,
      verified: false,
      nextConsultationAt: null,
    });
    expect(saved.json<{ characteristics: object }>().characteristics).not.toHaveProperty(
      'favouriteColour',
    );
    const me = await therapist.request('GET', '/api/v1/me');
    expect(me.json<{ user: { displayName: string } }>().user.displayName).toBe('Dr Amara Okafor');
    const again = await therapist.request('GET', '/api/v1/therapists/me/profile');
    expect(again.json()).toEqual(saved.json());
    // Unpublished: not in the directory, and its page is not found.
    expect((await anonymous('GET', `/api/v1/therapists/${therapist.id}`)).statusCode).toBe(404);
  });

  it('refuses invalid profiles with a field-level 400 and writes nothing', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Careful Editor');
    const cases: [Record<string, unknown>, string][] = [
      [{ concerns: ['anxiety', 'not_a_concern'] }, 'validation_failed'],
      [{ concerns: ['anxiety', 'anxiety'] }, 'validation_failed'],
      [{ approaches: ['CBT'] }, 'validation_failed'],
      [{ languages: ['english'] }, 'validation_failed'],
      [{ modes: ['telepathy'] }, 'validation_failed'],
      [{ feeMin: 200, feeMax: 100 }, 'validation_failed'],
      [{ feeMin: -5 }, 'validation_failed'],
      [{ bio: 'x'.repeat(2001) }, 'validation_failed'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'validation_failed'],
      [{ timeZone: '+01:00' }, 'validation_failed'],
      [{ languages: [], published: true }, 'validation_failed'],
      [{ displayName: '' }, 'validation_failed'],
      [{ photo: 'me.jpg' }, 'unknown_field'],
    ];
    for (const [overrides, expected] of cases) {
      const response = await therapist.request(
        'PUT',
        '/api/v1/therapists/me/profile',
        profileBody(overrides),
      );
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(code(response), JSON.stringify(overrides)).toBe(expected);
    }
    expect(
      (
        await therapist.request(
          'PUT',
          '/api/v1/therapists/me/profile',
          profileBody({ bio: 'é'.repeat(2000) }),
        )
      ).statusCode,
    ).toBe(200);
    const draft = await therapist.request('GET', '/api/v1/therapists/me/profile');
    expect(draft.json<{ bio: string }>().bio).toHaveLength(2000);
  });

  it('is for therapists only, and needs a sign-in', async () => {
    const client = await signUp(t.app, 'client');
    expect((await client.request('GET', '/api/v1/therapists/me/profile')).statusCode).toBe(403);
    expect(
      (await client.request('PUT', '/api/v1/therapists/me/profile', profileBody())).statusCode,
    ).toBe(403);
    expect((await anonymous('GET', '/api/v1/therapists/me/profile')).statusCode).toBe(401);
  });
});

describe('public directory', () => {
  let rowan: Person;
  let julien: Person;
  let mei: Person;
  let hidden: Person;
  let gone: Person;

  beforeAll(async () => {
    t.clock.set(monday);
    rowan = await therapistWithProfile(t.app, 'Alder Rowan', {
      concerns: ['anxiety', 'depression', 'burnout'],
      approaches: ['cbt', 'act'],
      languages: ['en'],
      modes: ['online', 'in_person'],
      region: 'Ontario',
      feeMin: 120,
      feeMax: 160,
    });
    julien = await therapistWithProfile(t.app, 'Beaumont Julien', {
      concerns: ['grief', 'trauma', 'anxiety'],
      approaches: ['psychodynamic', 'emdr'],
      languages: ['fr', 'en'],
      modes: ['in_person'],
      region: 'Île-de-France',
      feeMin: 70,
      feeMax: 90,
    });
    mei = await therapistWithProfile(t.app, 'Chen Mei', {
      concerns: ['relationships'],
      approaches: ['eft'],
      languages: ['cmn', 'en'],
      modes: ['online'],
      region: 'British Columbia',
      feeMin: null,
      feeMax: null,
    });
    hidden = await therapistWithProfile(t.app, 'Dunn Hidden', { published: false });
    gone = await therapistWithProfile(t.app, 'Evans Gone');
    await t.handle.db
      .updateTable('users')
      .set({ status: 'deactivated' })
      .where('id', '=', gone.id)
      .execute();
    // Only Mei has a free consultation this week (Tuesday 09:00–10:00 in Paris).
    await offer(mei, { kind: 'consultation', weekday: 2, startTime: '09:00', endTime: '10:00' });
    await offer(rowan, {
      kind: 'consultation',
      start: '2026-03-25T14:00:00Z',
      end: '2026-03-25T15:00:00Z',
    });
  });

  const ids = (page: { items: Listed[] }) => page.items.map((item) => item.id);

  it('lists published, active therapists in name order, without a sign-in', async () => {
    const page = await directory('');
    expect(ids(page)).toEqual(expect.arrayContaining([rowan.id, julien.id, mei.id]));
    expect(ids(page)).not.toContain(hidden.id);
    expect(ids(page)).not.toContain(gone.id);
    const names = page.items.map((item) => item.displayName.toLowerCase());
    expect(names).toEqual([...names].sort());
    const meiItem = page.items.find((item) => item.id === mei.id);
    expect(meiItem).toMatchObject({
      verified: false,
      nextConsultationAt: '2026-03-03T08:00:00.000Z',
    });
    expect(page.items.find((item) => item.id === julien.id)?.nextConsultationAt).toBeNull();
    expect(page.items.find((item) => item.id === rowan.id)?.nextConsultationAt).toBe(
      '2026-03-25T14:00:00.000Z',
    );
  });

  it('filters on every field, with repeated or comma-separated codes', async () => {
    const only = async (query: string) =>
      ids(await directory(query)).filter((id) => [rowan.id, julien.id, mei.id].includes(id));
    expect(await only('?concern=anxiety')).toEqual([rowan.id, julien.id]);
    // Every concern asked for must be listed.
    expect(await only('?concern=anxiety,grief')).toEqual([julien.id]);
    expect(await only('?concern=anxiety&concern=burnout')).toEqual([rowan.id]);
    expect(await only('?approach=emdr')).toEqual([julien.id]);
    // Any of the languages will do.
    expect(await only('?language=fr,cmn')).toEqual([julien.id, mei.id]);
    expect(await only('?mode=in_person')).toEqual([rowan.id, julien.id]);
    expect(await only('?mode=online&language=en')).toEqual([rowan.id, mei.id]);
    // Regions compare without case or accents.
    expect(await only('?region=ile-de-france')).toEqual([julien.id]);
    expect(await only('?region=%20ONTARIO%20')).toEqual([rowan.id]);
    // A budget needs a stated fee within it.
    expect(await only('?maxFee=100')).toEqual([julien.id]);
    expect(await only('?maxFee=150')).toEqual([rowan.id, julien.id]);
    expect(await only('?availableWithinDays=7')).toEqual([mei.id]);
    expect(await only('?availableWithinDays=30')).toEqual([rowan.id, mei.id]);
    // Empty values are no filter, as a form sends them.
    expect(
      await only('?concern=&approach=&language=&mode=&region=&maxFee=&availableWithinDays='),
    ).toEqual([rowan.id, julien.id, mei.id]);
  });

  it('answers an empty result with an empty list, and bad filters with 400', async () => {
    expect(await directory('?concern=eating&language=iu')).toEqual({ items: [], nextCursor: null });
    for (const query of [
      '?concern=nonsense',
      '?mode=telepathy',
      '?maxFee=-1',
      '?availableWithinDays=61',
      '?colour=blue',
      '?limit=201',
      '?cursor=bm90IG91cnM',
    ]) {
      const response = await anonymous('GET', `/api/v1/therapists${query}`);
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('pages with a cursor, every therapist once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await directory(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 50);
    expect(seen).toEqual(ids(await directory('?limit=200')));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBeGreaterThanOrEqual(2);
    // A filter applied after SQL (availability) pages the same way.
    const available = await directory('?limit=1&availableWithinDays=30');
    expect(available.items).toHaveLength(1);
    const rest = await directory(`?limit=1&availableWithinDays=30&cursor=${available.nextCursor}`);
    expect([...ids(available), ...ids(rest)]).toEqual([rowan.id, mei.id]);
  });

  it('shows one published profile, and 404 for an unpublished or unknown one', async () => {
    const response = await expectStatus(anonymous('GET', `/api/v1/therapists/${julien.id}`), 200);
    expect(response.json()).toMatchObject({
      id: julien.id,
      displayName: 'Beaumont Julien',
      region: 'Île-de-France',
      languages: ['fr', 'en'],
      verified: false,
    });
    expect(response.json()).not.toHaveProperty('published');
    expect((await anonymous('GET', `/api/v1/therapists/${hidden.id}`)).statusCode).toBe(404);
    expect((await anonymous('GET', `/api/v1/therapists/${gone.id}`)).statusCode).toBe(404);
    expect(
      (await anonymous('GET', '/api/v1/therapists/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });

  it('ranks with POST /match: best first, reasons and unmet needs in the reader’s language', async () => {
    const body = { concerns: ['anxiety', 'grief'], languages: ['fr'], mode: 'either' };
    const response = await expectStatus(anonymous('POST', '/api/v1/match', body), 200);
    const items = response.json<{
      items: {
        therapistId: string;
        displayName: string;
        score: number;
        reasons: { code: string; params: Record<string, unknown>; text: string }[];
        unmet: { code: string; text: string }[];
      }[];
    }>().items;
    // Only Julien speaks French.
    expect(items.map((item) => item.therapistId)).toEqual([julien.id]);
    const [first] = items;
    expect(first?.displayName).toBe('Beaumont Julien');
    expect(first?.reasons).toContainEqual({
      code: 'works_with_concern',
      params: { concern: 'grief' },
      text: 'Works with grief and loss',
    });
    const french = await expectStatus(
      anonymous('POST', '/api/v1/match', { concerns: ['burnout'] }, { 'accept-language': 'fr-CA' }),
      200,
    );
    const ranked = french.json<{
      items: {
        therapistId: string;
        score: number;
        reasons: { text: string }[];
        unmet: { code: string; text: string }[];
      }[];
    }>().items;
    expect(ranked[0]?.therapistId).toBe(rowan.id);
    expect(ranked.map((item) => item.score)).toEqual(
      [...ranked.map((item) => item.score)].sort((a, b) => b - a),
    );
    expect(ranked[0]?.reasons.map((r) => r.text).join(' ')).toMatch(/épuisement|burnout/i);
    const unmet = ranked.find((item) => item.therapistId === mei.id)?.unmet[0];
    expect(unmet?.code).toBe('works_with_concern');
    expect(unmet?.text).not.toMatch(/^Does not/);
    // The availability filter of the questionnaire.
    const soon = await expectStatus(
      anonymous('POST', '/api/v1/match?limit=1', { availableWithinDays: 3 }),
      200,
    );
    expect(
      soon.json<{ items: { therapistId: string }[] }>().items.map((i) => i.therapistId),
    ).toEqual([mei.id]);
    const bad = await anonymous('POST', '/api/v1/match', { concerns: ['nonsense'] });
    expect(bad.statusCode).toBe(400);
    expect((await anonymous('POST', '/api/v1/match', { colour: 'blue' })).statusCode).toBe(400);
  });
});
