/**
 * The clinic administrator's journey on the demo clinic, in Chromium: invite a therapist, who
 * opens the link from the e-mail, accepts and lands on their workspace; check, deactivate and
 * reactivate a therapist; change a threshold and see it saved, and see an invalid value's message
 * next to its field; import a questionnaire; and axe on every admin page, on a phone too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtinQuestionnaires } from '../../src/core/instruments';
import { readClinicSettings } from '../../src/storage/clinic-settings.repo';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';

let h: Harness;
const adminEmail = 'priya.raman@harbourside.example';
const demoPassword = 'rapport-demo-2026';

beforeAll(async () => {
  h = await startHarness({ RAPPORT_DEMO: '1' });
});
afterAll(async () => {
  await h?.close();
});

async function newPage(browser: Browser, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-CA' });
  return context.newPage();
}

async function signInAs(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto(`${h.baseUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function invitationToken(email: string): Promise<string> {
  const rows = await h.started.handle.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('kind', '=', 'therapist_invitation')
    .execute();
  const mail = rows
    .map((row) => openOutboxRow(h.started.deps.sealer, row))
    .find((m) => m.to === email);
  const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error('no invitation in the outbox');
  return token;
}

/** A questionnaire written for this test, on the structure of Rapport's well-being check-in. */
function restQuestionnaire(): Record<string, unknown> {
  const base = structuredClone(
    builtinQuestionnaires.find((q) => q.id === 'wellbeing'),
  ) as unknown as {
    [key: string]: unknown;
    item: Record<string, unknown>[];
  };
  base.id = 'rest-week';
  base.url = 'https://clinic.example.org/fhir/Questionnaire/rest-week';
  base.title = 'Rest this week';
  delete base._title;
  base.item.forEach((item, index) => {
    item.text = `How rested you felt, part ${index + 1}`;
    delete item._text;
  });
  return base;
}

