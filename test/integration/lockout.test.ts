import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import { createClient, createTestApp, goodPassword, type TestApp } from '../helpers/app';
import { signUp } from '../helpers/factories';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const minute = 60_000;

async function lockoutMail(recipientId: string | null) {
  const rows = await t.handle.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('kind', '=', 'account_locked')
    .execute();
  return rows
    .filter((row) => recipientId === null || row.recipient_id === recipientId)
    .map((row) => openOutboxRow(t.deps.sealer, row));
}

describe('lockout after repeated failures', () => {
  it('locks the account on the fifth failure and e-mails its holder once', async () => {
    const person = await signUp(t.app, 'client', 'Harper');
    const answers: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await createClient(t.app, `10.50.0.${i}`).login(
        person.email,
        'a wrong password guess',
      );
      answers.push(response.statusCode);
    }
    expect(answers).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const mails = await lockoutMail(person.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe(person.email);
    expect(mails[0]?.subject).toMatch(/could not sign in/);
    expect(mails[0]?.body).toContain('Harper');
    expect(mails[0]?.body).toContain('15 minutes');
    // Nothing in the e-mail says where the attempts came from.
    expect(mails[0]?.body).not.toMatch(/10\.50\./);

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('subject_id', '=', person.id)
      .where('action', '=', 'auth.lockout')
      .execute();
    expect(audit).toHaveLength(1);

    // The right password waits out the lock too; then it works, and the slate is clean.
    const blocked = await createClient(t.app, '10.50.1.1').login(person.email, goodPassword);
    expect(blocked.statusCode).toBe(429);
    t.clock.advance(16 * minute);
    expect((await createClient(t.app, '10.50.1.1').login(person.email)).statusCode).toBe(200);
    expect(await lockoutMail(person.id)).toHaveLength(1);
  });

  it('answers an unknown e-mail exactly as a known one, and e-mails nobody', async () => {
    const known = await signUp(t.app, 'therapist', 'Known');
    const unknownEmail = 'nobody.at.all@example.org';
    const bodies: { known: string[]; unknown: string[] } = { known: [], unknown: [] };
    for (let i = 0; i < 6; i++) {
      const k = await createClient(t.app, `10.51.0.${i}`).login(known.email, 'guessing 123456');
      const u = await createClient(t.app, `10.51.1.${i}`).login(unknownEmail, 'guessing 123456');
      expect(u.statusCode).toBe(k.statusCode);
      bodies.known.push(k.body);
      bodies.unknown.push(u.body);
    }
    expect(bodies.unknown).toEqual(bodies.known);
    const all = await lockoutMail(null);
    expect(all.some((mail) => mail.to === unknownEmail)).toBe(false);
    expect(all.filter((mail) => mail.recipientId === known.id)).toHaveLength(1);
  });

  it('writes the e-mail in the person’s language', async () => {
    const person = await signUp(t.app, 'client', 'Camille');
    expect((await person.request('PATCH', '/api/v1/me', { locale: 'fr' })).statusCode).toBe(200);
    for (let i = 0; i < 5; i++)
      await createClient(t.app, `10.52.0.${i}`).login(person.email, 'mauvais mot de passe');
    const mails = await lockoutMail(person.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toMatch(/n’a pas pu se connecter/);
    expect(mails[0]?.body).toContain('Camille');
  });
});
