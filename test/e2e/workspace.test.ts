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

async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto(`${h.baseUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('rapport-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
}

describe("the therapist's workspace on the demo clinic", () => {
  it('opens the client with a rupture, reads why it was flagged, logs a repair note and resolves the flag', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-CA',
    });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await signInAs(page, 'maya.okafor@harbourside.example');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Caseload' })
      .click();
    await page.getByRole('heading', { name: 'Your caseload', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'caseload');

    await page.getByRole('link', { name: "Liam O'Connell" }).click();
    await page.getByRole('heading', { level: 1, name: /Liam O'Connell/ }).waitFor();
    // Both charts drew (uPlot renders a canvas) and each has its table alternative.
    await page.locator('canvas').nth(1).waitFor();
    expect(await page.locator('table caption').count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'client view');

    const flag = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'A comment suggests a rupture' }) });
    await flag.getByRole('button', { name: 'How to respond' }).click();
    await flag.getByText('Why it was raised').waitFor();
    await flag
      .getByText("I felt judged when you called my plans 'avoidance'.", { exact: false })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'flag detail');

    const note =
      'Named the quiet moment; she said "avoidance" felt like a verdict. Agreed to check the word together next time.';
    await flag.getByLabel('Log a repair conversation').fill(note);
    await flag.getByRole('button', { name: 'Save the note' }).click();
    await flag.getByText('Your repair note is saved.').waitFor();
    await flag.getByText(note).waitFor();

    await flag.getByRole('button', { name: 'Mark as resolved' }).click();
    await page.getByText(/Resolved flags \(\d+\)/).waitFor();
    const stored = await h.started.handle.db
      .selectFrom('signals as s')
      .innerJoin('repair_notes as r', 'r.signal_id', 's.id')
      .select(['s.kind', 's.status'])
      .execute();
    expect(stored).toEqual([{ kind: 'comment_rupture', status: 'resolved' }]);
    // The V shape itself shows as a repaired rupture.
    await page.getByText('Rupture repaired').first().waitFor();
    // The only failed load is the anonymous GET /me before signing in.
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    await context.close();
  });

  it('reads well on a phone', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-CA',
    });
    const page = await context.newPage();
    await signInAs(page, 'maya.okafor@harbourside.example');
    await page.goto(`${h.baseUrl}/caseload`);
    await page.getByRole('link', { name: "Liam O'Connell" }).click();
    await page.getByRole('heading', { level: 1, name: /Liam O'Connell/ }).waitFor();
    await page.locator('canvas').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'client view on a phone');
    await context.close();
  });
});

describe("the client's side of the goals", () => {
  it('shows the goals agreed with the therapist and takes the client’s own rating', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-CA',
    });
    const page = await context.newPage();
    await signInAs(page, 'grace.lindqvist@harbourside.example');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My therapy' })
      .click();
    await page.getByRole('heading', { name: 'My therapy', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Our goals' }).first().waitFor();
    await page.getByRole('button', { name: 'Rate this goal' }).first().waitFor();
    await expectNoAxeViolations(page, 'my therapy');
    const before = await h.started.handle.db
      .selectFrom('goal_ratings')
      .select('id')
      .where('rater_role', '=', 'client')
      .execute();

    await page.getByRole('button', { name: 'Rate this goal' }).first().click();
    const slider = page.getByRole('slider').first();
    await slider.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowRight');
    expect(await slider.getAttribute('aria-valuetext')).toBe('2.1 out of 10');
    await page.getByRole('button', { name: 'Save my rating' }).click();
    await expect
      .poll(
        async () =>
          (
            await h.started.handle.db
              .selectFrom('goal_ratings')
              .select('id')
              .where('rater_role', '=', 'client')
              .execute()
          ).length,
      )
      .toBe(before.length + 1);
    await expectNoAxeViolations(page, 'my therapy after rating');
    await context.close();
  });
});
