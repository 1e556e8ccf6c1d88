import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../helpers/factories';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';
import { phonePage, signInOn } from './journey';

let h: Harness;
let mayaId: string;
const password = 'rapport-demo-2026';
const maya = 'maya.okafor@harbourside.example';
const client = 'tomasz.nowak@harbourside.example';

/** The wall-clock time of an instant in a zone, "09:00". */
const clock = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));

// No availability is added here: the demo therapists' own weekly hours must be bookable.
beforeAll(async () => {
  h = await startHarness({ RAPPORT_DEMO: '1' });
  const row = await h.started.handle.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', maya)
    .executeTakeFirstOrThrow();
  mayaId = row.id;
});
afterAll(async () => {
  await h?.close();
});

const booked = () =>
  h.started.handle.db
    .selectFrom('consultations')
    .select(['id', 'starts_at', 'status', 'client_id'])
    .where('therapist_id', '=', mayaId)
    .where('status', '=', 'booked')
    .execute();

const instant = (value: Date | string) => new Date(value).getTime();

async function slotStarts(page: Page, within: string): Promise<string[]> {
  const buttons = page.locator(`${within} .slot-day button`);
  await buttons.first().waitFor();
  return buttons.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-start') ?? ''));
}

describe('moving a free consultation to another time', () => {
  it('a client books one of the demo hours, moves it, and is told kindly when the new time was just taken', async () => {
    const { context, page } = await phonePage(h.browser, 'America/Vancouver');
    const consoleErrors = collectConsoleErrors(page);
    await signInOn(page, h.baseUrl, client, password);

    // Book the first free time on Maya's page (her demo hours are mornings in Toronto).
    await page.goto(`${h.baseUrl}/therapists/${mayaId}`);
    await page.getByRole('heading', { name: 'Maya Okafor', level: 1 }).waitFor();
    const first = page.locator('.slot-day button').first();
    await first.waitFor();
    const firstStart = (await first.getAttribute('data-start')) ?? '';
    const toronto = clock(Date.parse(firstStart), 'America/Toronto');
    expect(toronto >= '09:00' && toronto < '12:00', toronto).toBe(true);
    await first.click();
    await page.getByRole('button', { name: 'Book this consultation' }).click();
    await page.getByText(/Your consultation with Maya Okafor is booked for/).waitFor();
    const [consultation] = await booked();
    expect(consultation && instant(consultation.starts_at)).toBe(Date.parse(firstStart));

    // My consultations: open the move, on the client's own clock.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My consultations' })
      .click();
    await page.getByRole('heading', { name: 'My consultations', level: 1 }).waitFor();
    await page
      .getByRole('button', {
        name: /^Move to another time: your consultation with Maya Okafor on /,
      })
      .click();
    await page.getByRole('heading', { name: 'Choose a new time' }).waitFor();
    await page
      .getByText('Free times with Maya Okafor, shown in your time zone (America/Vancouver).')
      .waitFor();
    const starts = await slotStarts(page, '.reschedule');
    // The current time is not offered again.
    expect(starts).not.toContain(firstStart);
    expect(starts.length).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'choosing a new time');

    // Choose the second free time, confirm, and see the new time.
    const target = starts[1]!;
    const shown = await page
      .locator(`.reschedule .slot[data-start="${target}"]`)
      .evaluate((node) => node.textContent ?? '');
    // On the client's clock, not Maya's (read in the browser, whose time-zone data may be newer).
    const onClock = (timeZone: string) =>
      page.evaluate(
        ([at, zone]) =>
          new Date(at).toLocaleTimeString('en', {
            hour: 'numeric',
            minute: '2-digit',
            timeZone: zone,
          }),
        [target, timeZone] as const,
      );
    expect(shown).toBe(await onClock('America/Vancouver'));
    expect(shown).not.toBe(await onClock('America/Toronto'));
    await page.locator(`.reschedule .slot[data-start="${target}"]`).click();
    await page.getByRole('heading', { name: 'Move your consultation' }).waitFor();
    await expectNoAxeViolations(page, 'confirming the move');
    await page.getByRole('button', { name: 'Yes, move it' }).click();
    await page
      .getByText(/^Your consultation with Maya Okafor is now on /)
      .first()
      .waitFor();
    const moved = await booked();
    expect(moved).toHaveLength(1);
    expect(moved[0]?.id).toBe(consultation?.id);
    expect(instant(moved[0]!.starts_at)).toBe(Date.parse(target));
    const when = page.locator('.consultation__when time');
    expect(Date.parse((await when.getAttribute('datetime')) ?? '')).toBe(Date.parse(target));
    await expectNoAxeViolations(page, 'moved');

    // Again, but someone books the chosen time between choosing and confirming.
    await page
      .getByRole('button', {
        name: /^Move to another time: your consultation with Maya Okafor on /,
      })
      .click();
    const again = await slotStarts(page, '.reschedule');
    const contested = again[0]!;
    await page.locator(`.reschedule .slot[data-start="${contested}"]`).click();
    await page.getByRole('heading', { name: 'Move your consultation' }).waitFor();
    const rival = await signUp(h.started.app, 'client', 'Quick Rival');
    const taken = await rival.request('POST', '/api/v1/consultations', {
      therapistId: mayaId,
      start: contested,
    });
    expect(taken.statusCode, taken.body).toBe(201);
    await page.getByRole('button', { name: 'Yes, move it' }).click();
    await page
      .getByText(
        'Someone has just taken that time, so your consultation has not moved. Please choose another time.',
      )
      .waitFor();
    // Nothing moved, and the taken time is no longer offered.
    const mine = (await booked()).find((row) => row.id === consultation?.id);
    expect(instant(mine!.starts_at)).toBe(Date.parse(target));
    await expect
      .poll(() => page.locator(`.reschedule .slot[data-start="${contested}"]`).count())
      .toBe(0);
    await expectNoAxeViolations(page, 'the time was just taken');

    // Keeping the current time closes the picker.
    await page.getByRole('button', { name: 'Keep the current time' }).click();
    await page
      .getByRole('button', {
        name: /^Move to another time: your consultation with Maya Okafor on /,
      })
      .waitFor();
    expect(await page.locator('.reschedule').count()).toBe(0);

    expect(consoleErrors.filter((text) => !/status of (401|409)/.test(text))).toEqual([]);
    await context.close();
  });
});
