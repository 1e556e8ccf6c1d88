/**
 * The check-in submissions the load client sends: deterministic from the request's number, so
 * both servers receive the same bodies. Every fourth carries a short comment (screened on the
 * server). Every answer is on the 0.1 grid, high enough that most submissions raise no flag.
 */
import { createHash } from 'node:crypto';

/** A valid version-4-shaped UUID derived from a name and a number; the same as SQL's bench_uuid(). */
export function benchUuid(kind: string, n: number): string {
  const hex = createHash('md5').update(`${kind}:${n}`).digest('hex').split('');
  hex[12] = '4';
  hex[16] = '8';
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The SQL function behind benchUuid(), created in each generated database. */
export const benchUuidFunction = `
CREATE OR REPLACE FUNCTION bench_uuid(kind text, n bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT overlay(overlay(md5(kind || ':' || n) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid
$$;`;

/**
 * Therapists, one client per engagement and the active engagements between them (each therapist
 * takes `clientsPerTherapist` in turn), started `startedDaysAgo` days ago: the people every
 * generated history starts from.
 */
export function engagementsSql(
  clinic: string,
  engagements: number,
  clientsPerTherapist: number,
  startedDaysAgo: number,
): string[] {
  const therapists = Math.ceil(engagements / clientsPerTherapist);
  return [
    benchUuidFunction,
    `INSERT INTO users (id, clinic_id, email, role, display_name, password_hash, created_at, updated_at)
      SELECT bench_uuid('therapist', t), '${clinic}', 'therapist' || t || '@bench.example', 'therapist',
        'Therapist ' || t, 'x', now(), now()
      FROM generate_series(1, ${therapists}) AS t`,
    `INSERT INTO users (id, clinic_id, email, role, display_name, password_hash, created_at, updated_at)
      SELECT bench_uuid('client', e), '${clinic}', 'client' || e || '@bench.example', 'client',
        'Client ' || e, 'x', now(), now()
      FROM generate_series(1, ${engagements}) AS e`,
    `INSERT INTO engagements (id, clinic_id, client_id, therapist_id, status, created_at, started_at)
      SELECT bench_uuid('engagement', e), '${clinic}', bench_uuid('client', e),
        bench_uuid('therapist', 1 + (e - 1) / ${clientsPerTherapist}), 'active',
        now() - interval '${startedDaysAgo} days', now() - interval '${startedDaysAgo} days'
      FROM generate_series(1, ${engagements}) AS e`,
  ];
}

const comments = [
  'Talking through the week at my own pace helped a lot.',
  'I liked that we went back to the goal from last time.',
  'Some of it was hard to say out loud, but it felt okay.',
  'I would like a bit more time for the practical ideas next session.',
];

function tenth(n: number): number {
  return Math.round(n * 10) / 10;
}

export function checkinBody(i: number): string {
  const alliance = (k: number) => tenth(8 + ((i * 7 + k * 3) % 21) / 10);
  const wellbeing = (k: number) => tenth(5 + ((i * 5 + k * 11) % 31) / 10);
  const comment = i % 4 === 0 ? comments[(i / 4) % comments.length] : undefined;
  return JSON.stringify({
    checkins: [
      {
        instrument: 'alliance',
        answers: {
          heard: alliance(1),
          goals: alliance(2),
          approach: alliance(3),
          safety: alliance(4),
          overall: alliance(5),
        },
        ...(comment ? { comment } : {}),
      },
      {
        instrument: 'wellbeing',
        answers: {
          personal: wellbeing(1),
          relationships: wellbeing(2),
          social: wellbeing(3),
          overall: wellbeing(4),
        },
      },
    ],
  });
}
