/**
 * Turn the demo people and their stories into rows, without touching the database: the same
 * seed and `now` give the same rows, ids included. Only the ciphertexts differ between runs
 * (every seal draws a fresh random nonce, as it must).
 */
import type { Insertable } from 'kysely';
import { scoreCheckin } from '../../core/scoring';
import type { Sealer } from '../crypto';
import type {
  CheckinsTable,
  ClinicsTable,
  EngagementEventsTable,
  EngagementsTable,
  GoalRatingsTable,
  GoalsTable,
  TherapistAvailabilityTable,
  TherapistProfilesTable,
  TherapySessionsTable,
  UsersTable,
} from '../schema';
import {
  demoAdmin,
  demoClients,
  demoClinicName,
  demoEmail,
  demoTherapists,
  type DemoClient,
} from './people';
import { createRandom, type Random } from './random';
import {
  planStory,
  type Answers,
  type GoalPlan,
  type SessionPlan,
  type StoryPlan,
} from './stories';
import { addLocalDays, day, hour, localDateOf, minute, plus, zonedTime } from './time';

export interface DemoRows {
  clinicId: string;
  /** Undefined when the demo goes into an existing clinic. */
  clinic: Insertable<ClinicsTable> | undefined;
  users: Insertable<UsersTable>[];
  therapistProfiles: Insertable<TherapistProfilesTable>[];
  /** Each therapist's weekly consultation hours, so the demo can book. */
  availability: Insertable<TherapistAvailabilityTable>[];
  engagements: Insertable<EngagementsTable>[];
  engagementEvents: Insertable<EngagementEventsTable>[];
  sessions: Insertable<TherapySessionsTable>[];
  checkins: Insertable<CheckinsTable>[];
  goals: Insertable<GoalsTable>[];
  goalRatings: Insertable<GoalRatingsTable>[];
  /** The client user id of each demo client, in the order of demoClients. */
  clientIds: string[];
}

export interface BuildOptions {
  seed: number;
  now: Date;
  clinicId?: string | undefined;
  passwordHash: string;
}

/** "09:30" → 570. */
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));
/** Whole seconds, as a person's clicks would be recorded. */
const toSecond = (instant: Date) => new Date(Math.floor(instant.getTime() / 1000) * 1000);

