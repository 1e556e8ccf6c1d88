/**
 * The authorisation matrix (issue #7): for every operation of the API, how to call it against
 * the matrix world's resources and what each actor must get. A route added without an entry
 * here fails test/integration/authz-matrix.test.ts, and so does an entry whose route is gone.
 *
 * Conventions of the API these expectations follow: no session → 401; the wrong kind of account
 * for a route → 403; a resource the actor has no relationship with → 404 (its existence is not
 * confirmed); a relationship that lets the actor read but not do this → 403.
 */
import * as OTPAuth from 'otpauth';
import type { Client } from './app';
import { goodPassword } from './app';
import { signUp } from './factories';
import type { ActorName, Target, World } from './matrix-world';

export interface MatrixRequest {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A raw body (the photo upload). */
  raw?: { contentType: string; payload: Buffer };
}

/** What a run whose success uses a resource up gets made for it. */
export interface Fresh {
  /** Act as this account instead (the party of a freshly made resource). */
  as?: Client;
  id?: string;
  target?: Target;
  body?: unknown;
  code?: string;
}

export interface MatrixEntry {
  expect: Record<ActorName, number>;
  request: (w: World, actor: ActorName, fresh: Fresh | undefined) => MatrixRequest;
  /** Made anew for each allowed run (refused runs aim at the world's shared resources). */
  fresh?: (w: World, actor: ActorName, session: Client | null) => Promise<Fresh>;
  /** Signed-in actors are replaced by a new account of the same role and clinic. */
  standIn?: boolean;
  /** A link token is the credential: whoever holds it is allowed. */
  capability?: boolean;
}

type Group = 'signedIn' | 'clients' | 'therapists' | 'admins';
type Spec = Partial<Record<ActorName | Group, number>>;

const groupOf: Record<ActorName, Group[]> = {
  anonymous: [],
  client: ['clients', 'signedIn'],
  otherClient: ['clients', 'signedIn'],
  therapist: ['therapists', 'signedIn'],
  otherTherapist: ['therapists', 'signedIn'],
  formerTherapist: ['therapists', 'signedIn'],
  admin: ['admins', 'signedIn'],
  otherAdmin: ['admins', 'signedIn'],
};

/** Statuses per actor: the actor's own line, else its group's, else `signedIn`; anonymous 401 unless told. */
export function s(spec: Spec): Record<ActorName, number> {
  const out = {} as Record<ActorName, number>;
  for (const actor of Object.keys(groupOf) as ActorName[]) {
    const value =
      spec[actor] ??
      groupOf[actor].map((g) => spec[g]).find((v) => v !== undefined) ??
      (actor === 'anonymous' ? 401 : undefined);
    if (value === undefined) throw new Error(`no expectation for ${actor}`);
    out[actor] = value;
  }
  return out;
}

const all = (status: number) => s({ anonymous: status, signedIn: status });
/** The current engagement's ids, or the ended one's for the therapist who worked in it. */
const tg = (w: World, actor: ActorName, fresh?: Fresh): Target =>
  fresh?.target ?? (actor === 'formerTherapist' ? w.ended : w.current);
const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });
const day = 86_400_000;

/** An engagement-scoped read: the parties and the former therapist read; others don't learn it exists. */
const engagementRead = (spec: Spec = {}) =>
  s({ signedIn: 404, client: 200, therapist: 200, formerTherapist: 200, ...spec });

let photo: Buffer | undefined;
export async function samplePhoto(): Promise<Buffer> {
  if (!photo) {
    const sharp = (await import('sharp')).default;
    photo = await sharp({
      create: { width: 64, height: 64, channels: 3, background: { r: 40, g: 120, b: 90 } },
    })
      .jpeg()
      .toBuffer();
  }
  return photo;
}

/** Puts the sample photo as this session's profile photo (a raw body, as the browser sends a file). */
export async function uploadPhoto(w: World, session: Client): Promise<void> {
  const response = await w.t.app.inject({
    method: 'PUT',
    url: '/api/v1/therapists/me/photo',
    headers: {
      ...(session.cookie ? { cookie: session.cookie } : {}),
      ...(session.csrf ? { 'x-csrf-token': session.csrf } : {}),
      'content-type': 'image/jpeg',
    },
    payload: await samplePhoto(),
  });
  if (response.statusCode !== 200) throw new Error(`photo upload failed: ${response.body}`);
}

