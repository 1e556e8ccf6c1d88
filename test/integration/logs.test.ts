/**
 * No personal data in logs (issue #7, item 4): the server's log lines are captured — at the most
 * talkative level — over a whole journey through the API: sign-up, sign-in (and failed sign-ins),
 * a consultation, an engagement, sessions, check-ins with a comment holding risk language (in the
 * app and through an e-mailed link), goals, a flag with a repair note, a reflection, a concern, a
 * hand-over, an invitation, a second factor, export, erasure and sign-out. None of the personal
 * strings used along the way may appear in them.
 *
 * IP addresses count as personal data here (they can identify a person, and GDPR treats them so):
 * Rapport never logs them. The login throttle keeps only keyed hashes of them, in the database.
 */
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEmail, adminEnv, adminPassword } from '../helpers/admins';
import { createTestApp, goodPassword, type Client, type TestApp } from '../helpers/app';
import { expectStatus } from '../helpers/directory';
import { buildWorld, type World } from '../helpers/matrix-world';

let t: TestApp;
let w: World;
const lines: string[] = [];
/** Every personal or secret string the journey used, by what it is. */
const personal = new Map<string, string>();
const address = '203.0.113.77';

const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });

function remember(what: string, value: string | null | undefined): void {
  if (value) personal.set(value, what);
}

const cookieValue = (client: Client) => client.cookie?.replace(/^rapport_session=/, '') ?? null;

beforeAll(async () => {
  t = await createTestApp({
    env: { ...adminEnv, LOG_LEVEL: 'trace' },
    overrides: {
      sessions: { idleMinutes: 525_600, absoluteHours: 8760 },
      logStream: { write: (line: string) => void lines.push(line) },
    },
  });
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('the logs of a whole journey', () => {
  it('hold no e-mail, name, comment, password, token, cookie or address', async () => {
    // Sign-ups, sign-ins, a consultation with a private note, two engagements (one ended),
    // sessions, check-ins with comments, goals, a flag and its repair note, a reflection, a
    // concern, a hand-over, an invitation and a check-in link.
    w = await buildWorld(t);
    for (const [kind, value] of Object.entries(w.secrets)) remember(kind, value);
    for (const [name, session] of Object.entries(w.sessions)) {
      remember(`${name}'s session cookie`, cookieValue(session));
      remember(`${name}'s CSRF token`, session.csrf);
    }
    for (const person of Object.values(w.people)) {
      remember('an e-mail', person.email);
      remember('a name', person.name);
    }
    remember('the administrator e-mail', adminEmail);
    remember('the administrator password', adminPassword);
    remember('a password', goodPassword);
    remember('a check-in link token', w.checkinToken);
    remember('an invitation token', w.invitationToken);
    const { client, therapist } = w.people;

    // Failed sign-ins, from an address of the person's own.
    for (let i = 0; i < 2; i++) {
      const failed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: address,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        payload: JSON.stringify({ email: client.email, password: 'not my password at all' }),
      });
      expect(failed.statusCode).toBe(401);
    }
    remember('a wrong password', 'not my password at all');

    // A check-in whose comment holds risk language.
    const sessionId = await w.fresh.attendedSession();
    const risk = 'Some nights I think about ending my life, out near Porthkerris.';
    remember('a risk comment', risk);
    const checkin = await expectStatus(
      client.request(
        'POST',
        `/api/v1/sessions/${sessionId}/checkins`,
        { instrument: 'alliance', answers: alliance(3), comment: risk },
        { 'idempotency-key': 'logs-risk' },
      ),
      201,
    );
    expect(checkin.json<{ crisisResources?: unknown[] }>().crisisResources).toBeDefined();

    // The e-mailed check-in link, opened and used without a session.
    const linkComment = 'Quiet week; Ezekiel visited on Sunday.';
    remember('a comment sent through a link', linkComment);
    await expectStatus(
      t.app.inject({ method: 'GET', url: `/api/v1/checkin-links/${w.checkinToken}` }),
      200,
    );
    await expectStatus(
      t.app.inject({
        method: 'POST',
        url: `/api/v1/checkin-links/${w.checkinToken}/checkins`,
        remoteAddress: address,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'logs-link' },
        payload: JSON.stringify({
          checkins: [{ instrument: 'alliance', answers: alliance(7), comment: linkComment }],
        }),
      }),
      201,
    );

    // The invitation, previewed and accepted.
    const invitee = 'Priya Vantongeren';
    remember('an invitee name', invitee);
    await expectStatus(
      t.app.inject({ method: 'GET', url: `/api/v1/invitations/${w.invitationToken}` }),
      200,
    );
    await expectStatus(
      t.app.inject({
        method: 'POST',
        url: `/api/v1/invitations/${w.invitationToken}/accept`,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ displayName: invitee, password: 'a brand new phrase for Priya' }),
      }),
      201,
    );
    remember('an invitee password', 'a brand new phrase for Priya');

    // The hand-over, read by the therapist it was given to.
    await expectStatus(w.people.recipient.request('GET', `/api/v1/handovers/${w.handoverId}`), 200);

    // A second factor for the therapist: its secret and recovery codes.
    const started = await expectStatus(therapist.request('POST', '/api/v1/me/totp'), 200);
    const secret = started.json<{ secret: string }>().secret;
    remember('a TOTP secret', secret);
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
      timestamp: t.clock.now().getTime(),
    });
    const confirmed = await expectStatus(
      therapist.request('POST', '/api/v1/me/totp/confirm', { code }),
      200,
    );
    for (const recovery of confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes)
      remember('a recovery code', recovery);

    // Personal data in places a careless log would copy: the query string, a bad body, an
    // unknown route.
    await t.app.inject({ method: 'GET', url: `/api/v1/therapists?region=${client.email}` });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: `{"email": "${client.email}", "password": "${goodPassword}",`,
    });
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/people/${encodeURIComponent(client.email)}`,
    });

    // Export, erasure and sign-out.
    await expectStatus(client.request('GET', '/api/v1/me/export?format=fhir'), 200);
    await expectStatus(client.request('GET', '/api/v1/me/export?format=csv'), 200);
    await expectStatus(
      w.sessions.otherClient.request('DELETE', '/api/v1/me', { password: goodPassword }),
      200,
    );
    await expectStatus(w.sessions.admin.request('POST', '/api/v1/auth/logout'), 200);

    const text = lines.join('');
    // The capture saw the journey: a line for each request received and completed.
    const parsed = lines.flatMap((line) => line.split('\n')).filter(Boolean);
    const completed = parsed.filter((line) => line.includes('request completed')).length;
    expect(completed).toBeGreaterThan(50);
    expect(parsed.every((line) => JSON.parse(line) !== null)).toBe(true);

    const found = [...personal.entries()]
      .filter(
        ([value]) => text.includes(value) || text.includes(JSON.stringify(value).slice(1, -1)),
      )
      .map(([value, what]) => `${what} (${value.slice(0, 24)}…)`);
    expect(found).toEqual([]);
    // No address of any kind (IPv4 or IPv6), and no URL with its parameters.
    expect(text).not.toMatch(/\b\d{1,3}(?:\.\d{1,3}){3}\b/);
    expect(text).not.toMatch(/::ffff:|"(?:remoteAddress|ip|ips|hostname)":"[^"]*\d/);
    expect(text).not.toMatch(/"url":/);
    expect(text).not.toMatch(/@example\.(?:org|com)|@matrix\.example|@admins\.example/);
    console.log(`logs: ${parsed.length} lines captured, ${personal.size} personal strings checked`);
  }, 120_000);
});