export function buildDemoRows(sealer: Sealer, options: BuildOptions): DemoRows {
  const { seed, now, passwordHash } = options;
  // Ids come from one stream of their own, in a fixed order, so they never collide.
  const ids = createRandom(seed, 'ids');
  const generatedClinicId = ids.uuid();
  const clinicId = options.clinicId ?? generatedClinicId;
  const ago = (days: number) => plus(now, -days * day);

  const rows: DemoRows = {
    clinicId,
    clinic: options.clinicId
      ? undefined
      : { id: clinicId, name: demoClinicName, created_at: ago(420) },
    users: [],
    therapistProfiles: [],
    availability: [],
    engagements: [],
    engagementEvents: [],
    sessions: [],
    checkins: [],
    goals: [],
    goalRatings: [],
    clientIds: [],
  };

  const addUser = (
    person: { displayName: string; locale: string | null; timeZone: string },
    role: UsersTable['role'],
    createdAt: Date,
  ) => {
    const id = ids.uuid();
    rows.users.push({
      id,
      clinic_id: clinicId,
      email: demoEmail(person.displayName),
      role,
      display_name: person.displayName,
      password_hash: passwordHash,
      locale: person.locale,
      time_zone: person.timeZone,
      created_at: createdAt,
      updated_at: createdAt,
    });
    return id;
  };

  addUser(demoAdmin, 'admin', plus(ago(420), hour));
  // A stream of its own, so that adding hours never shifts the ids drawn above and below.
  const availabilityIds = createRandom(seed, 'availability');
  const therapistIds = demoTherapists.map((therapist, index) => {
    const createdAt = ago(400 - 50 * index);
    const id = addUser(therapist, 'therapist', createdAt);
    rows.therapistProfiles.push({
      user_id: id,
      clinic_id: clinicId,
      bio: therapist.bio,
      approaches: therapist.approaches,
      concerns: therapist.concerns,
      languages: therapist.languages,
      modes: therapist.modes,
      region: therapist.region,
      fee_min: therapist.feeMin,
      fee_max: therapist.feeMax,
      sliding_scale: therapist.slidingScale,
      years_practice: therapist.yearsPractice,
      characteristics: JSON.stringify(therapist.characteristics),
      time_zone: therapist.timeZone,
      published: true,
      verified: therapist.verified,
      updated_at: plus(createdAt, 2 * day),
    });
    for (const hours of therapist.consultationHours)
      for (const weekday of hours.weekdays)
        rows.availability.push({
          id: availabilityIds.uuid(),
          clinic_id: clinicId,
          therapist_id: id,
          kind: 'consultation',
          starts_at: null,
          ends_at: null,
          weekday,
          start_minute: minutesOf(hours.from),
          end_minute: minutesOf(hours.until),
          time_zone: therapist.timeZone,
          created_at: plus(createdAt, 2 * day),
        });
    return id;
  });

  for (const client of demoClients) {
    const therapistId = therapistIds[client.therapist];
    const therapist = demoTherapists[client.therapist];
    if (!therapistId || !therapist)
      throw new Error(`Demo client ${client.displayName} has no therapist`);
    const random = createRandom(seed, `client:${client.story}`);
    const plan = planStory(client.story, random);
    buildEngagement(client, plan, random, therapistId, therapist.timeZone);
  }
  return rows;

  function buildEngagement(
    client: DemoClient,
    plan: StoryPlan,
    random: Random,
    therapistId: string,
    timeZone: string,
  ): void {
    const schedule = scheduleSessions(plan, random, now, timeZone);
    const first = schedule[0];
    const startedAt = first ? plus(first, -6 * day) : undefined;
    // A consultation first: one to three weeks before the first session, or a few days ago.
    const createdAt = toSecond(
      startedAt
        ? plus(startedAt, -random.int(7, 20) * day - random.int(1, 8) * hour)
        : plus(ago(random.int(3, 6)), -random.int(1, 8) * hour),
    );
    const clientId = addUser(client, 'client', plus(createdAt, -2 * day));
    rows.clientIds.push(clientId);

    const engagementId = ids.uuid();
    const lastPast = schedule[plan.sessions.length - 1];
    const endedAt = plan.engagement === 'ended' && lastPast ? plus(lastPast, 2 * day) : null;
    rows.engagements.push({
      id: engagementId,
      clinic_id: clinicId,
      client_id: clientId,
      therapist_id: therapistId,
      status: plan.engagement,
      end_reason: plan.endReason ?? null,
      created_at: createdAt,
      started_at: plan.engagement === 'consulting' ? null : (startedAt ?? null),
      ended_at: endedAt,
    });
    const event = (
      status: EngagementsTable['status'],
      occurredAt: Date,
      reason: string | null = null,
    ) =>
      rows.engagementEvents.push({
        clinic_id: clinicId,
        engagement_id: engagementId,
        status,
        reason,
        actor_id: clientId,
        occurred_at: occurredAt,
      });
    event('consulting', createdAt);
    if (plan.engagement !== 'consulting' && startedAt) event('active', startedAt);
    if (endedAt) event('ended', endedAt, plan.endReason ?? null);

    const attended: {
      sessionId: string;
      end: Date;
      clientAt: Date | undefined;
      therapistAt: Date | undefined;
    }[] = [];
    const checkin = (
      sessionId: string,
      instrumentId: string,
      role: 'client' | 'therapist',
      answers: Answers,
      at: Date,
      comment?: string,
    ) => {
      const id = ids.uuid();
      rows.checkins.push({
        id,
        clinic_id: clinicId,
        engagement_id: engagementId,
        session_id: sessionId,
        instrument_id: instrumentId,
        respondent_role: role,
        respondent_id: role === 'client' ? clientId : therapistId,
        answers: JSON.stringify(answers),
        scores: JSON.stringify(scoreCheckin(instrumentId, answers)),
        comment_ciphertext:
          comment === undefined ? null : sealer.seal(comment, `checkins.comment:${id}`),
        idempotency_key: null,
        request_hash: null,
        submitted_at: at,
      });
    };

    schedule.forEach((scheduledAt, index) => {
      const session: SessionPlan | undefined = plan.sessions[index];
      const sessionId = ids.uuid();
      const end = plus(scheduledAt, 50 * minute);
      rows.sessions.push({
        id: sessionId,
        clinic_id: clinicId,
        engagement_id: engagementId,
        scheduled_at: scheduledAt,
        duration_minutes: 50,
        status: session?.status ?? 'scheduled',
        cancelled_by:
          session?.status === 'cancelled' || session?.status === 'late_cancelled'
            ? (session.cancelledBy ?? 'client')
            : null,
        status_changed_at: session ? statusChangedAt(session, scheduledAt, random) : null,
        created_at:
          index === 0 || !startedAt
            ? (startedAt ?? createdAt)
            : plus(schedule[index - 1] ?? scheduledAt, hour),
      });
      if (session?.status !== 'attended') return;
      // Submitted the same evening at the latest, so never after `now` (the last session is a day back or more).
      const notAfterNow = (instant: Date) =>
        toSecond(new Date(Math.min(instant.getTime(), now.getTime() - minute)));
      const clientAt = session.alliance
        ? notAfterNow(plus(end, random.int(5, 120) * minute + random.int(0, 59_000)))
        : undefined;
      const therapistAt = session.therapist
        ? notAfterNow(plus(end, random.int(30, 240) * minute + random.int(0, 59_000)))
        : undefined;
      if (session.alliance && clientAt)
        checkin(sessionId, 'alliance', 'client', session.alliance, clientAt, session.comment);
      if (session.wellbeing && clientAt)
        checkin(
          sessionId,
          'wellbeing',
          'client',
          session.wellbeing,
          plus(clientAt, random.int(40, 150) * 1000),
        );
      if (session.therapist && therapistAt)
        checkin(sessionId, 'therapist-alliance', 'therapist', session.therapist, therapistAt);
      attended.push({ sessionId, end, clientAt, therapistAt });
    });

    plan.goals.forEach((goal, goalIndex) => buildGoal(goal, goalIndex));

    function buildGoal(goal: GoalPlan, goalIndex: number) {
      const from = 1 + goalIndex;
      const createdIn = attended[from - 1];
      const last = attended.length - 1;
      if (!createdIn || from > last) return;
      const goalId = ids.uuid();
      rows.goals.push({
        id: goalId,
        clinic_id: clinicId,
        engagement_id: engagementId,
        title_ciphertext: sealer.seal(goal.title, `goals.title:${goalId}`),
        status: goal.status,
        created_by: goal.createdBy === 'client' ? clientId : therapistId,
        created_at: plus(createdIn.end, -10 * minute),
      });
      for (let index = from; index <= last; index++) {
        if ((index - from) % 3 !== 0 && index !== last) continue;
        const session = attended[index];
        if (!session) continue;
        const t = last > from ? (index - from) / (last - from) : 1;
        for (const role of ['client', 'therapist'] as const) {
          const [start, finish] = goal[role];
          const agreement = goal.agreement[role === 'client' ? 0 : 1];
          const at =
            (role === 'client' ? session.clientAt : session.therapistAt) ??
            plus(session.end, 90 * minute);
          rows.goalRatings.push({
            id: ids.uuid(),
            clinic_id: clinicId,
            goal_id: goalId,
            rater_role: role,
            rater_id: role === 'client' ? clientId : therapistId,
            session_id: session.sessionId,
            progress: round1(
              clamp(start + (finish - start) * t + random.between(-0.3, 0.3), 0, 10),
            ),
            agreement: round1(clamp(agreement + random.between(-0.3, 0.3), 0, 10)),
            rated_at: plus(at, 3 * minute),
          });
        }
      }
    }
  }
}

