import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealer, generateKey, parseKeyRing } from '../../src/storage/crypto';
import { loadSchedules } from '../../src/api/availability.service';
import { consultationSlots } from '../../src/core/slots';
import { buildDemoRows } from '../../src/storage/demo/build';
import {
  DemoAlreadyLoadedError,
  demoPassword,
  loadDemoClinic,
  type DemoResult,
  type StoryKey,
} from '../../src/storage/demo/generate';
import { demoClients, demoEmail } from '../../src/storage/demo/people';
import { everydayComments, goalTitles, storyComments } from '../../src/storage/demo/texts';
import type { DB } from '../../src/storage/schema';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const now = new Date('2026-03-02T10:00:00Z');
const seed = 7;
const sealer = createSealer(parseKeyRing(generateKey()));
// The point here is the shape of the data, not argon2: a fast, fake hash.
let hashCalls = 0;
const hashPassword = (password: string) => {
  hashCalls++;
  return Promise.resolve(`test$${password}`);
};

let first: TestDatabase;
let second: TestDatabase;
let result: DemoResult;
let db: Kysely<DB>;

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  db = first.handle.db;
  result = await loadDemoClinic(db, sealer, { seed, now, hashPassword });
  await loadDemoClinic(second.handle.db, sealer, { seed, now, hashPassword });
});

afterAll(async () => {
  await Promise.all([first?.drop(), second?.drop()]);
});

const tables = {
  clinics: 'id',
  users: 'id',
  therapist_profiles: 'user_id',
  therapist_availability: 'id',
  engagements: 'id',
  engagement_events: 'id',
  therapy_sessions: 'id',
  checkins: 'id',
  goals: 'id',
  goal_ratings: 'id',
} as const;

async function rowsOf(
  database: Kysely<DB>,
  table: keyof typeof tables,
): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<
    Record<string, unknown>
  >`select * from ${sql.table(table)} order by ${sql.ref(tables[table])}`.execute(database);
  return rows;
}

/** Rows with each ciphertext replaced by its plaintext (ciphertexts differ: fresh nonces). */
async function openedRows(database: Kysely<DB>, table: keyof typeof tables) {
  return (await rowsOf(database, table)).map((row) => {
    const opened = { ...row };
    if (typeof row.comment_ciphertext === 'string')
      opened.comment_ciphertext = sealer.open(
        row.comment_ciphertext,
        `checkins.comment:${String(row.id)}`,
      );
    if (typeof row.title_ciphertext === 'string')
      opened.title_ciphertext = sealer.open(row.title_ciphertext, `goals.title:${String(row.id)}`);
    return opened;
  });
}

interface Visit {
  status: string;
  cancelledBy: string | null;
  scheduledAt: Date;
  alliance?: { answers: Record<string, number>; score: number; comment: string | null };
  wellbeing?: number;
  therapist?: number;
}

async function historyOf(story: StoryKey) {
  const client = demoClients.find((c) => c.story === story);
  if (!client) throw new Error(`no client for ${story}`);
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', demoEmail(client.displayName))
    .executeTakeFirstOrThrow();
  const engagement = await db
    .selectFrom('engagements')
    .selectAll()
    .where('client_id', '=', user.id)
    .executeTakeFirstOrThrow();
  const sessions = await db
    .selectFrom('therapy_sessions')
    .selectAll()
    .where('engagement_id', '=', engagement.id)
    .orderBy('scheduled_at')
    .execute();
  const checkins = await db
    .selectFrom('checkins')
    .selectAll()
    .where('engagement_id', '=', engagement.id)
    .execute();
  const visits: Visit[] = sessions.map((session) => {
    const of = (instrument: string) =>
      checkins.find((c) => c.session_id === session.id && c.instrument_id === instrument);
    const alliance = of('alliance');
    const wellbeing = of('wellbeing');
    const therapist = of('therapist-alliance');
    return {
      status: session.status,
      cancelledBy: session.cancelled_by,
      scheduledAt: session.scheduled_at,
      ...(alliance
        ? {
            alliance: {
              answers: alliance.answers,
              score: alliance.scores.alliance ?? NaN,
              comment: alliance.comment_ciphertext
                ? sealer.open(alliance.comment_ciphertext, `checkins.comment:${alliance.id}`)
                : null,
            },
          }
        : {}),
      ...(wellbeing ? { wellbeing: wellbeing.scores.wellbeing ?? NaN } : {}),
      ...(therapist ? { therapist: therapist.scores.alliance ?? NaN } : {}),
    };
  });
  const past = visits.filter((visit) => visit.status !== 'scheduled');
  const attended = past.filter(
    (visit): visit is Visit & Required<Pick<Visit, 'alliance'>> => visit.alliance !== undefined,
  );
  return {
    user,
    engagement,
    visits,
    past,
    attended,
    scores: attended.map((visit) => visit.alliance.score),
  };
}

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

