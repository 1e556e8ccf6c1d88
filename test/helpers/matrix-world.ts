/**
 * The authorisation matrix's world (issue #7): one clinic with a client in therapy, the therapist
 * they work with, a therapist they used to work with (an ended engagement), a therapist and a
 * client with no relationship to them, the clinic's administrator, and the administrator of a
 * second clinic — each signed in. Every piece of personal data made here is remembered, so the
 * matrix can check that no answer shows it to someone who may not see it.
 */
import { randomUUID } from 'node:crypto';
import { builtinQuestionnaires } from '../../src/core/instruments';
import { insertUser } from '../../src/storage/users.repo';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import { createClient, goodPassword, type Client, type TestApp } from './app';
import { adminEmail, adminPassword, otherClinicAdmin } from './admins';
import { bookableTherapist, createdId, expectStatus, tuesday } from './directory';
import { signIn, signUp, type Person } from './factories';

export const actorNames = [
  'anonymous',
  'client',
  'otherClient',
  'therapist',
  'otherTherapist',
  'formerTherapist',
  'admin',
  'otherAdmin',
] as const;
export type ActorName = (typeof actorNames)[number];

/** The ids a request aims at: the current engagement's, or — for the former therapist — the ended one's. */
export interface Target {
  engagementId: string;
  sessionId: string;
  signalId: string;
  goalId: string;
  reflectionId: string;
}

export interface World {
  t: TestApp;
  sessions: Record<Exclude<ActorName, 'anonymous'>, Client>;
  people: { client: Person; therapist: Person; former: Person; recipient: Person };
  otherClinicId: string;
  current: Target;
  ended: Target;
  consultationId: string;
  concernId: string;
  handoverId: string;
  availabilityId: string;
  invitationId: string;
  supervisionId: string;
  checkinToken: string;
  invitationToken: string;
  /** Personal data by kind, as written. */
  secrets: Record<SecretKind, string>;
  /** A fresh number for unique e-mails, slots and idempotency keys. */
  next: () => number;
  /** Helpers that make fresh resources for a run whose success uses one up. */
  fresh: FreshMakers;
}

export type SecretKind =
  | 'clientEmail'
  | 'clientName'
  | 'therapistEmail'
  | 'comment'
  | 'goal'
  | 'repair'
  | 'reflection'
  | 'concern'
  | 'note'
  | 'summary'
  | 'endedComment'
  | 'endedGoal'
  | 'endedReflection';

/**
 * What each actor may see, of the world's personal data, anywhere in any answer. An actor's own
 * writing is theirs; a relationship opens what the policy says (DESIGN.md, Privacy and security
 * model); everything else is never shown.
 */
export const mayNotSee: Record<ActorName, readonly SecretKind[]> = {
  anonymous: allKinds(),
  otherClient: allKinds(),
  otherTherapist: allKinds(),
  otherAdmin: allKinds(),
  // Their own records, never the therapist's working notes.
  client: ['repair', 'reflection', 'endedReflection'],
  // The current work, not the client's private notes, undisclosed concern, hand-over to someone
  // else, or the history with the former therapist (no hand-over was given to them).
  therapist: ['concern', 'note', 'summary', 'endedComment', 'endedGoal', 'endedReflection'],
  // The ended work only.
  formerTherapist: [
    'therapistEmail',
    'comment',
    'goal',
    'repair',
    'reflection',
    'concern',
    'note',
    'summary',
  ],
  // Who works with whom, never what was said.
  admin: [
    'comment',
    'goal',
    'repair',
    'reflection',
    'concern',
    'note',
    'summary',
    'endedComment',
    'endedGoal',
    'endedReflection',
  ],
};

function allKinds(): SecretKind[] {
  return [
    'clientEmail',
    'clientName',
    'therapistEmail',
    'comment',
    'goal',
    'repair',
    'reflection',
    'concern',
    'note',
    'summary',
    'endedComment',
    'endedGoal',
    'endedReflection',
  ];
}

const day = 86_400_000;
const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });

