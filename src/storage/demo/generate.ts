/**
 * The demo clinic (RAPPORT_DEMO): an administrator, four therapists with full profiles and weekly
 * consultation hours, and fifteen clients whose months of sessions and check-ins show every kind
 * of flag. Loaded in one transaction with a handful of batched inserts, so it takes a moment even
 * on PGlite.
 */
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Sealer } from '../crypto';
import type { DB } from '../schema';
import { buildDemoRows, type DemoRows } from './build';
import { demoAdmin, demoClients, demoEmail, demoPassword, demoTherapists } from './people';

export { demoPassword } from './people';
export type { StoryKey } from './stories';

export interface DemoSignIn {
  role: 'admin' | 'therapist' | 'client';
  displayName: string;
  email: string;
  password: string;
  story?: string;
}

export interface DemoResult {
  clinicId: string;
  signIns: DemoSignIn[];
  counts: Record<string, number>;
  /** Every demo engagement, for signal recomputation after loading. */
  engagementIds: string[];
}

export interface LoadDemoOptions {
  seed?: number;
  now?: Date;
  /** Load into this existing clinic instead of creating "Harbourside Counselling (demo)". */
  clinicId?: string;
  /** Called once: every demo account shares the demo password, and argon2 is slow on purpose. */
  hashPassword: (password: string) => Promise<string>;
  /**
   * SIGNALS: recompute the flags of the demo engagements, inside the loading transaction (so a
   * demo is never visible without its flags). The demo writes no `signals` rows itself.
   */
  recomputeSignals?: (
    trx: Transaction<DB>,
    loaded: { clinicId: string; engagementIds: string[]; now: Date },
  ) => Promise<void>;
}

export const defaultDemoSeed = 2026;

/** The sign-ins of the demo clinic, the same whatever the seed (for printing at start). */
export function demoSignIns(): DemoSignIn[] {
  const signIn = (role: DemoSignIn['role'], displayName: string, story?: string): DemoSignIn => ({
    role,
    displayName,
    email: demoEmail(displayName),
    password: demoPassword,
    ...(story ? { story } : {}),
  });
  return [
    signIn('admin', demoAdmin.displayName),
    ...demoTherapists.map((therapist) => signIn('therapist', therapist.displayName)),
    ...demoClients.map((client) => signIn('client', client.displayName, client.summary)),
  ];
}

export class DemoAlreadyLoadedError extends Error {
  override name = 'DemoAlreadyLoadedError';
}

export async function loadDemoClinic(
  db: Kysely<DB>,
  sealer: Sealer,
  options: LoadDemoOptions,
): Promise<DemoResult> {
  const now = options.now ?? new Date();
  const passwordHash = await options.hashPassword(demoPassword);
  const rows = buildDemoRows(sealer, {
    seed: options.seed ?? defaultDemoSeed,
    now,
    clinicId: options.clinicId,
    passwordHash,
  });
  const engagementIds = rows.engagements.map((engagement) => engagement.id);

  await db.transaction().execute(async (trx) => {
    if (options.clinicId) {
      const clinic = await trx
        .selectFrom('clinics')
        .select('id')
        .where('id', '=', options.clinicId)
        .executeTakeFirst();
      if (!clinic) throw new Error(`No clinic ${options.clinicId} to load the demo into.`);
    }
    const emails = rows.users.map((user) => user.email.toLowerCase());
    const taken = await trx
      .selectFrom('users')
      .select('email')
      .where(sql<string>`lower(email)`, 'in', emails)
      .limit(1)
      .executeTakeFirst();
    if (taken)
      throw new DemoAlreadyLoadedError(
        `The demo clinic is already loaded (${taken.email} exists).`,
      );

    if (rows.clinic) await trx.insertInto('clinics').values(rows.clinic).execute();
    await insertAll(trx, 'users', rows.users);
    await insertAll(trx, 'therapist_profiles', rows.therapistProfiles);
    await insertAll(trx, 'therapist_availability', rows.availability);
    await insertAll(trx, 'engagements', rows.engagements);
    await insertAll(trx, 'engagement_events', rows.engagementEvents);
    await insertAll(trx, 'therapy_sessions', rows.sessions);
    await insertAll(trx, 'checkins', rows.checkins);
    await insertAll(trx, 'goals', rows.goals);
    await insertAll(trx, 'goal_ratings', rows.goalRatings);

    // SIGNALS: the signal engine computes the flags from the rows above.
    await options.recomputeSignals?.(trx, { clinicId: rows.clinicId, engagementIds, now });
  });

  return {
    clinicId: rows.clinicId,
    signIns: demoSignIns(),
    counts: countRows(rows),
    engagementIds,
  };
}

// Well under PostgreSQL's 65,535 bind parameters per statement for every table here.
const batchSize = 500;

async function insertAll<T extends keyof DB>(
  trx: Transaction<DB>,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + batchSize))
      .execute();
  }
}

function countRows(rows: DemoRows): Record<string, number> {
  return {
    clinics: rows.clinic ? 1 : 0,
    users: rows.users.length,
    admins: rows.users.filter((user) => user.role === 'admin').length,
    therapists: rows.users.filter((user) => user.role === 'therapist').length,
    clients: rows.users.filter((user) => user.role === 'client').length,
    therapistProfiles: rows.therapistProfiles.length,
    consultationRules: rows.availability.length,
    engagements: rows.engagements.length,
    engagementEvents: rows.engagementEvents.length,
    sessions: rows.sessions.length,
    checkins: rows.checkins.length,
    comments: rows.checkins.filter((checkin) => checkin.comment_ciphertext).length,
    goals: rows.goals.length,
    goalRatings: rows.goalRatings.length,
  };
}