describe('demo clinic', () => {
  it('is deterministic: the same seed and now give the same rows, ids included', async () => {
    for (const table of Object.keys(tables) as (keyof typeof tables)[]) {
      const [a, b] = await Promise.all([
        openedRows(db, table),
        openedRows(second.handle.db, table),
      ]);
      expect(a.length, table).toBeGreaterThan(0);
      expect(a, table).toEqual(b);
    }
    const other = buildDemoRows(sealer, { seed: seed + 1, now, passwordHash: 'x' });
    expect(other.users.map((user) => user.id)).not.toEqual(
      (await rowsOf(db, 'users')).map((row) => row.id),
    );
  });

  it('has ids that are valid v4 UUIDs and writes no signals', async () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const table of [
      'users',
      'engagements',
      'therapy_sessions',
      'checkins',
      'goals',
      'goal_ratings',
    ] as const) {
      for (const row of await rowsOf(db, table)) expect(row.id).toMatch(v4);
    }
    const signals = await db
      .selectFrom('signals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(signals.n)).toBe(0);
  });

  it('has an admin, four or more therapists with full profiles, and twelve or more clients', async () => {
    const users = await db
      .selectFrom('users')
      .selectAll()
      .where('clinic_id', '=', result.clinicId)
      .execute();
    const byRole = (role: string) => users.filter((user) => user.role === role);
    expect(byRole('admin')).toHaveLength(1);
    expect(byRole('therapist').length).toBeGreaterThanOrEqual(4);
    expect(byRole('client').length).toBeGreaterThanOrEqual(12);
    expect(result.counts.therapists).toBe(byRole('therapist').length);
    expect(result.counts.clients).toBe(byRole('client').length);
    expect(result.signIns.map((signIn) => signIn.email).sort()).toEqual(
      users.map((user) => user.email).sort(),
    );
    expect(result.signIns.every((signIn) => signIn.password === demoPassword)).toBe(true);
    // One argon2 hash, shared by every demo account.
    expect(hashCalls).toBe(2);
    expect(new Set(users.map((user) => user.password_hash))).toEqual(
      new Set([`test$${demoPassword}`]),
    );
    expect(users.every((user) => user.email.endsWith('.example'))).toBe(true);
    expect(
      users
        .filter((user) => user.locale === 'fr')
        .map((user) => user.role)
        .sort(),
    ).toEqual(['client', 'therapist']);
    expect(users.filter((user) => user.locale !== 'fr').every((user) => user.locale === null)).toBe(
      true,
    );

    const profiles = await db.selectFrom('therapist_profiles').selectAll().execute();
    expect(profiles).toHaveLength(byRole('therapist').length);
    expect(profiles.filter((profile) => !profile.verified)).toHaveLength(1);
    for (const profile of profiles) {
      expect(profile.published).toBe(true);
      expect(
        profile.approaches.length &&
          profile.concerns.length &&
          profile.languages.length &&
          profile.modes.length,
      ).toBeGreaterThan(0);
      expect(profile.fee_min).toBeLessThanOrEqual(profile.fee_max ?? 0);
      expect(profile.years_practice).toBeGreaterThan(0);
      expect(Object.keys(profile.characteristics)).toContain('gender');
      const sentences = profile.bio.split(/[.!?](?:\s|$)/).filter((part) => part.trim()).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(4);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: profile.time_zone })).not.toThrow();
    }
  });

  it('gives every published therapist weekly consultation hours on their own clock, with free slots this week', async () => {
    const profiles = await db.selectFrom('therapist_profiles').selectAll().execute();
    const rules = await db.selectFrom('therapist_availability').selectAll().execute();
    const week = 7 * 86_400_000;
    const schedules = await loadSchedules(
      db,
      profiles.map((profile) => profile.user_id),
      now.getTime(),
      now.getTime() + week,
    );
    for (const profile of profiles.filter((p) => p.published)) {
      const own = rules.filter((rule) => rule.therapist_id === profile.user_id);
      expect(own.length, profile.user_id).toBeGreaterThanOrEqual(3);
      for (const rule of own) {
        expect(rule).toMatchObject({ kind: 'consultation', time_zone: profile.time_zone });
        // Working hours on the therapist's clock, one to three hours at a time.
        expect(rule.start_minute).toBeGreaterThanOrEqual(8 * 60);
        expect(rule.end_minute).toBeLessThanOrEqual(19 * 60);
        const length = (rule.end_minute ?? 0) - (rule.start_minute ?? 0);
        expect(length).toBeGreaterThanOrEqual(60);
        expect(length).toBeLessThanOrEqual(180);
      }
      const schedule = schedules.get(profile.user_id);
      if (!schedule) throw new Error('no schedule');
      const free = consultationSlots(schedule, {
        from: now.getTime(),
        to: now.getTime() + week,
        now: now.getTime(),
      });
      expect(free.length, profile.user_id).toBeGreaterThanOrEqual(8);
    }
  });

  it('places everything in time around now: history in the past, the next sessions booked ahead', async () => {
    const sessions = await db.selectFrom('therapy_sessions').selectAll().execute();
    for (const session of sessions) {
      if (session.status === 'scheduled')
        expect(session.scheduled_at.getTime()).toBeGreaterThan(now.getTime());
      else expect(session.scheduled_at.getTime()).toBeLessThan(now.getTime());
    }
    expect(
      sessions.filter((session) => session.status === 'scheduled').length,
    ).toBeGreaterThanOrEqual(2);
    const latest = await db
      .selectFrom('checkins')
      .select((eb) => eb.fn.max('submitted_at').as('at'))
      .executeTakeFirstOrThrow();
    expect(new Date(latest.at).getTime()).toBeLessThanOrEqual(now.getTime());
    const months = (await historyOf('stable')).past;
    const span =
      (months.at(-1)?.scheduledAt.getTime() ?? 0) - (months[0]?.scheduledAt.getTime() ?? 0);
    expect(span / (30 * 86_400_000)).toBeGreaterThanOrEqual(2);
    expect(span / (30 * 86_400_000)).toBeLessThanOrEqual(6);
  });

  it('has one ended engagement with its reason and history, one consulting, the rest active', async () => {
    const engagements = await db.selectFrom('engagements').selectAll().execute();
    expect(engagements.filter((e) => e.status === 'ended')).toHaveLength(1);
    expect(engagements.filter((e) => e.status === 'consulting')).toHaveLength(1);
    const ended = await historyOf('ended');
    expect(ended.engagement.end_reason).toBeTruthy();
    expect(ended.visits.every((visit) => visit.status !== 'scheduled')).toBe(true);
    const events = await db
      .selectFrom('engagement_events')
      .selectAll()
      .where('engagement_id', '=', ended.engagement.id)
      .orderBy('occurred_at')
      .execute();
    expect(events.map((event) => event.status)).toEqual(['consulting', 'active', 'ended']);
    expect(events.at(-1)?.reason).toBe(ended.engagement.end_reason);
    expect((await historyOf('consulting')).visits).toHaveLength(0);
  });

  it('tells each story in its numbers', async () => {
    const stable = await historyOf('stable');
    expect(
      stable.attended.every((visit) =>
        Object.values(visit.alliance.answers).every((v) => v >= 9.3 && v <= 9.8),
      ),
    ).toBe(true);
    const intake = stable.attended[0]?.wellbeing ?? NaN;
    const latest = stable.attended.at(-1)?.wellbeing ?? NaN;
    expect(latest - intake).toBeGreaterThanOrEqual(5);
    expect(intake).toBeLessThan(25);
    expect(latest).toBeGreaterThanOrEqual(25);

    const rupture = await historyOf('rupture_repair');
    const drops = rupture.scores.map((score, i) =>
      i > 0 ? mean(rupture.scores.slice(0, i)) - score : 0,
    );
    const drop = drops.findIndex((size) => size >= 2);
    expect(drop).toBeGreaterThan(0);
    const baseline = mean(rupture.scores.slice(0, drop));
    expect(Math.max(...rupture.scores.slice(drop + 1, drop + 3))).toBeGreaterThanOrEqual(baseline);
    expect(rupture.attended[drop]?.alliance.comment).toBe(storyComments.ruptureDrop);

    const decline = (await historyOf('slow_decline')).scores.slice(-6);
    decline.slice(1).forEach((score, i) => expect(score).toBeLessThanOrEqual(decline[i] ?? 0));
    expect((decline[0] ?? 0) - (decline.at(-1) ?? 10)).toBeGreaterThanOrEqual(1.5);

    const disagreement = await historyOf('disagreement');
    expect(disagreement.attended.length).toBeGreaterThanOrEqual(6);
    for (const visit of disagreement.attended)
      expect((visit.therapist ?? 0) - visit.alliance.score).toBeGreaterThanOrEqual(2.5);

    const missed = (await historyOf('missed_sessions')).past;
    expect(
      missed
        .slice(-4)
        .filter((visit) => visit.status === 'no_show' || visit.cancelledBy === 'client').length,
    ).toBeGreaterThanOrEqual(2);
    expect(missed.some((visit) => visit.cancelledBy === 'therapist')).toBe(true);

    expect((await historyOf('risk_comment')).attended.at(-1)?.alliance.comment).toContain(
      'better off without me',
    );
    expect((await historyOf('withdrawal')).attended.at(-1)?.alliance.comment).toBe(
      storyComments.withdrawal,
    );
    expect(
      (await historyOf('boundary')).attended.some((visit) =>
        visit.alliance.comment?.includes('drink'),
      ),
    ).toBe(true);

    const ticking = (await historyOf('flat_ticking')).attended;
    const lastThree = ticking.slice(-3);
    expect(lastThree.every((visit) => visit.alliance.comment === null)).toBe(true);
    expect(
      new Set(lastThree.map((visit) => JSON.stringify(visit.alliance.answers) + visit.wellbeing))
        .size,
    ).toBe(1);
    expect(
      new Set(ticking.slice(0, -3).map((visit) => JSON.stringify(visit.alliance.answers))).size,
    ).toBeGreaterThan(3);

    const offTrack = await historyOf('not_on_track');
    expect(offTrack.attended.length).toBeGreaterThanOrEqual(6);
    expect(offTrack.attended.at(-1)?.wellbeing ?? 99).toBeLessThanOrEqual(
      offTrack.attended[0]?.wellbeing ?? 0,
    );
    expect(mean(offTrack.scores)).toBeGreaterThanOrEqual(9);

    const early = await historyOf('early');
    expect(early.attended).toHaveLength(3);
    expect(early.visits.filter((visit) => visit.status === 'scheduled')).toHaveLength(1);
  });

  it('has goals rated by both sides, one pair 3+ points apart on progress', async () => {
    const goals = await db.selectFrom('goals').selectAll().execute();
    expect(goals.length).toBeGreaterThanOrEqual(3);
    const titles = goals.map((goal) =>
      sealer.open(goal.title_ciphertext, `goals.title:${goal.id}`),
    );
    expect(titles.every((title) => (Object.values(goalTitles) as string[]).includes(title))).toBe(
      true,
    );
    const gaps = await Promise.all(
      goals.map(async (goal) => {
        const ratings = await db
          .selectFrom('goal_ratings')
          .selectAll()
          .where('goal_id', '=', goal.id)
          .orderBy('rated_at')
          .execute();
        const latest = (role: string) =>
          ratings.filter((rating) => rating.rater_role === role).at(-1)?.progress ?? NaN;
        return Math.abs(latest('client') - latest('therapist'));
      }),
    );
    expect(gaps.every((gap) => !Number.isNaN(gap))).toBe(true);
    expect(gaps.filter((gap) => gap >= 3)).toHaveLength(1);
  });

  it('stores comments and goal titles encrypted, bound to their row', async () => {
    const { rows } = await sql<{
      id: string;
      comment_ciphertext: string | null;
    }>`select id, comment_ciphertext from checkins`.execute(db);
    const sealed = rows.filter(
      (row): row is { id: string; comment_ciphertext: string } => row.comment_ciphertext !== null,
    );
    const known = new Set<string>([
      ...everydayComments.en,
      ...everydayComments.fr,
      ...Object.values(storyComments),
    ]);
    expect(sealed.length).toBeGreaterThan(10);
    expect(sealed.length).toBeLessThan(rows.length / 4); // most check-ins carry no comment
    for (const row of sealed) {
      const comment = sealer.open(row.comment_ciphertext, `checkins.comment:${row.id}`);
      expect(known.has(comment)).toBe(true);
      for (const word of comment.toLowerCase().match(/\p{L}{6,}/gu) ?? [])
        expect(row.comment_ciphertext.toLowerCase()).not.toContain(word);
    }
    const [a, b] = sealed;
    expect(() => sealer.open(a?.comment_ciphertext ?? '', `checkins.comment:${b?.id}`)).toThrow();
    const raw =
      JSON.stringify((await sql`select * from checkins`.execute(db)).rows) +
      JSON.stringify((await sql`select * from goals`.execute(db)).rows);
    for (const text of [...known, ...Object.values(goalTitles)]) expect(raw).not.toContain(text);
  });

  it('refuses to load twice, and loads into an existing clinic when given one', async () => {
    const count = async (database: Kysely<DB>) =>
      Number(
        (
          await database
            .selectFrom('checkins')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count(second.handle.db);
    await expect(
      loadDemoClinic(second.handle.db, sealer, { seed, now, hashPassword }),
    ).rejects.toBeInstanceOf(DemoAlreadyLoadedError);
    expect(await count(second.handle.db)).toBe(before);

    const third = await createTestDatabase();
    try {
      const clinicId = '6f1c2a9e-3b7d-4c52-9a41-0d2e8f7b6c13';
      await third.handle.db
        .insertInto('clinics')
        .values({ id: clinicId, name: 'My practice', created_at: now })
        .execute();
      const loaded = await loadDemoClinic(third.handle.db, sealer, {
        seed,
        now,
        clinicId,
        hashPassword,
      });
      expect(loaded.clinicId).toBe(clinicId);
      const clinics = await third.handle.db.selectFrom('clinics').select('id').execute();
      expect(clinics).toEqual([{ id: clinicId }]);
      const elsewhere = await third.handle.db
        .selectFrom('users')
        .select('id')
        .where('clinic_id', '!=', clinicId)
        .execute();
      expect(elsewhere).toHaveLength(0);
      expect(await count(third.handle.db)).toBe(before);
    } finally {
      await third.drop();
    }
  });
});