function totpCode(secret: string, at: Date): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: at.getTime(),
  });
}

/** Enrols the session in TOTP and gives a code valid for the next request. */
async function enrolled(w: World, session: Client | null): Promise<Fresh> {
  if (!session) return {};
  const started = await session.request('POST', '/api/v1/me/totp');
  if (started.statusCode !== 200) return {};
  const { secret } = started.json<{ secret: string }>();
  const confirmed = await session.request('POST', '/api/v1/me/totp/confirm', {
    code: totpCode(secret, w.t.clock.now()),
  });
  if (confirmed.statusCode !== 200) throw new Error(`TOTP confirm failed: ${confirmed.body}`);
  // A code is accepted once: the next one comes from the next time step.
  w.t.clock.advance(31_000);
  return { code: totpCode(secret, w.t.clock.now()) };
}

const v1 = '/api/v1';

/** A consultation with the world's therapist, booked by a new client (who acts, if the run is the client's). */
async function freshConsultation(w: World, actor: ActorName): Promise<Fresh> {
  const made = await w.fresh.consultation();
  return { id: made.id, ...(actor === 'client' ? { as: made.client } : {}) };
}

export const matrix: Record<string, MatrixEntry> = {
  /* ---------- Public ---------- */
  'GET /api/v1/health': { expect: all(200), request: () => ({ url: `${v1}/health` }) },
  'GET /api/v1/openapi.json': { expect: all(200), request: () => ({ url: `${v1}/openapi.json` }) },
  'GET /api/v1/support-contacts': {
    expect: all(200),
    request: () => ({ url: `${v1}/support-contacts` }),
  },
  'GET /api/v1/instruments': { expect: all(200), request: () => ({ url: `${v1}/instruments` }) },
  'GET /api/v1/instruments/{id}': {
    expect: all(200),
    request: () => ({ url: `${v1}/instruments/alliance` }),
  },
  'GET /api/v1/therapists': { expect: all(200), request: () => ({ url: `${v1}/therapists` }) },
  'GET /api/v1/therapists/{id}': {
    // A directory is the clinic's own: another clinic's administrator does not find its therapists.
    expect: s({ anonymous: 200, signedIn: 200, otherAdmin: 404 }),
    request: (w) => ({ url: `${v1}/therapists/${w.people.therapist.id}` }),
  },
  'GET /api/v1/therapists/{id}/slots': {
    // A directory is the clinic's own: another clinic's administrator does not find its therapists.
    expect: s({ anonymous: 200, signedIn: 200, otherAdmin: 404 }),
    request: (w) => ({ url: `${v1}/therapists/${w.people.therapist.id}/slots` }),
  },
  'GET /api/v1/therapists/{id}/photo': {
    // A directory is the clinic's own: another clinic's administrator does not find its therapists.
    expect: s({ anonymous: 200, signedIn: 200, otherAdmin: 404 }),
    request: (w) => ({ url: `${v1}/therapists/${w.people.therapist.id}/photo` }),
  },
  'POST /api/v1/match': {
    expect: all(200),
    request: () => ({ url: `${v1}/match`, body: { concerns: ['anxiety'] } }),
  },

  /* ---------- Accounts and sign-in ---------- */
  'POST /api/v1/auth/register': {
    expect: all(201),
    standIn: true,
    request: (w) => ({
      url: `${v1}/auth/register`,
      body: {
        email: `matrix.register.${w.next()}@example.org`,
        password: goodPassword,
        displayName: 'New Person',
        role: 'client',
      },
    }),
  },
  'POST /api/v1/auth/login': {
    expect: all(200),
    standIn: true,
    fresh: async (w) => {
      const person = await signUp(w.t.app, 'client', 'Login Target');
      return { body: { email: person.email, password: goodPassword } };
    },
    request: (_w, _a, f) => ({ url: `${v1}/auth/login`, body: f?.body }),
  },
  // No sign-in is waiting for a second step in these requests: nobody gets past.
  'POST /api/v1/auth/login/second-factor': {
    expect: all(401),
    request: () => ({ url: `${v1}/auth/login/second-factor`, body: { code: '123456' } }),
  },
  'POST /api/v1/auth/login/totp-setup': {
    expect: all(401),
    request: () => ({ url: `${v1}/auth/login/totp-setup` }),
  },
  'POST /api/v1/auth/login/totp-setup/confirm': {
    expect: all(401),
    request: () => ({ url: `${v1}/auth/login/totp-setup/confirm`, body: { code: '123456' } }),
  },
  'POST /api/v1/auth/logout': {
    expect: s({ signedIn: 200 }),
    standIn: true,
    request: () => ({ url: `${v1}/auth/logout` }),
  },
  'GET /api/v1/me': { expect: s({ signedIn: 200 }), request: () => ({ url: `${v1}/me` }) },
  'PATCH /api/v1/me': {
    expect: s({ signedIn: 200 }),
    request: () => ({ url: `${v1}/me`, body: { locale: 'en' } }),
  },
  'DELETE /api/v1/me': {
    expect: s({ signedIn: 403, clients: 200 }),
    standIn: true,
    request: () => ({ url: `${v1}/me`, body: { password: goodPassword } }),
  },
  'GET /api/v1/me/audit': {
    expect: s({ signedIn: 403, clients: 200 }),
    request: () => ({ url: `${v1}/me/audit` }),
  },
  'GET /api/v1/me/export': {
    expect: s({ signedIn: 403, clients: 200 }),
    request: () => ({ url: `${v1}/me/export?format=fhir` }),
  },
  'GET /api/v1/me/totp': {
    expect: s({ signedIn: 200 }),
    request: () => ({ url: `${v1}/me/totp` }),
  },
  'POST /api/v1/me/totp': {
    expect: s({ signedIn: 200 }),
    standIn: true,
    request: () => ({ url: `${v1}/me/totp` }),
  },
  'POST /api/v1/me/totp/confirm': {
    expect: s({ signedIn: 200 }),
    standIn: true,
    fresh: async (w, _a, session) => {
      const started = await session?.request('POST', '/api/v1/me/totp');
      const secret = started?.json<{ secret: string }>().secret ?? '';
      return { code: totpCode(secret, w.t.clock.now()) };
    },
    request: (_w, _a, f) => ({ url: `${v1}/me/totp/confirm`, body: { code: f?.code ?? '123456' } }),
  },
  'DELETE /api/v1/me/totp': {
    expect: s({ signedIn: 200 }),
    standIn: true,
    fresh: (w, _a, session) => enrolled(w, session),
    request: (_w, _a, f) => ({ url: `${v1}/me/totp`, body: { code: f?.code ?? '123456' } }),
  },
  'POST /api/v1/me/totp/recovery-codes': {
    expect: s({ signedIn: 200 }),
    standIn: true,
    fresh: (w, _a, session) => enrolled(w, session),
    request: (_w, _a, f) => ({
      url: `${v1}/me/totp/recovery-codes`,
      body: { code: f?.code ?? '123456' },
    }),
  },
  // An administrator has no practice of their own to count.
  'GET /api/v1/me/figures': {
    expect: s({ signedIn: 403, therapists: 200, admins: 404 }),
    request: () => ({ url: `${v1}/me/figures` }),
  },
  'GET /api/v1/me/therapists-met': {
    expect: s({ signedIn: 403, clients: 200 }),
    request: () => ({ url: `${v1}/me/therapists-met` }),
  },

  /* ---------- Hand-overs ---------- */
  'POST /api/v1/handovers': {
    expect: s({ signedIn: 403, client: 201, otherClient: 404 }),
    fresh: async (w) => {
      const made = await w.fresh.engagement();
      const to = await signUp(w.t.app, 'therapist', 'Next Therapist');
      await made.client.request('POST', '/api/v1/engagements', { therapistId: to.id });
      return {
        as: made.client,
        body: { fromEngagementId: made.engagementId, toTherapistId: to.id, include: ['goals'] },
      };
    },
    request: (w, _a, f) => ({
      url: `${v1}/handovers`,
      body: f?.body ?? {
        fromEngagementId: w.current.engagementId,
        toTherapistId: w.people.recipient.id,
        include: ['goals'],
      },
    }),
  },
  'GET /api/v1/handovers': {
    expect: s({ signedIn: 403, clients: 200 }),
    request: () => ({ url: `${v1}/handovers` }),
  },
  'GET /api/v1/handovers/received': {
    expect: s({ signedIn: 403, therapists: 200 }),
    request: () => ({ url: `${v1}/handovers/received` }),
  },
  'GET /api/v1/handovers/recipients': {
    expect: s({ signedIn: 403, clients: 200 }),
    request: () => ({ url: `${v1}/handovers/recipients` }),
  },
  'GET /api/v1/handovers/{id}': {
    expect: s({ signedIn: 404, client: 200 }),
    request: (w) => ({ url: `${v1}/handovers/${w.handoverId}` }),
  },
  'DELETE /api/v1/handovers/{id}': {
    expect: s({ signedIn: 404, client: 200 }),
    fresh: async (w) => {
      const made = await w.fresh.handover();
      return { as: made.client, id: made.id };
    },
    request: (w, _a, f) => ({ url: `${v1}/handovers/${f?.id ?? w.handoverId}` }),
  },
  'POST /api/v1/handovers/{id}/withdraw': {
    expect: s({ signedIn: 404, client: 200 }),
    fresh: async (w) => {
      const made = await w.fresh.handover();
      return { as: made.client, id: made.id };
    },
    request: (w, _a, f) => ({ url: `${v1}/handovers/${f?.id ?? w.handoverId}/withdraw` }),
  },

  /* ---------- The clinic (administrators) ---------- */
  'GET /api/v1/clinic': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic` }),
  },
  'POST /api/v1/clinic/invitations': {
    expect: s({ signedIn: 403, admins: 201 }),
    request: (w) => ({
      url: `${v1}/clinic/invitations`,
      body: { email: `matrix.invitee.${w.next()}@example.org` },
    }),
  },
  'GET /api/v1/clinic/invitations': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/invitations` }),
  },
  'DELETE /api/v1/clinic/invitations/{id}': {
    expect: s({ signedIn: 403, admin: 200, otherAdmin: 404 }),
    fresh: async (w) => ({ id: (await w.fresh.invitation()).id }),
    request: (w, _a, f) => ({ url: `${v1}/clinic/invitations/${f?.id ?? w.invitationId}` }),
  },
  'GET /api/v1/invitations/{token}': {
    expect: all(200),
    capability: true,
    request: (w) => ({ url: `${v1}/invitations/${w.invitationToken}` }),
  },
  'POST /api/v1/invitations/{token}/accept': {
    expect: all(201),
    capability: true,
    standIn: true,
    fresh: async (w) => ({ id: (await w.fresh.invitation()).token }),
    request: (w, _a, f) => ({
      url: `${v1}/invitations/${f?.id ?? w.invitationToken}/accept`,
      body: { displayName: 'Invited Colleague', password: goodPassword },
    }),
  },
  'GET /api/v1/clinic/therapists': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/therapists` }),
  },
  'PATCH /api/v1/clinic/therapists/{id}': {
    expect: s({ signedIn: 403, admin: 200, otherAdmin: 404 }),
    request: (w) => ({
      url: `${v1}/clinic/therapists/${w.people.therapist.id}`,
      body: { verified: true },
    }),
  },
  'GET /api/v1/clinic/reassignments': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/reassignments` }),
  },
  'GET /api/v1/clinic/settings': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/settings` }),
  },
  'PATCH /api/v1/clinic/settings': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/settings`, body: { region: 'Ontario' } }),
  },
  'GET /api/v1/clinic/figures': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/figures` }),
  },
  'GET /api/v1/clinic/concerns': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/concerns` }),
  },
  'POST /api/v1/clinic/supervisions': {
    expect: s({ signedIn: 403, admin: 201, otherAdmin: 404 }),
    fresh: async (w) => {
      const supervisor = await signUp(w.t.app, 'therapist', 'Supervisor');
      const supervised = await signUp(w.t.app, 'therapist', 'Supervised');
      return { body: { supervisorId: supervisor.id, therapistId: supervised.id } };
    },
    request: (w, _a, f) => ({
      url: `${v1}/clinic/supervisions`,
      body: f?.body ?? { supervisorId: w.people.recipient.id, therapistId: w.people.former.id },
    }),
  },
  'GET /api/v1/clinic/supervisions': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/supervisions` }),
  },
  'DELETE /api/v1/clinic/supervisions/{id}': {
    expect: s({ signedIn: 403, admin: 200, otherAdmin: 404 }),
    fresh: async (w) => ({ id: await w.fresh.supervision() }),
    request: (w, _a, f) => ({ url: `${v1}/clinic/supervisions/${f?.id ?? w.supervisionId}` }),
  },
  'GET /api/v1/clinic/supervision-policy': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/supervision-policy` }),
  },
  'PUT /api/v1/clinic/supervision-policy': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/clinic/supervision-policy`, body: { allowWithConsent: false } }),
  },
  'POST /api/v1/instruments': {
    expect: s({ signedIn: 403, admins: 201 }),
    request: (w) => ({ url: `${v1}/instruments`, body: w.fresh.questionnaire() }),
  },
  'GET /api/v1/audit': {
    expect: s({ signedIn: 403, admins: 200 }),
    request: () => ({ url: `${v1}/audit` }),
  },

  /* ---------- Engagements and what hangs from them ---------- */
  'GET /api/v1/engagements': {
    expect: s({ signedIn: 200 }),
    request: () => ({ url: `${v1}/engagements` }),
  },
  'POST /api/v1/engagements': {
    expect: s({ signedIn: 201, admins: 403 }),
    fresh: async (w, actor) => {
      const role = actor === 'client' || actor === 'otherClient' ? 'therapist' : 'client';
      const other = await signUp(w.t.app, role, 'Someone New');
      return {
        body: role === 'therapist' ? { therapistId: other.id } : { clientEmail: other.email },
      };
    },
    request: (w, _a, f) => ({
      url: `${v1}/engagements`,
      body: f?.body ?? { therapistId: w.people.recipient.id },
    }),
  },
  'GET /api/v1/engagements/{id}': {
    expect: engagementRead({ admin: 200 }),
    request: (w, a) => ({ url: `${v1}/engagements/${tg(w, a).engagementId}` }),
  },
  // Those who may read the engagement but not change it are told the change is not possible.
  'PATCH /api/v1/engagements/{id}': {
    expect: engagementRead({ formerTherapist: 409, admin: 409 }),
    fresh: async (w, actor) => {
      const made = await w.fresh.workedEngagement();
      return {
        as: actor === 'client' ? made.client : made.therapist,
        target: { ...made },
      };
    },
    request: (w, a, f) => ({
      url: `${v1}/engagements/${tg(w, a, f).engagementId}`,
      body: { status: 'ended', endReason: 'other' },
    }),
  },
  'POST /api/v1/engagements/{id}/ending': {
    expect: engagementRead({ therapist: 403, formerTherapist: 409, admin: 409 }),
    fresh: async (w) => {
      const made = await w.fresh.workedEngagement();
      return { as: made.client, target: { ...made } };
    },
    request: (w, a, f) => ({
      url: `${v1}/engagements/${tg(w, a, f).engagementId}/ending`,
      body: { endReason: 'other' },
    }),
  },
  'POST /api/v1/engagements/{id}/sessions': {
    // The ended engagement is refused for its state before its relationship is asked about.
    expect: engagementRead({ therapist: 201, client: 403, formerTherapist: 409, admin: 403 }),
    request: (w, a) => ({
      url: `${v1}/engagements/${tg(w, a).engagementId}/sessions`,
      body: { scheduledAt: new Date(w.t.clock.now().getTime() + 7 * day).toISOString() },
    }),
  },
  'GET /api/v1/engagements/{id}/sessions': {
    expect: engagementRead({ admin: 200 }),
    request: (w, a) => ({ url: `${v1}/engagements/${tg(w, a).engagementId}/sessions` }),
  },
  // The therapist records attendance; the client may cancel a session yet to come.
  'PATCH /api/v1/sessions/{id}': {
    expect: engagementRead({ formerTherapist: 403, admin: 403 }),
    fresh: async (w, actor) => (actor === 'client' ? { id: await w.fresh.futureSession() } : {}),
    request: (w, a, f) => ({
      url: `${v1}/sessions/${f?.id ?? tg(w, a).sessionId}`,
      body: { status: a === 'client' ? 'cancelled' : 'attended' },
    }),
  },
  'POST /api/v1/sessions/{id}/checkins': {
    expect: engagementRead({ client: 201, therapist: 201, formerTherapist: 403, admin: 403 }),
    fresh: async (w) => ({ id: await w.fresh.attendedSession() }),
    request: (w, a, f) => ({
      url: `${v1}/sessions/${f?.id ?? tg(w, a).sessionId}/checkins`,
      body: {
        instrument: a === 'therapist' ? 'therapist-alliance' : 'alliance',
        answers: alliance(8),
      },
      headers: { 'idempotency-key': `matrix-${w.next()}` },
    }),
  },
  'POST /api/v1/sessions/{id}/checkin-link': {
    expect: s({ signedIn: 404, client: 201 }),
    fresh: async (w) => ({ id: await w.fresh.attendedSession() }),
    request: (w, a, f) => ({ url: `${v1}/sessions/${f?.id ?? tg(w, a).sessionId}/checkin-link` }),
  },
  'GET /api/v1/engagements/{id}/checkins': {
    expect: engagementRead({ admin: 403 }),
    request: (w, a) => ({ url: `${v1}/engagements/${tg(w, a).engagementId}/checkins` }),
  },
  'GET /api/v1/checkins/pending': {
    expect: s({ signedIn: 403, clients: 200 }),
    request: () => ({ url: `${v1}/checkins/pending` }),
  },
  'GET /api/v1/checkin-links/{token}': {
    expect: all(200),
    capability: true,
    request: (w) => ({ url: `${v1}/checkin-links/${w.checkinToken}` }),
  },
  'POST /api/v1/checkin-links/{token}/checkins': {
    expect: all(201),
    capability: true,
    fresh: async (w) => ({ id: await w.fresh.checkinToken() }),
    request: (w, _a, f) => ({
      url: `${v1}/checkin-links/${f?.id ?? w.checkinToken}/checkins`,
      body: { checkins: [{ instrument: 'alliance', answers: alliance(8) }] },
      headers: { 'idempotency-key': `matrix-link-${w.next()}` },
    }),
  },
  'GET /api/v1/engagements/{id}/signals': {
    expect: engagementRead({ client: 403, admin: 403 }),
    request: (w, a) => ({ url: `${v1}/engagements/${tg(w, a).engagementId}/signals` }),
  },
  'GET /api/v1/signals/{id}': {
    expect: engagementRead({ client: 404 }),
    request: (w, a) => ({ url: `${v1}/signals/${tg(w, a).signalId}` }),
  },
  'PATCH /api/v1/signals/{id}': {
    expect: engagementRead({ client: 403, formerTherapist: 403, admin: 403 }),
    // A repair note may already have acknowledged the world's flag: resolve a fresh one.
    fresh: async (w) => {
      const made = await w.fresh.workedEngagement();
      return { as: made.therapist, target: { ...made } };
    },
    request: (w, a, f) => ({
      url: `${v1}/signals/${tg(w, a, f).signalId}`,
      body: { status: 'resolved' },
    }),
  },
  'POST /api/v1/signals/{id}/repairs': {
    expect: engagementRead({ client: 403, therapist: 201, formerTherapist: 403, admin: 403 }),
    request: (w, a) => ({
      url: `${v1}/signals/${tg(w, a).signalId}/repairs`,
      body: { note: 'We spoke about it at the start of the session.' },
    }),
  },
  'GET /api/v1/caseload': {
    expect: s({ signedIn: 403, therapists: 200 }),
    request: () => ({ url: `${v1}/caseload` }),
  },
  'GET /api/v1/engagements/{id}/goals': {
    expect: engagementRead({ admin: 403 }),
    request: (w, a) => ({ url: `${v1}/engagements/${tg(w, a).engagementId}/goals` }),
  },
  'POST /api/v1/engagements/{id}/goals': {
    expect: engagementRead({ client: 201, therapist: 201, formerTherapist: 403, admin: 403 }),
    request: (w, a) => ({
      url: `${v1}/engagements/${tg(w, a).engagementId}/goals`,
      body: { title: 'Sleep a little better' },
    }),
  },
  'POST /api/v1/goals/{id}/ratings': {
    expect: engagementRead({ formerTherapist: 403, admin: 403 }),
    request: (w, a) => ({
      url: `${v1}/goals/${tg(w, a).goalId}/ratings`,
      body: { progress: 5, agreement: 6 },
    }),
  },
  'PATCH /api/v1/goals/{id}': {
    expect: engagementRead({ formerTherapist: 403, admin: 403 }),
    request: (w, a) => ({ url: `${v1}/goals/${tg(w, a).goalId}`, body: { status: 'active' } }),
  },
  'GET /api/v1/engagements/{id}/reflections': {
    expect: engagementRead({ client: 404 }),
    request: (w, a) => ({ url: `${v1}/engagements/${tg(w, a).engagementId}/reflections` }),
  },
  'POST /api/v1/engagements/{id}/reflections': {
    expect: engagementRead({ client: 404, therapist: 201, formerTherapist: 404 }),
    request: (w, a) => ({
      url: `${v1}/engagements/${tg(w, a).engagementId}/reflections`,
      body: { text: 'Felt tired today.' },
    }),
  },
  // A reflection is its author's alone: they may delete it, even after the engagement ended.
  'DELETE /api/v1/reflections/{id}': {
    expect: engagementRead({ client: 404 }),
    fresh: async (w, actor) => {
      const made = await w.fresh.workedEngagement();
      if (actor === 'formerTherapist')
        await made.client.request('PATCH', `/api/v1/engagements/${made.engagementId}`, {
          status: 'ended',
          endReason: 'other',
        });
      return { as: made.therapist, target: { ...made } };
    },
    request: (w, a, f) => ({ url: `${v1}/reflections/${tg(w, a, f).reflectionId}` }),
  },
  'GET /api/v1/engagements/{id}/supervision-consent': {
    expect: s({ signedIn: 404, client: 200, therapist: 403, formerTherapist: 403, admin: 403 }),
    request: (w, a) => ({ url: `${v1}/engagements/${tg(w, a).engagementId}/supervision-consent` }),
  },
  'POST /api/v1/engagements/{id}/supervision-consent': {
    expect: s({ signedIn: 404, client: 200, therapist: 403, formerTherapist: 403, admin: 403 }),
    request: (w, a) => ({
      url: `${v1}/engagements/${tg(w, a).engagementId}/supervision-consent`,
      body: { consent: false },
    }),
  },
  'GET /api/v1/supervision/engagements': {
    expect: s({ signedIn: 403, therapists: 200 }),
    request: () => ({ url: `${v1}/supervision/engagements` }),
  },
  // Nobody in the world supervises the therapist: the supervision view is closed to all.
  'GET /api/v1/supervision/engagements/{id}': {
    expect: s({ signedIn: 404 }),
    request: (w, a) => ({
      url: `${v1}/supervision/engagements/${tg(w, a).engagementId}?reason=${encodeURIComponent('Preparing for supervision')}`,
    }),
  },

  /* ---------- Concerns ---------- */
  'POST /api/v1/concerns': {
    expect: s({ signedIn: 404, client: 201, therapist: 403, admin: 403 }),
    request: (w) => ({
      url: `${v1}/concerns`,
      body: {
        engagementId: w.current.engagementId,
        category: 'practical',
        text: 'The session times are hard for me.',
        shareWithTherapist: false,
      },
    }),
  },
  'GET /api/v1/concerns': {
    expect: s({ signedIn: 403, clients: 200 }),
    request: () => ({ url: `${v1}/concerns` }),
  },
  'DELETE /api/v1/concerns/{id}': {
    expect: s({ signedIn: 403, client: 200, otherClient: 404 }),
    fresh: async (w) => {
      const made = await w.sessions.client.request('POST', '/api/v1/concerns', {
        engagementId: w.current.engagementId,
        category: 'other',
        text: 'Something small.',
        shareWithTherapist: false,
      });
      return { id: made.json<{ id: string }>().id };
    },
    request: (w, _a, f) => ({ url: `${v1}/concerns/${f?.id ?? w.concernId}` }),
  },

  /* ---------- Therapist profile and availability ---------- */
  'GET /api/v1/therapists/me/profile': {
    expect: s({ signedIn: 403, therapists: 200 }),
    request: () => ({ url: `${v1}/therapists/me/profile` }),
  },
  'PUT /api/v1/therapists/me/profile': {
    expect: s({ signedIn: 403, therapists: 200 }),
    standIn: true,
    request: () => ({
      url: `${v1}/therapists/me/profile`,
      body: { displayName: 'Stand In', timeZone: 'Europe/Paris', published: false },
    }),
  },
  'GET /api/v1/therapists/me/availability': {
    expect: s({ signedIn: 403, therapists: 200 }),
    request: () => ({ url: `${v1}/therapists/me/availability` }),
  },
  'POST /api/v1/therapists/me/availability': {
    expect: s({ signedIn: 403, therapists: 201 }),
    request: () => ({
      url: `${v1}/therapists/me/availability`,
      body: { kind: 'session', weekday: 5, startTime: '09:00', endTime: '10:00' },
    }),
  },
  'DELETE /api/v1/therapists/me/availability/{id}': {
    expect: s({ signedIn: 403, therapist: 200, otherTherapist: 404, formerTherapist: 404 }),
    fresh: async (w) => {
      const made = await w.sessions.therapist.request(
        'POST',
        '/api/v1/therapists/me/availability',
        { kind: 'session', weekday: 6, startTime: '09:00', endTime: '10:00' },
      );
      return { id: made.json<{ id: string }>().id };
    },
    request: (w, _a, f) => ({
      url: `${v1}/therapists/me/availability/${f?.id ?? w.availabilityId}`,
    }),
  },
  'PUT /api/v1/therapists/me/photo': {
    expect: s({ signedIn: 403, therapists: 200 }),
    standIn: true,
    request: () => ({
      url: `${v1}/therapists/me/photo`,
      raw: { contentType: 'image/jpeg', payload: photo ?? Buffer.alloc(0) },
    }),
  },
  'DELETE /api/v1/therapists/me/photo': {
    expect: s({ signedIn: 403, therapists: 200 }),
    standIn: true,
    fresh: async (w, _a, session) => {
      if (session) await uploadPhoto(w, session);
      return {};
    },
    request: () => ({ url: `${v1}/therapists/me/photo` }),
  },

  /* ---------- Consultations ---------- */
  'POST /api/v1/consultations': {
    expect: s({ signedIn: 403, clients: 201 }),
    // The world's client already met the world's therapist (one consultation each): a new one.
    fresh: async (w, actor) => ({
      body: {
        therapistId:
          actor === 'client' ? (await w.fresh.bookableTherapist()).id : w.people.therapist.id,
        start: actor === 'client' ? '2026-03-03T08:00:00.000Z' : w.fresh.slot(),
      },
    }),
    request: (w, _a, f) => ({
      url: `${v1}/consultations`,
      body: f?.body ?? { therapistId: w.people.therapist.id, start: '2026-03-03T10:45:00.000Z' },
    }),
  },
  'GET /api/v1/consultations': {
    expect: s({ signedIn: 200, admins: 403 }),
    request: () => ({ url: `${v1}/consultations` }),
  },
  'GET /api/v1/consultations/{id}': {
    expect: s({ signedIn: 404, client: 200, therapist: 200 }),
    request: (w) => ({ url: `${v1}/consultations/${w.consultationId}` }),
  },
  'DELETE /api/v1/consultations/{id}': {
    expect: s({ signedIn: 404, client: 200, therapist: 200 }),
    fresh: (w, actor) => freshConsultation(w, actor),
    request: (w, _a, f) => ({ url: `${v1}/consultations/${f?.id ?? w.consultationId}` }),
  },
  'POST /api/v1/consultations/{id}/reschedule': {
    expect: s({ signedIn: 404, client: 200, therapist: 200 }),
    fresh: async (w, actor) => ({
      ...(await freshConsultation(w, actor)),
      body: { start: w.fresh.slot() },
    }),
    request: (w, _a, f) => ({
      url: `${v1}/consultations/${f?.id ?? w.consultationId}/reschedule`,
      body: f?.body ?? { start: '2026-03-03T10:45:00.000Z' },
    }),
  },
  'GET /api/v1/consultations/{id}/calendar.ics': {
    expect: s({ signedIn: 404, client: 200, therapist: 200 }),
    request: (w) => ({ url: `${v1}/consultations/${w.consultationId}/calendar.ics` }),
  },
  'PUT /api/v1/consultations/{id}/note': {
    expect: s({ signedIn: 404, client: 200, therapist: 403 }),
    fresh: (w, actor) => freshConsultation(w, actor),
    request: (w, _a, f) => ({
      url: `${v1}/consultations/${f?.id ?? w.consultationId}/note`,
      body: { note: 'Kind and calm.', fitRating: 8 },
    }),
  },
};
