import type { Locator } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodPassword } from '../helpers/app';
import { profileBody } from '../helpers/directory';
import { signUp, type Person } from '../helpers/factories';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';
import { expectNoSidewaysScroll, phonePage, signInOn } from './journey';

let h: Harness;
let therapist: Person;
const name = 'Noor Haddad';

beforeAll(async () => {
  h = await startHarness();
  therapist = await signUp(h.started.app, 'therapist', name);
  const saved = await therapist.request(
    'PUT',
    '/api/v1/therapists/me/profile',
    profileBody({ displayName: name, timeZone: 'America/Toronto' }),
  );
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(async () => {
  await h?.close();
});

/** The image has loaded and decoded in the browser (a broken image has no natural size). */
async function expectLoaded(image: Locator): Promise<number> {
  await image.waitFor();
  // Cards load their photo lazily, when scrolled near.
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete))
    .toBe(true);
  const width = await image.evaluate((element: HTMLImageElement) => element.naturalWidth);
  expect(width).toBeGreaterThan(0);
  return width;
}

describe('a therapist adds a photo to their profile', () => {
  it('uploads it in the editor, sees it in the preview, and clients see it on the card and the page', async () => {
    const { context, page } = await phonePage(h.browser, 'America/Toronto');
    const consoleErrors = collectConsoleErrors(page);
    await signInOn(page, h.baseUrl, therapist.email, goodPassword);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My profile' })
      .click();
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    await page.getByText('You have no photo yet.').waitFor();
    await expectNoAxeViolations(page, 'profile editor without a photo');

    // A GIF is refused in the browser already, with a message that says what to choose.
    const gif = await sharp({
      create: { width: 40, height: 40, channels: 3, background: { r: 1, g: 2, b: 3 } },
    })
      .gif()
      .toBuffer();
    await page
      .getByLabel('Choose a photo')
      .setInputFiles({ name: 'me.gif', mimeType: 'image/gif', buffer: gif });
    await page.getByText('Please choose a photo in JPEG, PNG or WebP format.').waitFor();
    await expectNoAxeViolations(page, 'profile editor, wrong type');

    // A landscape JPEG is uploaded and comes back as a square.
    const jpeg = await sharp({
      create: { width: 900, height: 600, channels: 3, background: { r: 40, g: 120, b: 90 } },
    })
      .jpeg()
      .toBuffer();
    await page
      .getByLabel('Choose a photo')
      .setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await page.getByText('Your photo is saved.').first().waitFor();
    const preview = page.getByRole('region', { name: 'Preview' });
    const previewPhoto = preview.getByRole('img', { name: `Photo of ${name}` });
    expect(await expectLoaded(previewPhoto)).toBe(512);
    // The editor now offers to replace it.
    await page.getByLabel('Choose another photo').waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, 'profile editor with a photo');

    // Clients see it in the directory and on the therapist's page.
    const { context: client, page: visitor } = await phonePage(
      context.browser()!,
      'America/Vancouver',
    );
    const visitorErrors = collectConsoleErrors(visitor);
    await visitor.goto(`${h.baseUrl}/therapists`);
    const card = visitor
      .getByRole('listitem')
      .filter({ has: visitor.getByRole('heading', { name }) });
    await expectLoaded(card.getByRole('img', { name: `Photo of ${name}` }));
    await expectNoAxeViolations(visitor, 'directory with a photo');
    await card.getByRole('link', { name }).click();
    await visitor.getByRole('heading', { name, level: 1 }).waitFor();
    await expectLoaded(visitor.getByRole('img', { name: `Photo of ${name}` }));
    await expectNoSidewaysScroll(visitor);
    await expectNoAxeViolations(visitor, 'therapist page with a photo');

    // The therapist removes it, after confirming; the preview follows.
    await page.getByRole('button', { name: 'Remove my photo' }).click();
    await page.getByText('Remove your photo from your profile?').first().waitFor();
    await expectNoAxeViolations(page, 'confirming the removal');
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByText('Your photo is removed.').first().waitFor();
    expect(await preview.getByRole('img').count()).toBe(0);
    await visitor.reload();
    await visitor.getByRole('heading', { name, level: 1 }).waitFor();
    expect(await visitor.getByRole('img', { name: `Photo of ${name}` }).count()).toBe(0);

    // The 401s are the session checks before signing in (and the anonymous visitor's).
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    expect(visitorErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    await client.close();
    await context.close();
  });
});
