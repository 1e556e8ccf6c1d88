import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { goodPassword } from '../helpers/app';
import { activeEngagement, signUp, type Person } from '../helpers/factories';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function signedIn(browser: Browser, person: Person, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'en-CA',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${h.baseUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password').fill(goodPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
  return page;
}

describe('switching therapist with a hand-over', () => {
  it('the client shares a hand-over, the new therapist reads it, the client withdraws it and sees who looked', async () => {
    const app = h.started.app;
    const { client, engagementId } = await activeEngagement(app);
    const newTherapist = await signUp(app, 'therapist', 'Noor Haddad');
    const asked = await client.request('POST', '/api/v1/engagements', {
      therapistId: newTherapist.id,
    });
    expect(asked.statusCode).toBe(201);
    const goal = await client.request('POST', `/api/v1/engagements/${engagementId}/goals`, {
      title: 'Say no without guilt',
    });
    expect(goal.statusCode).toBe(201);

    // The client: Your data → Hand-overs → share one with Noor.
    const page = await signedIn(h.browser, client, 390);
    const clientErrors = collectConsoleErrors(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Your data' })
      .click();
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'your data');
    await page.getByRole('link', { name: 'Hand-overs to a new therapist' }).click();
    await page.getByRole('heading', { name: 'Hand-overs to a new therapist', level: 1 }).waitFor();
    await page.getByText('You have not shared a hand-over yet.').waitFor();
    await expectNoAxeViolations(page, 'hand-over form');

    await expect.poll(() => page.getByLabel('Who receives it').inputValue()).toBe(newTherapist.id);
    await page.getByLabel('A summary in your own words').check();
    const summary = 'Small steps worked best. Please go gently around family topics.';
    await page.getByLabel('Your summary').fill(summary);
    await page.getByLabel('How long they can read it (days)').fill('10');
    await page.getByRole('button', { name: 'Give consent and share' }).click();
    await page.getByText(/Your hand-over is shared\. Noor Haddad can read it until/).waitFor();
    await page.getByText('From your work with Therapist to Noor Haddad').waitFor();
    await expectNoAxeViolations(page, 'hand-over list');

    // The new therapist reads it, read-only.
    const therapistPage = await signedIn(h.browser, newTherapist);
    const therapistErrors = collectConsoleErrors(therapistPage);
    await therapistPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Hand-overs' })
      .click();
    await therapistPage.getByRole('heading', { name: 'Hand-overs shared with you' }).waitFor();
    await expectNoAxeViolations(therapistPage, 'received hand-overs');
    await therapistPage.getByRole('link', { name: /Read the hand-over/ }).click();
    await therapistPage.getByRole('heading', { level: 1, name: /Hand-over from Client/ }).waitFor();
    await therapistPage.getByText(summary).waitFor();
    await therapistPage.getByText('Say no without guilt').waitFor();
    expect(await therapistPage.getByRole('textbox').count()).toBe(0);
    await expectNoAxeViolations(therapistPage, 'hand-over view');
    const viewUrl = therapistPage.url();

    // The client withdraws consent…
    await page.getByRole('button', { name: 'Withdraw consent' }).click();
    await page
      .getByText('Consent withdrawn. Noor Haddad can no longer read this hand-over.')
      .waitFor();
    await page.getByText(/Withdrawn on/).waitFor();

    // …and the therapist can no longer see it.
    await therapistPage.goto(viewUrl);
    await therapistPage.getByText(/This hand-over is not available/).waitFor();
    expect(await therapistPage.getByText(summary).count()).toBe(0);
    await expectNoAxeViolations(therapistPage, 'withdrawn hand-over');
    await therapistPage.goto(`${h.baseUrl}/handovers/received`);
    await therapistPage.getByText('No client has shared a hand-over with you right now.').waitFor();

    // Who saw my data: the therapist's reading is there, in plain words.
    await page.goto(`${h.baseUrl}/my-data`);
    await page.getByRole('link', { name: 'Who saw my data' }).click();
    await page.getByRole('heading', { name: 'Who saw my data', level: 1 }).waitFor();
    const row = page
      .getByRole('row')
      .filter({ hasText: 'Read the hand-over you shared' })
      .filter({ hasText: 'Noor Haddad, Therapist' });
    await row.first().waitFor();
    await expectNoAxeViolations(page, 'who saw my data');

    // The only failed loads are the anonymous GET /me before signing in and the refused read.
    const unexpected = (errors: string[]) =>
      errors.filter((text) => !/status of (401|404)/.test(text));
    expect(unexpected(clientErrors)).toEqual([]);
    expect(unexpected(therapistErrors)).toEqual([]);
    await page.context().close();
    await therapistPage.context().close();
  });

  it('the client downloads their data and deletes their account', async () => {
    const client = await signUp(h.started.app, 'client', 'Leaving Soon');
    const page = await signedIn(h.browser, client);
    await page.goto(`${h.baseUrl}/my-data`);
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download as a spreadsheet (CSV)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^rapport-checkins-.*\.csv$/);

    await page.getByRole('button', { name: 'Delete my account for good' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoAxeViolations(page, 'delete form with errors');
    await page.getByLabel('Your password').fill(goodPassword);
    await page.getByLabel('To confirm, type: delete my account').fill('delete my account');
    await page.getByRole('button', { name: 'Delete my account for good' }).click();
    await page.getByRole('heading', { name: 'Your account is deleted', level: 1 }).waitFor();
    await page.getByText(/The clinic keeps only its access log/).waitFor();
    await expectNoAxeViolations(page, 'account deleted');
    const gone = await h.started.handle.db
      .selectFrom('users')
      .select('id')
      .where('id', '=', client.id)
      .execute();
    expect(gone).toEqual([]);
    await page.context().close();
  });
});