describe('the clinic administrator', () => {
  it('invites a therapist, who accepts from the e-mailed link and lands on their workspace', async () => {
    const page = await newPage(h.browser);
    const consoleErrors = collectConsoleErrors(page);
    await signInAs(page, adminEmail);

    await nav(page).getByRole('link', { name: 'Clinic' }).click();
    await page.getByRole('heading', { name: 'Your clinic', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'clinic overview');

    await nav(page).getByRole('link', { name: 'Therapists' }).click();
    await page.getByRole('heading', { name: 'Therapists', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Samuel Mensah' }).waitFor();
    await expectNoAxeViolations(page, 'therapists');

    // Nothing typed: the message is next to the field, and nothing is sent.
    const email = page.getByLabel('Their e-mail address');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText('Please fill in this field.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await email.fill('not an address');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText('Please enter an e-mail address like name@example.org.').waitFor();

    const invitee = 'rowan.ellis@harbourside.example';
    await email.fill(invitee);
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText(`An invitation is on its way to ${invitee}.`).waitFor();
    await page.getByRole('button', { name: `Withdraw the invitation to ${invitee}` }).waitFor();
    await expectNoAxeViolations(page, 'therapists after inviting');

    const token = await invitationToken(invitee);
    const guest = await newPage(h.browser, 390, 844);
    await guest.goto(`${h.baseUrl}/invitations/${token}`);
    const clinic = await h.started.handle.db
      .selectFrom('clinics')
      .select('name')
      .where('id', '=', h.started.deps.defaultClinicId)
      .executeTakeFirstOrThrow();
    await guest.getByRole('heading', { name: `Join ${clinic.name}`, level: 1 }).waitFor();
    await guest.getByText(`invited ${invitee} to join as a therapist`, { exact: false }).waitFor();
    await expectNoAxeViolations(guest, 'accept invitation');

    // A password made of the e-mail address is refused before anything is sent.
    await guest.getByLabel('Your name').fill('Rowan Ellis');
    await guest.getByLabel('Password').fill('rowan.ellis1');
    await guest.getByRole('button', { name: 'Create my account' }).click();
    await guest
      .getByText('Please choose a password that does not contain your e-mail address or name.')
      .waitFor();
    await expectNoAxeViolations(guest, 'accept invitation with an error');
    expect(
      await h.started.handle.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', invitee)
        .execute(),
    ).toHaveLength(0);

    await guest.getByLabel('Password').fill('tide pools at low water');
    await guest.getByRole('button', { name: 'Create my account' }).click();
    await guest.getByRole('heading', { name: 'Your caseload', level: 1 }).waitFor();
    expect(new URL(guest.url()).pathname).toBe('/caseload');
    const created = await h.started.handle.db
      .selectFrom('users')
      .select(['role', 'display_name'])
      .where('email', '=', invitee)
      .executeTakeFirstOrThrow();
    expect(created).toEqual({ role: 'therapist', display_name: 'Rowan Ellis' });

    // The link worked once: opened again, it says so.
    await guest.goto(`${h.baseUrl}/invitations/${token}`);
    await guest.getByRole('heading', { name: 'This link cannot be used', level: 1 }).waitFor();
    await guest
      .getByText('This invitation was already used or withdrawn.', { exact: false })
      .waitFor();

    // Signed out, they sign in with what they chose and reach their workspace again.
    await guest.getByRole('button', { name: 'Sign out' }).click();
    await guest.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await guest.getByLabel('E-mail address').fill(invitee);
    await guest.getByLabel('Password').fill('tide pools at low water');
    await guest.getByRole('button', { name: 'Sign in' }).click();
    await guest.getByRole('heading', { name: /Hello/ }).waitFor();
    await nav(guest).getByRole('link', { name: 'Caseload' }).click();
    await guest.getByRole('heading', { name: 'Your caseload', level: 1 }).waitFor();
    await guest.context().close();

    // Back on the admin's page, the accepted invitation is no longer waiting.
    await page.reload();
    await page.getByRole('heading', { name: 'Rowan Ellis' }).waitFor();
    expect(
      await page.getByRole('button', { name: `Withdraw the invitation to ${invitee}` }).count(),
    ).toBe(0);
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    await page.context().close();
  });

  it('checks credentials, and deactivates a therapist after a confirmation that says what happens', async () => {
    const page = await newPage(h.browser);
    await signInAs(page, adminEmail);
    await page.goto(`${h.baseUrl}/admin/therapists`);
    const samuel = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Samuel Mensah', level: 3 }),
    });
    await samuel.getByText('Credentials not yet checked').waitFor();
    await samuel.getByRole('button', { name: 'Mark credentials as checked' }).click();
    await page.getByText('Samuel Mensah’s credentials are marked as checked.').waitFor();
    await samuel.getByText('✓ Credentials checked').waitFor();

    await samuel.getByRole('button', { name: 'Deactivate Samuel Mensah' }).click();
    const confirm = samuel.getByRole('group', { name: 'Deactivate Samuel Mensah?' });
    await confirm.getByText('They are signed out everywhere at once').waitFor();
    await confirm.getByText('Their profile leaves the directory').waitFor();
    await confirm.getByText(/current clients will need a new therapist/).waitFor();
    await expectNoAxeViolations(page, 'deactivation confirmation');
    // Cancel changes nothing.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await samuel.getByText('Active', { exact: true }).waitFor();

    await samuel.getByRole('button', { name: 'Deactivate Samuel Mensah' }).click();
    await samuel.getByRole('button', { name: 'Yes, deactivate Samuel Mensah' }).click();
    await page.getByText('Samuel Mensah is deactivated.', { exact: false }).waitFor();
    await samuel.getByText('Deactivated', { exact: true }).waitFor();
    const reassign = page.getByRole('region', { name: 'Clients who need a new therapist' });
    await reassign.getByText('Marcus Reid, who was seeing Samuel Mensah').waitFor();
    await expectNoAxeViolations(page, 'therapists after a deactivation');
    const row = await h.started.handle.db
      .selectFrom('users')
      .select('status')
      .where('email', '=', 'samuel.mensah@harbourside.example')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('deactivated');

    await samuel.getByRole('button', { name: 'Reactivate Samuel Mensah' }).click();
    await page.getByText('Samuel Mensah can sign in again.').waitFor();
    await page.context().close();
  });

  it('changes a threshold and sees it saved; an invalid value gets its message next to the field', async () => {
    const page = await newPage(h.browser);
    await signInAs(page, adminEmail);
    await nav(page).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Clinic settings', level: 1 }).waitFor();
    await page.getByText('One standard deviation (sooner)').waitFor();
    await expectNoAxeViolations(page, 'settings');

    const threshold = page.getByLabel('Low alliance: a check-in score below');
    expect(await threshold.inputValue()).toBe('9');
    await threshold.fill('8.5');
    await page
      .getByLabel('Remind a client about an unanswered check-in after, in hours')
      .fill('24');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText('The settings are saved.', { exact: false }).waitFor();
    const clinicId = h.started.deps.defaultClinicId;
    const stored = await readClinicSettings(h.started.handle.db, clinicId);
    expect(stored?.signals?.lowAlliance?.scoreBelow).toBe(8.5);
    expect(stored?.reminders).toEqual({ checkinReminderHours: 24 });

    await page.reload();
    await page.getByRole('heading', { name: 'Clinic settings', level: 1 }).waitFor();
    expect(await page.getByLabel('Low alliance: a check-in score below').inputValue()).toBe('8.5');

    // Out of range: the server's message sits with the field, and nothing is saved.
    await page.getByLabel('Low alliance: a check-in score below').fill('12');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByRole('alert').getByText('Some settings need another look').waitFor();
    const field = page.locator('.field').filter({
      has: page.getByLabel('Low alliance: a check-in score below'),
    });
    await field.getByText('Use a value of at most 10.').waitFor();
    const input = page.getByLabel('Low alliance: a check-in score below');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ').length).toBe(2);
    await expectNoAxeViolations(page, 'settings with an error');
    const after = await readClinicSettings(h.started.handle.db, clinicId);
    expect(after?.signals?.lowAlliance?.scoreBelow).toBe(8.5);
    await page.context().close();
  });

  it('imports a questionnaire: a bad file gets every problem, a good one is listed', async () => {
    const page = await newPage(h.browser);
    await signInAs(page, adminEmail);
    await page.goto(`${h.baseUrl}/admin/instruments`);
    await page.getByRole('heading', { name: 'Questionnaires', level: 1 }).waitFor();
    await page.getByText('None imported yet.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'questionnaires');

    const file = page.getByLabel('Questionnaire file (JSON)');
    const bad = restQuestionnaire();
    bad.status = 'finished';
    delete bad.title;
    await file.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    const report = page.getByRole('table', { name: /What to fix/ });
    await report.waitFor();
    expect(await report.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    await report.getByRole('cell', { name: 'status', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'questionnaire import report');

    await file.setInputFiles({
      name: 'rest.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(restQuestionnaire())),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('“Rest this week” is imported.', { exact: false }).waitFor();
    await page.getByRole('rowheader', { name: 'Rest this week' }).waitFor();
    await page.context().close();
  });

  it('passes axe on every admin page, and the pages fit a phone', async () => {
    const page = await newPage(h.browser, 360, 740);
    await signInAs(page, adminEmail);
    // Each page, and something that shows its content has loaded.
    const pages: [string, string, string][] = [
      ['/admin', 'Your clinic', 'Reported concerns'],
      ['/admin/therapists', 'Therapists', 'Maya Okafor'],
      ['/admin/settings', 'Clinic settings', 'Check-ins used'],
      ['/admin/figures', 'Clinic figures', 'Rates by month'],
      ['/admin/instruments', 'Questionnaires', 'Imported questionnaires'],
      ['/admin/supervision', 'Supervision', 'Pair a supervisor with a therapist'],
      ['/admin/audit', 'Audit log', 'Audit log'],
      ['/clinic/concerns', 'Reported boundary concerns', 'Reported boundary concerns'],
    ];
    for (const [path, title, loaded] of pages) {
      await page.goto(`${h.baseUrl}${path}`);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      await page.getByText(loaded, { exact: true }).first().waitFor();
      // What sticks out (outside the tables that scroll on their own), to name it on failure.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter(
            (e) =>
              e.getBoundingClientRect().right > window.innerWidth + 0.5 &&
              !e.closest('.table-scroll'),
          )
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${path} fits a phone: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `${path} on a phone`);
    }
    // The figures explain the small-cell rule and offer each chart as a table.
    await page.goto(`${h.baseUrl}/admin/figures`);
    await page.getByText('shown as “fewer than 5”', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Flags by month' }).waitFor();
    await page.locator('canvas').first().waitFor();
    await page.getByText('Show the values as a table').first().click();
    await expectNoAxeViolations(page, 'figures with a table open');
    await page.context().close();
  });

  it('shows a therapist their own figures', async () => {
    const page = await newPage(h.browser);
    await signInAs(page, 'maya.okafor@harbourside.example');
    await nav(page).getByRole('link', { name: 'My figures' }).click();
    await page.getByRole('heading', { name: 'My figures', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Rates by month' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Per therapist' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'my figures');
    // Not an admin page for a therapist.
    await page.goto(`${h.baseUrl}/admin/settings`);
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.context().close();
  });
});
