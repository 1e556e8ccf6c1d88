import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, goodPassword } from '../helpers/app';
import { signUp, type Person } from '../helpers/factories';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';

let h: Harness;
let person: Person;
let mayaId: string;
const maya = 'maya.okafor@harbourside.example';
const demoPassword = 'rapport-demo-2026';
const noteText = 'Warm, direct; asked good questions about my sleep.';

beforeAll(async () => {
  h = await startHarness({ RAPPORT_DEMO: '1' });
  const asMaya = createClient(h.started.app);
  expect((await asMaya.login(maya, demoPassword)).statusCode).toBe(200);
  mayaId = (await asMaya.request('GET', '/api/v1/me')).json<{ user: { id: string } }>().user.id;
  // A weekly consultation rule on every day, so a slot is free whatever today is.
  for (let weekday = 0; weekday <= 6; weekday += 1) {
    const rule = await asMaya.request('POST', '/api/v1/therapists/me/availability', {
      kind: 'consultation',
      weekday,
      startTime: '09:00',
      endTime: '12:00',
      timeZone: 'America/Toronto',
    });
    expect(rule.statusCode, rule.body).toBe(201);
  }

  person = await signUp(h.started.app, 'client', 'Robin Compare');
  const from = new Date();
  const to = new Date(from.getTime() + 14 * 86_400_000);
  const slots = await person.request(
    'GET',
    `/api/v1/therapists/${mayaId}/slots?kind=consultation&from=${from.toISOString()}&to=${to.toISOString()}&tz=UTC`,
  );
  expect(slots.statusCode, slots.body).toBe(200);
  const start = slots.json<{ items: { start: string }[] }>().items[0]?.start;
  expect(start).toBeTruthy();
  const booked = await person.request('POST', '/api/v1/consultations', {
    therapistId: mayaId,
    start,
  });
  expect(booked.statusCode, booked.body).toBe(201);
  // Only consultations that have taken place count as "met": move this one to yesterday.
  const yesterday = Date.now() - 86_400_000;
  await h.started.handle.db
    .updateTable('consultations')
    .set({
      starts_at: new Date(yesterday),
      ends_at: new Date(yesterday + 15 * 60_000),
    })
    .where('id', '=', booked.json<{ id: string }>().id)
    .execute();
});
afterAll(async () => {
  await h?.close();
});

describe('comparing the therapists met and choosing one', () => {
  it('a client writes a private note, rates the fit, asks Maya to start, and Maya accepts', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-CA',
      timezoneId: 'America/Vancouver',
    });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(`${h.baseUrl}/sign-in`);
    await page.getByLabel('E-mail address').fill(person.email);
    await page.getByLabel('Password').fill(goodPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Hello/ }).waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My consultations' })
      .click();
    await page.getByRole('link', { name: 'Compare the therapists you met and choose one' }).click();
    await page.getByRole('heading', { name: 'Compare and choose', level: 1 }).waitFor();
    const column = page.getByRole('article', { name: 'Maya Okafor' });
    await column.getByText('Only you can see this.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'compare');

    await column.getByLabel('Your note about Maya Okafor').fill(noteText);
    await column.getByLabel('How well does Maya Okafor fit you?').fill('7.5');
    await column.getByRole('button', { name: 'Save my note about Maya Okafor' }).click();
    await page.getByText('Your note about Maya Okafor is saved.').waitFor();
    await expectNoAxeViolations(page, 'compare, saved');

    // Sealed at rest: the rating is stored, the words are not readable in the table.
    const notes = await h.started.handle.db
      .selectFrom('consultation_notes')
      .select(['note_ciphertext', 'fit_rating'])
      .where('client_id', '=', person.id)
      .execute();
    expect(notes).toHaveLength(1);
    expect(Number(notes[0]!.fit_rating)).toBe(7.5);
    expect(notes[0]!.note_ciphertext).not.toContain('sleep');
    expect(notes[0]!.note_ciphertext).not.toContain(noteText);

    await column.getByRole('button', { name: 'Start working with Maya Okafor' }).click();
    await page
      .getByText('You asked to start working with Maya Okafor. They will confirm.')
      .waitFor();
    const requested = await h.started.handle.db
      .selectFrom('engagements')
      .select(['id', 'status'])
      .where('client_id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(requested.status).toBe('consulting');
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    await context.close();

    // Maya accepts from the client's page.
    const therapist = await h.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-CA',
    });
    const mayaPage = await therapist.newPage();
    await mayaPage.goto(`${h.baseUrl}/sign-in`);
    await mayaPage.getByLabel('E-mail address').fill(maya);
    await mayaPage.getByLabel('Password').fill(demoPassword);
    await mayaPage.getByRole('button', { name: 'Sign in' }).click();
    await mayaPage.getByRole('heading', { name: /Hello/ }).waitFor();
    await mayaPage.goto(`${h.baseUrl}/engagements/${requested.id}`);
    await mayaPage
      .getByRole('heading', { name: 'Robin Compare asked to start working with you' })
      .waitFor();
    await expectNoAxeViolations(mayaPage, 'engagement request');
    await mayaPage.getByRole('button', { name: 'Accept', exact: true }).click();
    await mayaPage.getByText('You are now working with Robin Compare.').waitFor();
    const accepted = await h.started.handle.db
      .selectFrom('engagements')
      .select('status')
      .where('id', '=', requested.id)
      .executeTakeFirstOrThrow();
    expect(accepted.status).toBe('active');
    await therapist.close();
  });
});