/**
 * The start of every session of a plan, past ones then the booked one: weekly at the same local
 * hour in the therapist's time zone, with one missed week (a holiday) in longer histories.
 */
function scheduleSessions(plan: StoryPlan, random: Random, now: Date, timeZone: string): Date[] {
  const count = plan.sessions.length;
  if (count === 0) return [];
  const slotHour = random.pick([9, 10, 11, 13, 14, 15, 16, 17, 18]);
  const slotMinute = random.pick([0, 30]);
  const lastDate = localDateOf(plus(now, -plan.lastSessionDaysAgo * day), timeZone);
  const holidayBefore = count >= 14 ? random.int(2, Math.floor(count / 2)) : -1;
  const starts: Date[] = [];
  for (let index = 0; index < count; index++) {
    const weeksBack = count - 1 - index + (index < holidayBefore ? 1 : 0);
    starts.push(zonedTime(addLocalDays(lastDate, -7 * weeksBack), slotHour, slotMinute, timeZone));
  }
  if (plan.upcoming)
    starts.push(zonedTime(addLocalDays(lastDate, 7), slotHour, slotMinute, timeZone));
  return starts;
}

function statusChangedAt(session: SessionPlan, scheduledAt: Date, random: Random): Date {
  switch (session.status) {
    case 'attended':
      return plus(scheduledAt, 50 * minute);
    case 'cancelled':
      return plus(scheduledAt, -random.int(26, 72) * hour);
    case 'late_cancelled':
      return plus(scheduledAt, -random.int(2, 18) * hour);
    case 'no_show':
      return plus(scheduledAt, 20 * minute);
  }
}
