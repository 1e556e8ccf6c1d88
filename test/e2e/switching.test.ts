/**
 * The client in charge, as one journey on the demo clinic (issue 6): Liam raises a concern from
 * My therapy, starts the ending flow, finds and books a free consultation with another therapist
 * through the questionnaire, hands over part of his history to her, sends his ending message and
 * ends; the new therapist reads the read-only hand-over (never Maya's private reflections); Liam
 * sees that reading in "Who saw my data". Then the administrator reads a reported boundary
 * concern. Every page passes axe and fits a 375-pixel-wide screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient, type Client } from '../helpers/app';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';
import { answerQuestionnaire, signInOn } from './journey';

let h: Harness;
const password = 'rapport-demo-2026';
const liam = 'liam.oconnell@harbourside.example';
const maya = 'maya.okafor@harbourside.example';
const sofia = 'sofia.castillo@harbourside.example';
const aisha = 'aisha.bello@harbourside.example';
const priya = 'priya.raman@harbourside.example';
const reflection = 'Noticed my own impatience with Liam today; keep it to supervision.';

async function apiAs(email: string): Promise<Client> {
  const api = createClient(h.started.app);
  const response = await api.login(email, password);
  expect(response.statusCode, email).toBe(200);
  return api;
}

async function idOf(email: string): Promise<string> {
  const row = await h.started.handle.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function signedIn(browser: Browser, email: string, width = 375): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 812 },
    locale: 'en-CA',
    timezoneId: 'America/Toronto',
  });
  const page = await context.newPage();
  await signInOn(page, h.baseUrl, email, password);
  return page;
}

/** axe, and nothing wider than the screen (no sideways scrolling on a phone). */
async function check(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `sideways scroll on ${what}`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, what);
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

let engagementId: string;