export interface FreshMakers {
  /** A new client in an active engagement with a new therapist. */
  engagement(): Promise<{ client: Person; therapist: Person; engagementId: string }>;
  /** As engagement(), with an attended session, a flagged check-in and a goal. */
  workedEngagement(): Promise<{
    client: Person;
    therapist: Person;
    engagementId: string;
    sessionId: string;
    signalId: string;
    goalId: string;
    reflectionId: string;
  }>;
  /** An attended session of the current engagement (nothing owed yet but check-ins). */
  attendedSession(): Promise<string>;
  /** A check-in link for a new attended session of the current engagement. */
  checkinToken(): Promise<string>;
  /** A clinic invitation and the token mailed with it. */
  invitation(): Promise<{ id: string; token: string }>;
  /** A consultation of a new client with the world's therapist, at a new slot. */
  consultation(): Promise<{ id: string; client: Person }>;
  /** A published therapist offering consultations on Tuesday mornings. */
  bookableTherapist(): Promise<Person>;
  /** A session of the current engagement a week from now. */
  futureSession(): Promise<string>;
  /** A free consultation start with the world's therapist. */
  slot(): string;
  /** A hand-over given by a new client; the client's session. */
  handover(): Promise<{ id: string; client: Person }>;
  /** A supervision between two new therapists. */
  supervision(): Promise<string>;
  /** A questionnaire a clinic may import, with a new id. */
  questionnaire(): Record<string, unknown>;
  /** A signed-in account of the same role and clinic as the actor (for sign-out, erasure…). */
  standIn(actor: Exclude<ActorName, 'anonymous'>): Promise<Client>;
}

async function sessionWithCheckin(
  therapist: Client,
  client: Client,
  engagementId: string,
  at: Date,
  comment: string,
  key: string,
): Promise<string> {
  const sessionId = await createdId(
    therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: at.toISOString(),
    }),
  );
  await expectStatus(
    therapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' }),
    200,
  );
  await expectStatus(
    client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(4), comment },
      { 'idempotency-key': key },
    ),
    201,
  );
  return sessionId;
}

