/**
 * Supervision with consent, in Chromium on the demo clinic: the administrator pairs a supervisor
 * with a therapist and allows supervision; the client agrees on "My therapy"; the supervisor opens
 * the record with a reason; once the client withdraws, the supervisor is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ RAPPORT_DEMO: '1' });
});
afterAll(async () => {
  await h?.close();
});

async function signedIn(email: string, width = 1280, height = 900): Promise<Page> {
  const context = await h.browser.newContext({ viewport: { width, height }, locale: 'en-CA' });
  const page = await context.newPage();
  await page.goto(`${h.baseUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('rapport-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
  return page;
}

const accesses = async () =>
  h.started.handle.db.selectFrom('supervision_accesses').select('id').execute();

describe('supervision with consent', () => {
  it('lets a supervisor read a consenting client’s record with a reason, and refuses once consent is withdrawn', async () => {
    // The administrator allows supervision and pairs Maya (supervisor) with Julien.
    const admin = await signedIn('priya.raman@harbourside.example');
    const consoleErrors = collectConsoleErrors(admin);
    await admin.goto(`${h.baseUrl}/admin`);
    await admin.getByRole('link', { name: 'Supervision' }).click();
    await admin.getByRole('heading', { name: 'Supervision', level: 1 }).waitFor();
    await admin.getByText('No supervisors yet.', { exact: false }).waitFor();
    await expectNoAxeViolations(admin, 'supervision (admin)');

    const policy = admin.getByLabel('Let supervisors read the record of a client who agreed to it');
    expect(await policy.isChecked()).toBe(false);
    await policy.check();
    await admin.getByText('Supervisors may read the records of clients who agreed.').waitFor();

    // Choosing the same person twice is explained, not sent.
    await admin.getByLabel('Supervisor', { exact: true }).selectOption({ label: 'Maya Okafor' });
    await admin.getByLabel('Therapist they supervise').selectOption({ label: 'Maya Okafor' });
    await admin.getByRole('button', { name: 'Pair them' }).click();
    await admin.getByText('Choose two different people.').waitFor();

    await admin.getByLabel('Therapist they supervise').selectOption({ label: 'Julien Marchand' });
    await admin.getByRole('button', { name: 'Pair them' }).click();
    await admin.getByText('Maya Okafor now supervises Julien Marchand.').waitFor();
    await admin.getByText('Maya Okafor supervises Julien Marchand').waitFor();
    await expectNoAxeViolations(admin, 'supervision (admin) with a pair');
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);

    // Grace, Julien's client, agrees on My therapy.
    const client = await signedIn('grace.lindqvist@harbourside.example', 390, 844);
    await client
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My therapy' })
      .click();
    await client.getByRole('heading', { name: 'My therapy', level: 1 }).waitFor();
    const consent = client.getByLabel('Let Julien Marchand’s supervisor read my record');
    await consent.check();
    await client.getByText(/^You agreed on .+ You can change your mind/).waitFor();
    await expectNoAxeViolations(client, 'my therapy with consent');

    // Maya opens Grace's record, saying why.
    const supervisor = await signedIn('maya.okafor@harbourside.example');
    await supervisor
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Supervision' })
      .click();
    await supervisor.getByRole('heading', { name: 'Supervision', level: 1 }).waitFor();
    await supervisor.getByRole('button', { name: 'Open Grace Lindqvist’s record' }).click();
    await supervisor.getByRole('button', { name: 'Open the record' }).click();
    await supervisor
      .getByText('Please say why you are opening this record', { exact: false })
      .waitFor();
    expect(await accesses()).toHaveLength(0);
    await supervisor
      .getByLabel('Why are you opening this record?')
      .fill('Preparing Tuesday’s supervision session with Julien');
    await supervisor.getByRole('button', { name: 'Open the record' }).click();
    await supervisor
      .getByRole('heading', { name: 'Grace Lindqvist with Julien Marchand' })
      .waitFor();
    await expectNoAxeViolations(supervisor, 'supervised record');
    expect(await accesses()).toHaveLength(1);
    const audited = await h.started.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('action', '=', 'supervision.read')
      .execute();
    expect(audited).toHaveLength(1);

    // Back to the list, where the reason form is still open…
    await supervisor.getByRole('button', { name: 'Back to the list' }).click();
    await supervisor
      .getByLabel('Why are you opening this record?')
      .fill('Checking one more thing before supervision');

    // …while Grace withdraws her consent.
    await consent.uncheck();
    await client.getByText('Your record is not shared with a supervisor.').waitFor();

    await supervisor.getByRole('button', { name: 'Open the record' }).click();
    await supervisor
      .getByText('You cannot open this record: the clinic’s policy or the client’s consent', {
        exact: false,
      })
      .waitFor();
    expect(await accesses()).toHaveLength(1);
    expect(
      await supervisor
        .getByRole('heading', { name: 'Grace Lindqvist with Julien Marchand' })
        .count(),
    ).toBe(0);
    await expectNoAxeViolations(supervisor, 'supervision refused');

    // And the list no longer offers her record.
    await supervisor.reload();
    await supervisor.getByText('No records to show yet.', { exact: false }).waitFor();
    for (const page of [admin, client, supervisor]) await page.context().close();
  });
});