beforeAll(async () => {
  h = await startHarness({ RAPPORT_DEMO: '1' });
  const liamId = await idOf(liam);
  const engagement = await h.started.handle.db
    .selectFrom('engagements')
    .select('id')
    .where('client_id', '=', liamId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  engagementId = engagement.id;
  // Maya keeps a private reflection about Liam: it must never reach anyone else.
  const asMaya = await apiAs(maya);
  const written = await asMaya.request('POST', `/api/v1/engagements/${engagementId}/reflections`, {
    text: reflection,
  });
  expect(written.statusCode, written.body).toBe(201);
});
afterAll(async () => {
  await h?.close();
});

describe('switching therapist, from a concern to a hand-over', () => {
  it('Liam raises a concern, finds and meets Sofía, hands over, ends with Maya; Sofía reads it; Liam sees who looked', async () => {
    const page = await signedIn(h.browser, liam);
    const liamErrors = collectConsoleErrors(page);

    // My therapy → something feels off.
    await nav(page, 'My therapy');
    await page.getByRole('heading', { name: 'My therapy', level: 1 }).waitFor();
    await check(page, 'my therapy');
    await page.getByRole('link', { name: 'Something feels off with Maya Okafor?' }).click();
    await page.getByRole('heading', { name: 'Something feels off?', level: 1 }).waitFor();
    await check(page, 'concern form');
    await page.getByLabel('The way we work does not suit me').check();
    // The guidance for the category, with words for the next session.
    await page.getByRole('heading', { name: 'Saying it' }).waitFor();
    await check(page, 'concern form with guidance');
    const words = 'The homework feels like school. I would rather talk things through.';
    await page.getByLabel('In your own words (optional)').fill(words);
    await page.getByLabel('Share it with Maya Okafor now').check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you for saying it. Maya Okafor will see it').waitFor();
    await page.getByText(words).waitFor();
    await check(page, 'concern sent');

    // The ending flow, step by step: it points to the questionnaire.
    await nav(page, 'My therapy');
    await page.getByRole('link', { name: 'End or switch therapist' }).click();
    await page
      .getByRole('heading', { name: 'Ending your work with Maya Okafor', level: 1 })
      .waitFor();
    await page.getByRole('heading', { name: 'Take your history with you' }).waitFor();
    await check(page, 'ending flow');
    await page.getByRole('link', { name: 'Answer a few questions to find a good fit' }).click();
    await page.getByRole('heading', { name: 'Who might fit you?', level: 1 }).waitFor();
    await check(page, 'questionnaire');
    await answerQuestionnaire(page);
    await check(page, 'matches');

    // Sofía's page: her demo consultation hours, the first free slot, booked.
    const match = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /Sofía Castillo/ }) });
    await match.getByRole('link', { name: 'Sofía Castillo' }).click();
    await page.getByRole('heading', { name: 'Sofía Castillo', level: 1 }).waitFor();
    const slot = page.locator('.slot-day').first().getByRole('button').first();
    await slot.waitFor();
    await check(page, 'therapist page');
    await slot.click();
    await page.getByRole('heading', { name: 'Confirm your consultation' }).waitFor();
    await page.getByRole('button', { name: 'Book this consultation' }).click();
    await page.getByText(/Your consultation with Sofía Castillo is booked for/).waitFor();
    await check(page, 'booked');

    // Back to the ending flow: the hand-over step opens with this engagement chosen.
    await nav(page, 'My therapy');
    await page.getByRole('link', { name: 'End or switch therapist' }).click();
    await page.getByRole('link', { name: 'Choose what your new therapist receives' }).click();
    await page.getByRole('heading', { name: 'Hand-overs to a new therapist', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('History from').inputValue()).toBe(engagementId);
    const sofiaId = await idOf(sofia);
    await page.getByLabel('Who receives it').selectOption(sofiaId);
    await check(page, 'hand-over form');
    await page.getByLabel('Your check-in scores over time').uncheck();
    await page.getByLabel('A summary in your own words').check();
    const summary = 'Talking helps me more than worksheets. Work stress is the big one.';
    await page.getByLabel('Your summary').fill(summary);
    await page.getByLabel('How long they can read it (days)').fill('30');
    await page.getByRole('button', { name: 'Give consent and share' }).click();
    await page.getByText(/Your hand-over is shared\. Sofía Castillo can read it until/).waitFor();
    await page.getByText('From your work with Maya Okafor to Sofía Castillo').waitFor();
    await check(page, 'hand-over shared');

    // …and on to the end, with a reason and a message.
    await page.getByRole('link', { name: 'Back to ending your work with Maya Okafor' }).click();
    await page
      .getByRole('heading', { name: 'Ending your work with Maya Okafor', level: 1 })
      .waitFor();
    await page.getByLabel('Why are you ending?').selectOption('switched_therapist');
    const message = page.getByLabel('Your message');
    expect(await message.inputValue()).toContain('Maya Okafor');
    const goodbye =
      'Dear Maya,\n\nThank you for our sessions. I am moving to someone whose way of working suits me better.\n\nLiam';
    await message.fill(goodbye);
    await check(page, 'ending flow, filled in');
    await page.getByRole('button', { name: 'End my work with Maya Okafor' }).click();
    await page.getByRole('heading', { name: 'Your work has ended', level: 1 }).waitFor();
    await check(page, 'ending done');
    const ended = await h.started.handle.db
      .selectFrom('engagements')
      .select(['status', 'end_reason'])
      .where('id', '=', engagementId)
      .executeTakeFirstOrThrow();
    expect(ended).toEqual({ status: 'ended', end_reason: 'switched_therapist' });

    // Sofía signs in and reads the hand-over, read-only, without Maya's reflections.
    const sofiaPage = await signedIn(h.browser, sofia);
    const sofiaErrors = collectConsoleErrors(sofiaPage);
    await nav(sofiaPage, 'Hand-overs');
    await sofiaPage.getByRole('heading', { name: 'Hand-overs shared with you' }).waitFor();
    await check(sofiaPage, 'received hand-overs');
    await sofiaPage.getByRole('link', { name: /Read the hand-over/ }).click();
    await sofiaPage
      .getByRole('heading', { level: 1, name: /Hand-over from Liam O'Connell/ })
      .waitFor();
    await sofiaPage.getByText(summary).waitFor();
    expect(await sofiaPage.getByRole('textbox').count()).toBe(0);
    const seen = (await sofiaPage.locator('main').textContent()) ?? '';
    expect(seen).not.toContain(reflection);
    expect(seen).not.toContain(words);
    expect(seen).not.toContain('Thank you for our sessions');
    await check(sofiaPage, 'hand-over view');

    // Liam: Who saw my data lists Sofía's reading, in plain words.
    await nav(page, 'Your data');
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    await check(page, 'your data');
    await page.getByRole('link', { name: 'Who saw my data' }).click();
    await page.getByRole('heading', { name: 'Who saw my data', level: 1 }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'Read the hand-over you shared' })
      .filter({ hasText: 'Sofía Castillo, Therapist' })
      .first()
      .waitFor();
    await check(page, 'who saw my data');

    // The only failed load is the anonymous GET /me before signing in.
    const unexpected = (errors: string[]) => errors.filter((text) => !/status of 401/.test(text));
    expect(unexpected(liamErrors)).toEqual([]);
    expect(unexpected(sofiaErrors)).toEqual([]);
    await page.context().close();
    await sofiaPage.context().close();
  });

  it('the administrator reads a boundary concern a client reported', async () => {
    const asAisha = await apiAs(aisha);
    const aishaId = await idOf(aisha);
    const engagement = await h.started.handle.db
      .selectFrom('engagements')
      .select('id')
      .where('client_id', '=', aishaId)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    const text = 'He suggested we meet for a drink after our next session.';
    const reported = await asAisha.request('POST', '/api/v1/concerns', {
      engagementId: engagement.id,
      category: 'boundary',
      text,
      shareWithTherapist: false,
      reportToClinic: true,
    });
    expect(reported.statusCode, reported.body).toBe(201);

    const page = await signedIn(h.browser, priya);
    const errors = collectConsoleErrors(page);
    // (Reached from the clinic overview; opened by its address so the check does not depend on
    // how the administrator's menu is arranged.)
    await page.goto(`${h.baseUrl}/clinic/concerns`);
    await page.getByRole('heading', { name: 'Reported boundary concerns', level: 1 }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: text });
    await item.getByText('Aisha Bello, about Julien Marchand').waitFor();
    await item.getByText('not shared with the therapist').waitFor();
    await check(page, 'reported concerns');
    // The reading is audited, with Aisha as its subject, and she can see it in plain words.
    const reads = await h.started.handle.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', aishaId)
      .where('action', '=', 'concern.read')
      .execute();
    expect(reads.length).toBeGreaterThan(0);
    const seen = await asAisha.request('GET', '/api/v1/me/audit');
    expect(seen.json<{ items: { what: string }[] }>().items.map((i) => i.what)).toContain(
      'Read a concern you raised',
    );
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await page.context().close();
  });
});
