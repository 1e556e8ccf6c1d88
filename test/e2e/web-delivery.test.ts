/**
 * The check-in page as a phone downloads it (issue 9): only the person's language, only the
 * pages it shows, every script compressed and cached for good, the page's data asked for once
 * and at the start, and never a message key on screen while a language arrives.
 */
import type { Page, Response } from 'playwright-core';
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
async function checkinLink(): Promise<string> {
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
  return token;
}

function recordResponses(page: Page): Response[] {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  return responses;
}

const pathOf = (response: Response) => new URL(response.url()).pathname;
const scripts = (responses: Response[]) =>
  responses.filter((r) => /^\/assets\/.+\.js$/.test(pathOf(r))).map((r) => pathOf(r));

/** A message key on screen (`checkin.title`) instead of its words. */
async function expectNoMessageKeys(page: Page, what: string): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text, what).not.toMatch(
    /\b(app|shell|nav|checkin|error|form|account|language|crisis)\.[a-z][A-Za-z_]+\b/,
  );
}

describe('the check-in page', () => {
  it('opens in French for a French browser, downloading French only, its data once, and scripts compressed and cached', async () => {
    const token = await checkinLink();
    const context = await h.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'fr-FR',
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    const responses = recordResponses(page);
    await page.goto(`${h.baseUrl}/checkin/${token}`);
    await page
      .getByRole('heading', { name: 'Comment avez-vous vécu votre séance avec Therapist?' })
      .waitFor();
    await page.getByRole('button', { name: 'Envoyer mon bilan' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expectNoMessageKeys(page, 'check-in in French');
    await expectNoAxeViolations(page, 'check-in form in French');

    // Who is signed in and the questions: each asked for once, although two components use them.
    const api = responses.map(pathOf).filter((path) => path.startsWith('/api/'));
    expect(api.filter((path) => path === '/api/v1/me')).toHaveLength(1);
    expect(api.filter((path) => path === `/api/v1/checkin-links/${token}`)).toHaveLength(1);

    // The French messages came as their own file; no other page's code came at all.
    const loaded = scripts(responses);
    expect(loaded.some((path) => /\/fr-[\w-]+\.js$/.test(path))).toBe(true);
    for (const other of ['Caseload', 'Directory', 'Account', 'SignUp', 'Home', 'Engagement'])
      expect(
        loaded.filter((path) => path.includes(`/${other}-`)),
        other,
      ).toEqual([]);

    // Every script and style sheet compressed (they are all well over a kilobyte) and cached for
    // a year; the page itself is checked again on each visit.
    const assets = responses.filter((r) => /^\/assets\/.+\.(js|css)$/.test(pathOf(r)));
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      const headers = await asset.allHeaders();
      expect(['br', 'gzip'], pathOf(asset)).toContain(headers['content-encoding']);
      expect(headers['cache-control'], pathOf(asset)).toBe('public, max-age=31536000, immutable');
    }
    const html = responses.find((r) => pathOf(r) === `/checkin/${token}`);
    expect((await html?.allHeaders())?.['cache-control']).toBe('no-cache');

    // The one expected failure: nobody is signed in (401 from /me).
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    await context.close();
  });

  it('changes language on demand, fetching French only when asked, and never shows a key meanwhile', async () => {
    const token = await checkinLink();
    const context = await h.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-CA',
      isMobile: true,
    });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    const responses = recordResponses(page);
    await page.goto(`${h.baseUrl}/checkin/${token}`);
    await page
      .getByRole('heading', { name: 'How did your session with Therapist feel?' })
      .waitFor();
    expect(scripts(responses).filter((path) => /\/fr-[\w-]+\.js$/.test(path))).toEqual([]);

    await page.getByLabel('Language').selectOption('fr');
    await expectNoMessageKeys(page, 'right after choosing French');
    await page
      .getByRole('heading', { name: 'Comment avez-vous vécu votre séance avec Therapist?' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(scripts(responses).filter((path) => /\/fr-[\w-]+\.js$/.test(path))).toHaveLength(1);
    await expectNoMessageKeys(page, 'in French');

    // Back to the browser's language: English is already here, and French is not fetched again.
    await page.getByLabel('Langue').selectOption('');
    await page
      .getByRole('heading', { name: 'How did your session with Therapist feel?' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(scripts(responses).filter((path) => /\/fr-[\w-]+\.js$/.test(path))).toHaveLength(1);
    await expectNoMessageKeys(page, 'back in English');
    await expectNoAxeViolations(page, 'check-in form after changing language twice');

    // The one expected failure: nobody is signed in (401 from /me).
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    await context.close();
  });
});

describe('a page left open across an upgrade', () => {
  it('loads itself again when a page’s code of the old build is gone, and then shows that page', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(`${h.baseUrl}/`);
    await page.getByRole('link', { name: 'Find a therapist' }).first().waitFor();
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    // The directory's chunk is missing once, as after an upgrade; the reloaded page finds it.
    let refused = 0;
    await page.route(/\/assets\/Directory-[\w-]+\.js$/, async (route) => {
      if (refused++ === 0) await route.fulfill({ status: 404, body: '' });
      else await route.fallback();
    });
    await page.getByRole('link', { name: 'Find a therapist' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Find a therapist' }).waitFor();
    expect(refused).toBe(2);
    expect(loads).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/therapists');
    // Only what the missing chunk itself explains: the 404, and the old page's React noting the
    // empty module while the reload is already under way.
    expect(
      consoleErrors.filter(
        (text) => !/status of (401|404)|lazy: Expected the result of a dynamic import/.test(text),
      ),
    ).toEqual([]);
    await context.close();
  });
});
