import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, goodPassword, type Client, type TestApp } from '../helpers/app';
import { createAdminTestApp, otherClinicAdmin, signInAdmin } from '../helpers/admins';
import { activeEngagement, signUp } from '../helpers/factories';
import { openOutboxRow } from '../../src/storage/outbox.repo';

let t: TestApp;
let admin: Client;
const day = 86_400_000;

beforeAll(async () => {
  t = await createAdminTestApp();
  admin = await signInAdmin(t);
});
afterAll(async () => {
  await t.close();
});

async function invitationLink(email: string): Promise<string> {
  const rows = await t.handle.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('kind', '=', 'therapist_invitation')
    .orderBy('created_at', 'desc')
    .execute();
  const mail = rows.map((row) => openOutboxRow(t.deps.sealer, row)).find((m) => m.to === email);
  const token = mail?.body.match(/\/invitations\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error('no invitation in the outbox');
  return token;
}

async function auditActions(): Promise<string[]> {
  const rows = await t.handle.db
    .selectFrom('audit_events')
    .select('action')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.action);
}

describe('inviting therapists', () => {
  it('sends a single-use, expiring link; the invitee becomes a therapist of the clinic, signed in', async () => {
    const created = await admin.request('POST', '/api/v1/clinic/invitations', {
      email: 'new.colleague@example.org',
    });
    expect(created.statusCode).toBe(201);
    const invitation = created.json<{ id: string; email: string; expiresAt: string }>();
    expect(invitation.email).toBe('new.colleague@example.org');
    expect(new Date(invitation.expiresAt).getTime() - t.clock.now().getTime()).toBe(7 * day);

    const token = await invitationLink('new.colleague@example.org');
    // Only the hash of the token is stored, and the mail body is sealed.
    const stored = await t.handle.db.selectFrom('clinic_invitations').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const outbox = await t.handle.db.selectFrom('outbox_messages').selectAll().execute();
    expect(JSON.stringify(outbox)).not.toContain(token);

    const list = await admin.request('GET', '/api/v1/clinic/invitations');
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(
      invitation.id,
    );

    const visitor = createClient(t.app, '10.7.0.1');
    const preview = await visitor.request('GET', `/api/v1/invitations/${token}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ email: 'new.colleague@example.org', role: 'therapist' });

    const weak = await visitor.request('POST', `/api/v1/invitations/${token}/accept`, {
      displayName: 'Noor Haddad',
      password: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ error: { code: string } }>().error.code).toBe('password_too_short');

    const accepted = await visitor.request('POST', `/api/v1/invitations/${token}/accept`, {
      displayName: 'Noor Haddad',
      password: goodPassword,
    });
    expect(accepted.statusCode).toBe(201);
    const user = accepted.json<{ user: { role: string; clinicId: string } }>().user;
    expect(user.role).toBe('therapist');
    const me = await visitor.request('GET', '/api/v1/me');
    expect(me.json<{ user?: { email: string }; email?: string }>()).toBeTruthy();
    expect(me.statusCode).toBe(200);

    // Single use: the link is spent, and the invitation left the pending list.
    const again = await createClient(t.app, '10.7.0.2').request(
      'POST',
      `/api/v1/invitations/${token}/accept`,
      { displayName: 'Someone else', password: goodPassword },
    );
    expect(again.statusCode).toBe(410);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('invitation_used');
    const after = await admin.request('GET', '/api/v1/clinic/invitations');
    expect(after.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(
      invitation.id,
    );
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['invitation.create', 'invitation.list', 'invitation.accept']),
    );
  });

  it('refuses an expired link and a withdrawn one, and an address that already has an account', async () => {
    await admin.request('POST', '/api/v1/clinic/invitations', { email: 'late@example.org' });
    const late = await invitationLink('late@example.org');
    t.clock.advance(7 * day + 1000);
    const expired = await createClient(t.app).request('GET', `/api/v1/invitations/${late}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json<{ error: { code: string } }>().error.code).toBe('invitation_expired');

    const created = await admin.request('POST', '/api/v1/clinic/invitations', {
      email: 'withdrawn@example.org',
    });
    const token = await invitationLink('withdrawn@example.org');
    const id = created.json<{ id: string }>().id;
    expect((await admin.request('DELETE', `/api/v1/clinic/invitations/${id}`)).statusCode).toBe(
      200,
    );
    expect((await admin.request('DELETE', `/api/v1/clinic/invitations/${id}`)).statusCode).toBe(
      410,
    );
    const withdrawn = await createClient(t.app).request(
      'POST',
      `/api/v1/invitations/${token}/accept`,
      {
        displayName: 'Withdrawn',
        password: goodPassword,
      },
    );
    expect(withdrawn.statusCode).toBe(410);

    const existing = await signUp(t.app, 'client', 'Existing Person');
    const taken = await admin.request('POST', '/api/v1/clinic/invitations', {
      email: existing.email,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<{ error: { code: string } }>().error.code).toBe('email_unavailable');
  });

  it('replaces a pending invitation when the same address is invited again', async () => {
    await admin.request('POST', '/api/v1/clinic/invitations', { email: 'twice@example.org' });
    const first = await invitationLink('twice@example.org');
    t.clock.advance(60_000);
    await admin.request('POST', '/api/v1/clinic/invitations', { email: 'Twice@example.org' });
    const second = await invitationLink('Twice@example.org');
    expect(second).not.toBe(first);
    expect(
      (await createClient(t.app).request('GET', `/api/v1/invitations/${first}`)).statusCode,
    ).toBe(410);
    expect(
      (await createClient(t.app).request('GET', `/api/v1/invitations/${second}`)).statusCode,
    ).toBe(200);
  });

  it('refuses bad input with the field, and anyone but an administrator', async () => {
    const bad = await admin.request('POST', '/api/v1/clinic/invitations', {
      email: 'not-an-email',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: string[] } }>().error.fields).toEqual(['email']);
    const extra = await admin.request('POST', '/api/v1/clinic/invitations', {
      email: 'x@example.org',
      role: 'admin',
    });
    expect(extra.json<{ error: { code: string } }>().error.code).toBe('unknown_field');

    const therapist = await signUp(t.app, 'therapist', 'Plain Therapist');
    const client = await signUp(t.app, 'client', 'Plain Client');
    for (const who of [therapist, client]) {
      expect(
        (await who.request('POST', '/api/v1/clinic/invitations', { email: 'y@example.org' }))
          .statusCode,
      ).toBe(403);
      expect((await who.request('GET', '/api/v1/clinic/invitations')).statusCode).toBe(403);
      expect((await who.request('GET', '/api/v1/clinic/therapists')).statusCode).toBe(403);
      expect(
        (
          await who.request('PATCH', `/api/v1/clinic/therapists/${therapist.id}`, {
            verified: true,
          })
        ).statusCode,
      ).toBe(403);
      expect((await who.request('GET', '/api/v1/clinic/reassignments')).statusCode).toBe(403);
    }
    expect(
      (await createClient(t.app).request('GET', '/api/v1/clinic/invitations')).statusCode,
    ).toBe(401);
    const unknown = await createClient(t.app).request(
      'GET',
      `/api/v1/invitations/${'A'.repeat(43)}`,
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('managing therapists', () => {
  it('deactivation ends their sessions, stops sign-in, hides the profile and lists their clients', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    await therapist.request('PUT', '/api/v1/therapists/me/profile', {
      displayName: 'Dana Whitfield',
      bio: 'Warm and direct.',
      approaches: ['cbt'],
      concerns: ['anxiety'],
      languages: ['en'],
      modes: ['online'],
      region: 'ON',
      feeMin: 80,
      feeMax: 120,
      timeZone: 'America/Toronto',
      published: true,
    });
    const directoryBefore = await createClient(t.app).request('GET', '/api/v1/therapists');
    const inDirectory = (r: typeof directoryBefore) =>
      r.json<{ items: { id: string }[] }>().items.some((p) => p.id === therapist.id);
    expect(inDirectory(directoryBefore)).toBe(true);

    const off = await admin.request('PATCH', `/api/v1/clinic/therapists/${therapist.id}`, {
      status: 'deactivated',
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ status: 'deactivated', openEngagements: 1 });
    // The session they had is gone at once.
    expect((await therapist.request('GET', '/api/v1/caseload')).statusCode).toBe(401);
    expect((await createClient(t.app).login(therapist.email)).statusCode).toBe(401);
    expect(inDirectory(await createClient(t.app).request('GET', '/api/v1/therapists'))).toBe(false);

    const needing = await admin.request('GET', '/api/v1/clinic/reassignments');
    expect(needing.statusCode).toBe(200);
    const items = needing.json<{ items: { engagementId: string; client: { id: string } }[] }>()
      .items;
    expect(items).toContainEqual(
      expect.objectContaining({
        engagementId,
        client: { id: client.id, displayName: client.name },
      }) as unknown,
    );
    // The client can see in their own log that the administrator saw their name there.
    const seen = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'reason', 'subject_ids'])
      .where('reason', '=', 'needs_new_therapist')
      .execute();
    expect(seen.at(-1)?.subject_ids).toContain(client.id);

    const on = await admin.request('PATCH', `/api/v1/clinic/therapists/${therapist.id}`, {
      status: 'active',
    });
    expect(on.json()).toMatchObject({ status: 'active' });
    expect((await createClient(t.app).login(therapist.email)).statusCode).toBe(200);
    const after = await admin.request('GET', '/api/v1/clinic/reassignments');
    expect(
      after.json<{ items: { engagementId: string }[] }>().items.map((i) => i.engagementId),
    ).not.toContain(engagementId);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['therapist.deactivate', 'therapist.reactivate']),
    );
  });

  it('verifies credentials: the badge shows in the directory', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Verify Me');
    const verified = await admin.request('PATCH', `/api/v1/clinic/therapists/${therapist.id}`, {
      verified: true,
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ verified: true, published: false });
    const profile = await therapist.request('GET', '/api/v1/therapists/me/profile');
    expect(JSON.stringify(profile.json())).toContain('"verified":true');
    const list = await admin.request('GET', '/api/v1/clinic/therapists?status=active&limit=200');
    expect(
      list
        .json<{ items: { id: string; verified: boolean }[] }>()
        .items.find((i) => i.id === therapist.id)?.verified,
    ).toBe(true);
    expect(await auditActions()).toContain('therapist.verify');
  });

  it('pages the therapist list and refuses a bad cursor or an empty change', async () => {
    for (const name of ['Page A', 'Page B', 'Page C']) await signUp(t.app, 'therapist', name);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await admin.request(
        'GET',
        `/api/v1/clinic/therapists?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      const body = page.json<{ items: { id: string }[]; nextCursor: string | null }>();
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(
      (await admin.request('GET', '/api/v1/clinic/therapists?cursor=nonsense')).statusCode,
    ).toBe(400);
    const someone = seen[0] ?? '';
    expect(
      (await admin.request('PATCH', `/api/v1/clinic/therapists/${someone}`, {})).statusCode,
    ).toBe(400);
    expect(
      (await admin.request('PATCH', `/api/v1/clinic/therapists/${someone}`, { status: 'gone' }))
        .statusCode,
    ).toBe(400);
  });

  it('a client, an unknown id or another clinic’s administrator gets 404', async () => {
    const client = await signUp(t.app, 'client', 'Not A Therapist');
    expect(
      (await admin.request('PATCH', `/api/v1/clinic/therapists/${client.id}`, { verified: true }))
        .statusCode,
    ).toBe(404);
    const therapist = await signUp(t.app, 'therapist', 'Ours');
    const other = await otherClinicAdmin(t);
    expect(
      (
        await other.client.request('PATCH', `/api/v1/clinic/therapists/${therapist.id}`, {
          status: 'deactivated',
        })
      ).statusCode,
    ).toBe(404);
    const invitation = await admin.request('POST', '/api/v1/clinic/invitations', {
      email: 'ours@example.org',
    });
    expect(
      (
        await other.client.request(
          'DELETE',
          `/api/v1/clinic/invitations/${invitation.json<{ id: string }>().id}`,
        )
      ).statusCode,
    ).toBe(404);
    const theirs = await other.client.request('GET', '/api/v1/clinic/therapists?limit=200');
    expect(theirs.json<{ items: unknown[] }>().items).toEqual([]);
    expect(
      (await other.client.request('GET', '/api/v1/clinic/invitations')).json<{ items: unknown[] }>()
        .items,
    ).toEqual([]);
  });
});