async function firstSignal(therapist: Client, engagementId: string): Promise<string> {
  const listed = await expectStatus(
    therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`),
    200,
  );
  const body = listed.json<{ items?: { id: string }[] } | { id: string }[]>();
  const id = (Array.isArray(body) ? body : (body.items ?? []))[0]?.id;
  if (!id) throw new Error('the fixture check-in raised no flag');
  return id;
}

async function engage(client: Person, therapist: Person): Promise<string> {
  const created = await expectStatus(
    client.request('POST', '/api/v1/engagements', { therapistId: therapist.id }),
    201,
  );
  const id = created.json<{ id: string }>().id;
  await expectStatus(
    therapist.request('PATCH', `/api/v1/engagements/${id}`, { status: 'active' }),
    200,
  );
  return id;
}

export async function buildWorld(t: TestApp): Promise<World> {
  let counter = 0;
  const next = () => ++counter;
  const now = () => t.clock.now().getTime();

  const admin = await signIn(t.app, adminEmail, adminPassword);
  const other = await otherClinicAdmin(t, 'Second clinic');
  // Distinctive names, so that finding one in an answer means it came from this world.
  const client = await signUp(t.app, 'client', 'Amelia Quartzfield');
  const therapist = await bookableTherapist(t.app, 'Theo Marlowe');
  const former = await signUp(t.app, 'therapist', 'Felix Harrow');
  const otherTherapist = await signUp(t.app, 'therapist', 'Olive Strand');
  const otherClient = await signUp(t.app, 'client', 'Cora Whitlock');
  const recipient = await signUp(t.app, 'therapist', 'Hana Okafor');

  const secrets: Record<SecretKind, string> = {
    clientEmail: client.email,
    clientName: client.name,
    therapistEmail: therapist.email,
    comment: 'I felt judged when we spoke about my brother Ezekiel.',
    goal: 'Walk to the lighthouse at Porthkerris',
    repair: 'We talked about the Ezekiel moment and it helped',
    reflection: 'I noticed impatience in myself around Porthkerris',
    concern: 'The remark about my accent from Valparaiso stayed with me',
    note: 'Warm but the room near Fenwick Street was noisy',
    summary: 'Please know about the Quillon project stress',
    endedComment: 'I felt dismissed when I mentioned Marisol.',
    endedGoal: 'Call my aunt in Tromsø every week',
    endedReflection: 'Felt protective of her around Tromsø',
  };

  // The ended engagement, with the former therapist: some history, then the client ends it.
  const endedId = await engage(client, former);
  const endedSession = await sessionWithCheckin(
    former,
    client,
    endedId,
    new Date(now() - 30 * day),
    secrets.endedComment,
    'matrix-ended',
  );
  const endedGoal = await createdId(
    client.request('POST', `/api/v1/engagements/${endedId}/goals`, { title: secrets.endedGoal }),
  );
  const endedReflection = await createdId(
    former.request('POST', `/api/v1/engagements/${endedId}/reflections`, {
      text: secrets.endedReflection,
    }),
  );
  const endedSignal = await firstSignal(former, endedId);
  await expectStatus(
    client.request('PATCH', `/api/v1/engagements/${endedId}`, {
      status: 'ended',
      endReason: 'not_a_fit',
    }),
    200,
  );

  // The current engagement, with everything that hangs from it.
  const currentId = await engage(client, therapist);
  const currentSession = await sessionWithCheckin(
    therapist,
    client,
    currentId,
    new Date(now() - 2 * day),
    secrets.comment,
    'matrix-current',
  );
  const goalId = await createdId(
    therapist.request('POST', `/api/v1/engagements/${currentId}/goals`, {
      title: secrets.goal,
    }),
  );
  const reflectionId = await createdId(
    therapist.request('POST', `/api/v1/engagements/${currentId}/reflections`, {
      text: secrets.reflection,
    }),
  );
  const signalId = await firstSignal(therapist, currentId);
  await expectStatus(
    therapist.request('POST', `/api/v1/signals/${signalId}/repairs`, { note: secrets.repair }),
    201,
  );
  const concernId = await createdId(
    client.request('POST', '/api/v1/concerns', {
      engagementId: currentId,
      category: 'felt_judged',
      text: secrets.concern,
      shareWithTherapist: false,
    }),
  );

  // A consultation with the current therapist, with the client's private note.
  let slot = 0;
  const slotTimes = ['08:00', '08:15', '08:30', '08:45', '09:00', '09:15', '09:30', '09:45'];
  const slotTimesLater = ['10:00', '10:15', '10:30', '10:45'];
  const nextSlot = () => {
    const time = [...slotTimes, ...slotTimesLater][slot++];
    if (!time) throw new Error('the matrix ran out of consultation slots');
    return tuesday(time);
  };
  const book = async (): Promise<string> =>
    await createdId(
      client.request('POST', '/api/v1/consultations', {
        therapistId: therapist.id,
        start: nextSlot(),
      }),
    );
  const consultationId = await book();
  await expectStatus(
    client.request('PUT', `/api/v1/consultations/${consultationId}/note`, {
      note: secrets.note,
      fitRating: 7,
    }),
    200,
  );

  // A hand-over to a therapist the client asked to work with next.
  await expectStatus(
    client.request('POST', '/api/v1/engagements', { therapistId: recipient.id }),
    201,
  );
  const handoverId = await createdId(
    client.request('POST', '/api/v1/handovers', {
      fromEngagementId: currentId,
      toTherapistId: recipient.id,
      include: ['goals', 'checkins', 'summary'],
      summary: secrets.summary,
    }),
  );

  const availabilityId = await createdId(
    therapist.request('POST', '/api/v1/therapists/me/availability', {
      kind: 'session',
      weekday: 4,
      startTime: '14:00',
      endTime: '16:00',
    }),
  );

  const invite = async (): Promise<{ id: string; token: string }> => {
    const email = `invitee.${next()}@matrix.example`;
    const created = await expectStatus(
      admin.request('POST', '/api/v1/clinic/invitations', { email }),
      201,
    );
    const rows = await t.handle.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('kind', '=', 'therapist_invitation')
      .execute();
    const mail = rows.map((row) => openOutboxRow(t.deps.sealer, row)).find((m) => m.to === email);
    const token = mail?.body.match(/\/invitations\/([A-Za-z0-9_-]{43})/)?.[1];
    if (!token) throw new Error('no invitation in the outbox');
    return { id: created.json<{ id: string }>().id, token };
  };
  const invitation = await invite();

  const supervise = async (): Promise<string> => {
    const supervisor = await signUp(t.app, 'therapist', 'Supervisor');
    const supervised = await signUp(t.app, 'therapist', 'Supervised');
    return await createdId(
      admin.request('POST', '/api/v1/clinic/supervisions', {
        supervisorId: supervisor.id,
        therapistId: supervised.id,
      }),
    );
  };
  const supervisionId = await supervise();

  const attendedSession = async (): Promise<string> => {
    const id = await createdId(
      therapist.request('POST', `/api/v1/engagements/${currentId}/sessions`, {
        scheduledAt: new Date(now() - day - next() * 60_000).toISOString(),
      }),
    );
    await expectStatus(
      therapist.request('PATCH', `/api/v1/sessions/${id}`, { status: 'attended' }),
      200,
    );
    return id;
  };
  const checkinToken = async (): Promise<string> => {
    const sessionId = await attendedSession();
    const link = await expectStatus(
      client.request('POST', `/api/v1/sessions/${sessionId}/checkin-link`),
      201,
    );
    return link.json<{ path: string }>().path.replace('/checkin/', '');
  };

  const fresh: FreshMakers = {
    async engagement() {
      const c = await signUp(t.app, 'client', 'Fresh Client');
      const th = await signUp(t.app, 'therapist', 'Fresh Therapist');
      return { client: c, therapist: th, engagementId: await engage(c, th) };
    },
    async workedEngagement() {
      const made = await fresh.engagement();
      const n = next();
      const sessionId = await sessionWithCheckin(
        made.therapist,
        made.client,
        made.engagementId,
        new Date(now() - 3 * day),
        `Fresh ${n}: I felt judged today.`,
        `matrix-fresh-${n}`,
      );
      const goalId = await createdId(
        made.therapist.request('POST', `/api/v1/engagements/${made.engagementId}/goals`, {
          title: `Fresh goal ${n}`,
        }),
      );
      const reflectionId = await createdId(
        made.therapist.request('POST', `/api/v1/engagements/${made.engagementId}/reflections`, {
          text: `Fresh reflection ${n}`,
        }),
      );
      const signalId = await firstSignal(made.therapist, made.engagementId);
      return { ...made, sessionId, goalId, reflectionId, signalId };
    },
    attendedSession,
    checkinToken,
    invitation: invite,
    async consultation() {
      const booker = await signUp(t.app, 'client', 'Fresh Booker');
      const id = await createdId(
        booker.request('POST', '/api/v1/consultations', {
          therapistId: therapist.id,
          start: nextSlot(),
        }),
      );
      return { id, client: booker };
    },
    bookableTherapist: () => bookableTherapist(t.app, 'Fresh Bookable'),
    async futureSession() {
      return await createdId(
        therapist.request('POST', `/api/v1/engagements/${currentId}/sessions`, {
          scheduledAt: new Date(now() + 7 * day + next() * 60_000).toISOString(),
        }),
      );
    },
    slot: nextSlot,
    async handover() {
      const made = await fresh.engagement();
      const to = await signUp(t.app, 'therapist', 'Fresh Recipient');
      await expectStatus(
        made.client.request('POST', '/api/v1/engagements', { therapistId: to.id }),
        201,
      );
      const id = await createdId(
        made.client.request('POST', '/api/v1/handovers', {
          fromEngagementId: made.engagementId,
          toTherapistId: to.id,
          include: ['goals'],
        }),
      );
      return { id, client: made.client };
    },
    supervision: supervise,
    questionnaire() {
      const base = structuredClone(
        builtinQuestionnaires.find((q) => q.id === 'wellbeing'),
      ) as unknown as Record<string, unknown> & { item: Record<string, unknown>[] };
      const n = next();
      base.id = `matrix-rest-${n}`;
      base.url = `https://clinic.example.org/fhir/Questionnaire/matrix-rest-${n}`;
      base.title = `Rest this week ${n}`;
      delete base._title;
      base.item.forEach((item, index) => {
        item.text = `How rested you felt, part ${index + 1}`;
        delete item._text;
      });
      return base;
    },
    async standIn(actor) {
      switch (actor) {
        case 'client':
        case 'otherClient':
          return signUp(t.app, 'client', 'Stand In');
        case 'therapist':
        case 'otherTherapist':
        case 'formerTherapist':
          return signUp(t.app, 'therapist', 'Stand In');
        case 'admin':
        case 'otherAdmin': {
          const email = `stand.in.${next()}@admins.example`;
          await insertUser(t.handle.db, {
            id: randomUUID(),
            clinicId: actor === 'admin' ? t.deps.defaultClinicId : other.clinicId,
            email,
            role: 'admin',
            displayName: 'Stand-in admin',
            passwordHash: await t.deps.hashPassword(goodPassword),
            locale: null,
            now: t.clock.now(),
          });
          const session = createClient(t.app, `10.77.0.${next() % 250}`);
          await expectStatus(session.login(email, goodPassword), 200);
          return session;
        }
      }
    },
  };

  return {
    t,
    sessions: {
      client,
      otherClient,
      therapist,
      otherTherapist,
      formerTherapist: former,
      admin,
      otherAdmin: other.client,
    },
    people: { client, therapist, former, recipient },
    otherClinicId: other.clinicId,
    current: {
      engagementId: currentId,
      sessionId: currentSession,
      signalId,
      goalId,
      reflectionId,
    },
    ended: {
      engagementId: endedId,
      sessionId: endedSession,
      signalId: endedSignal,
      goalId: endedGoal,
      reflectionId: endedReflection,
    },
    consultationId,
    concernId,
    handoverId,
    availabilityId,
    invitationId: invitation.id,
    supervisionId,
    checkinToken: await checkinToken(),
    invitationToken: invitation.token,
    secrets,
    next,
    fresh,
  };
}
