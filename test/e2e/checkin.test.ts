import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import { activeEngagement } from '../helpers/factories';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A session that took place yesterday, marked attended: the client gets a link by e-mail. */
async function linkForAttendedSession(): Promise<{ token: string; clientId: string }> {
  const { client, therapist, engagementId } = await activeEngagement(h.started.app);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  const session = await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
    scheduledAt: yesterday,
  });
  await therapist.request('PATCH', `/api/v1/sessions/${session.json<{ id: string }>().id}`, {
    status: 'attended',
  });
  const rows = await h.started.handle.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('recipient_id', '=', client.id)
    .execute();
  const body = rows.map((row) => openOutboxRow(h.started.deps.sealer, row).body).join('\n');
  const token = /\/checkin\/([A-Za-z0-9_-]{43})/.exec(body)?.[1];
  if (!token) throw new Error('no check-in link in the outbox');
  return { token, clientId: client.id };
}

describe('the check-in page on a phone', () => {
  it('is completed from the e-mail link with the keyboard, shows crisis resources for risk language, and works once', async () => {
    const { token, clientId } = await linkForAttendedSession();
    const context = await h.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-CA',
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(`${h.baseUrl}/checkin/${token}`);
    await page
      .getByRole('heading', { name: 'How did your session with Therapist feel?' })
      .waitFor();
    // Session 1: the gentle "is this a good fit?" reflection.
    await page.getByRole('heading', { name: 'Is this a good fit for me?' }).waitFor();
    await expectNoAxeViolations(page, 'check-in form');

    // Sending nothing explains what is missing and stores nothing.
    await page.getByRole('button', { name: 'Send my check-in' }).click();
    await page.getByRole('alert').getByText('Please answer every question').waitFor();
    await expectNoAxeViolations(page, 'check-in form with errors');

    const sliders = page.getByRole('slider');
    expect(await sliders.count()).toBe(9);
    const first = sliders.first();
    await first.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageDown');
    expect(await first.getAttribute('aria-valuetext')).toBe('8.8 out of 10');
    for (let i = 1; i < 9; i++) {
      await sliders.nth(i).focus();
      await page.keyboard.press('End');
      for (let step = 0; step < i; step++) await page.keyboard.press('ArrowLeft');
    }
    expect(await sliders.nth(3).getAttribute('aria-valuetext')).toBe('9.7 out of 10');

    await page
      .getByLabel('Anything you would like to add? (optional)')
      .fill('Good session. Lately I feel like everyone would be better off without me.');
    await page.getByRole('button', { name: 'Send my check-in' }).click();
    const crisis = page
      .getByRole('alert')
      .filter({ hasText: 'You do not have to go through this alone' });
    await crisis.waitFor();
    expect(await crisis.getByRole('link', { name: 'Call 988' }).count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    await expectNoAxeViolations(page, 'thank-you with crisis resources');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const stored = await h.started.handle.db
      .selectFrom('checkins')
      .select(['instrument_id', 'answers'])
      .where('respondent_id', '=', clientId)
      .orderBy('instrument_id')
      .execute();
    expect(stored.map((row) => row.instrument_id)).toEqual(['alliance', 'wellbeing']);
    expect(stored[0]?.answers).toEqual({
      heard: 8.8,
      goals: 9.9,
      approach: 9.8,
      safety: 9.7,
      overall: 9.6,
    });

    // The link works once.
    await page.goto(`${h.baseUrl}/checkin/${token}`);
    await page.getByText('This check-in is already done').waitFor();
    // The only failed loads are the expected ones: not signed in (401) and the used link (410).
    expect(consoleErrors.filter((text) => !/status of (401|410)/.test(text))).toEqual([]);
    await context.close();
  });
});
