import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../helpers/app';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';
import { answerQuestionnaire, expectNoSidewaysScroll, phonePage, signInOn } from './journey';

let h: Harness;
const password = 'rapport-demo-2026';
const maya = 'maya.okafor@harbourside.example';
const client = 'tomasz.nowak@harbourside.example';

async function signedIn(email: string): Promise<Client> {
  const api = createClient(h.started.app);
  const response = await api.login(email, password);
  expect(response.statusCode).toBe(200);
  return api;
}

/** The wall-clock time of an instant in a zone, "09:00". */
const clock = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));

beforeAll(async () => {
  h = await startHarness({ RAPPORT_DEMO: '1' });
  // Maya's demo hours are a few mornings a week; open 09:00–12:00 (America/Toronto) every day,
  // so that a slot is free whatever today is.
  const asMaya = await signedIn(maya);
  for (let weekday = 0; weekday <= 6; weekday += 1) {
    const response = await asMaya.request('POST', '/api/v1/therapists/me/availability', {
      kind: 'consultation',
      weekday,
      startTime: '09:00',
      endTime: '12:00',
      timeZone: 'America/Toronto',
    });
    expect(response.statusCode, response.body).toBe(201);
  }
});
afterAll(async () => {
  await h?.close();
});

describe('finding a therapist and booking a free consultation', () => {
  it('an anonymous visitor browses the directory and is invited to sign in to book', async () => {
    const { context, page } = await phonePage(h.browser, 'America/Vancouver');
    await page.goto(`${h.baseUrl}/`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Find a therapist' })
      .click();
    await page.getByRole('heading', { name: 'Find a therapist', level: 1 }).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Maya Okafor' }) });
    await card.getByText('Credentials checked').waitFor();
    await card.getByText(/^anxiety, depression, burnout/).waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, 'directory');

    // A filter nobody meets leaves an empty state that suggests widening the filters.
    await page.getByLabel('Highest fee per session').fill('1');
    await page.getByRole('button', { name: 'Show therapists' }).click();
    await page.getByText('No therapist matches all of these filters').waitFor();
    await expectNoAxeViolations(page, 'directory, empty');

    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await card.getByRole('link', { name: 'Maya Okafor' }).click();
    await page.getByRole('heading', { name: 'Maya Okafor', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Sign in to book' }).waitFor();
    await page.locator('.slot-day').first().waitFor();
    expect(await page.locator('.slot-day button').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, 'therapist page, anonymous');
    await context.close();
  });

  it('a client in Vancouver answers the questionnaire, books Maya in Toronto, and both see the same instant', async () => {
    const { context, page } = await phonePage(h.browser, 'America/Vancouver');
    const consoleErrors = collectConsoleErrors(page);
    await signInOn(page, h.baseUrl, client, password);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Find a therapist' })
      .click();
    await page.getByRole('heading', { name: 'Find a therapist', level: 1 }).waitFor();
    await page.getByRole('link', { name: /Answer a few questions/ }).click();

    // The questionnaire.
    await page.getByRole('heading', { name: 'Who might fit you?', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'questionnaire');
    await answerQuestionnaire(page);
    const result = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /Maya Okafor/ }) });
    await result.getByText('Works with anxiety').waitFor();
    await result.getByText(/Fit: \d+ out of 100/).waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, 'questionnaire results');

    // Maya's page: slots grouped by day on the client's own clock.
    await result.getByRole('link', { name: 'Maya Okafor' }).click();
    await page.getByRole('heading', { name: 'Maya Okafor', level: 1 }).waitFor();
    await page.getByText('Times are shown in your time zone (America/Vancouver).').waitFor();
    // Maya's scheduled sessions take some of her mornings, so take the first free slot. It is
    // shown on the client's clock (the browser's zone), not Maya's. (The offset itself comes from
    // the browser's time-zone data, which may be newer than the server's, so it is read there.)
    const slot = page.locator('.slot-day').first().getByRole('button').first();
    await slot.waitFor();
    const shownStart = Date.parse((await slot.getAttribute('data-start')) ?? '');
    const shown = (await slot.textContent()) ?? '';
    const onClock = (timeZone: string) =>
      page.evaluate(
        ([instant, zone]) =>
          new Date(instant).toLocaleTimeString('en', {
            hour: 'numeric',
            minute: '2-digit',
            timeZone: zone,
          }),
        [shownStart, timeZone] as const,
      );
    expect(shown).toBe(await onClock('America/Vancouver'));
    expect(shown).not.toBe(await onClock('America/Toronto'));
    const toronto = clock(shownStart, 'America/Toronto');
    expect(toronto >= '09:00' && toronto < '12:00', toronto).toBe(true);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, 'therapist page');

    await slot.click();
    await page.getByRole('heading', { name: 'Confirm your consultation' }).waitFor();
    await expectNoAxeViolations(page, 'confirming a booking');
    await page.getByRole('button', { name: 'Book this consultation' }).click();
    await page.getByText(/Your consultation with Maya Okafor is booked for/).waitFor();
    const calendar = page.getByRole('link', { name: 'Download the calendar file' });
    expect(await calendar.getAttribute('href')).toMatch(
      /^\/api\/v1\/consultations\/[0-9a-f-]+\/calendar\.ics$/,
    );
    await expectNoAxeViolations(page, 'booked');

    // Stored as the instant shown.
    const stored = await h.started.handle.db
      .selectFrom('consultations')
      .select(['id', 'starts_at', 'status', 'client_time_zone'])
      .execute();
    expect(stored).toHaveLength(1);
    const row = stored[0]!;
    expect(new Date(row.starts_at as unknown as string | Date).getTime()).toBe(shownStart);
    expect(row.client_time_zone).toBe('America/Vancouver');

    // Maya sees it in her morning block, on her own clock.
    const asMaya = await signedIn(maya);
    const list = await asMaya.request('GET', '/api/v1/consultations');
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: { id: string; start: string; clientName: string }[] }>().items;
    const mine = items.find((item) => item.id === row.id);
    expect(mine?.clientName).toBe('Tomasz Nowak');
    expect(Date.parse(mine?.start ?? '')).toBe(shownStart);
    expect(clock(Date.parse(mine?.start ?? ''), 'America/Toronto')).toBe(toronto);

    // My consultations: listed, then cancelled after confirming.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My consultations' })
      .click();
    await page.getByRole('heading', { name: 'My consultations', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Maya Okafor', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Download the calendar file' }).waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, 'my consultations');
    await page.getByRole('button', { name: /^Cancel the consultation with Maya Okafor/ }).click();
    await page.getByText('Cancel this consultation? The therapist will be told.').waitFor();
    await expectNoAxeViolations(page, 'confirming a cancellation');
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByText('You have no upcoming consultation.').waitFor();
    const after = await h.started.handle.db
      .selectFrom('consultations')
      .select(['status', 'cancelled_by'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'cancelled', cancelled_by: 'client' });

    // The only failed load is the anonymous GET /me before signing in.
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    await context.close();
  });
});
