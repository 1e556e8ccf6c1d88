import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';
import { expectNoSidewaysScroll, phonePage, signInOn } from './journey';

let h: Harness;
const password = 'rapport-demo-2026';
const samuel = 'samuel.mensah@harbourside.example';

beforeAll(async () => {
  h = await startHarness({ RAPPORT_DEMO: '1' });
});
afterAll(async () => {
  await h?.close();
});

describe('a therapist edits their profile', () => {
  it('changes the bio, sees the preview follow, saves, and the public page shows it', async () => {
    const { context, page } = await phonePage(h.browser, 'America/Toronto');
    const consoleErrors = collectConsoleErrors(page);
    await signInOn(page, h.baseUrl, samuel, password);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My profile' })
      .click();
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    const bio = page.getByLabel('About your practice');
    await bio.waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, 'profile editor');

    // The preview follows the form before anything is saved.
    const newBio = 'I work with people finding their feet after a move, at their own pace.';
    await bio.fill(newBio);
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByText(newBio).waitFor();

    // Make sure the profile can be published, then save it.
    const languages = page.getByRole('group', { name: 'Languages you offer sessions in' });
    if ((await languages.getByRole('checkbox', { checked: true }).count()) === 0) {
      await languages.getByLabel('English', { exact: true }).check();
    }
    const modes = page.getByRole('group', { name: 'How you meet clients' });
    if ((await modes.getByRole('checkbox', { checked: true }).count()) === 0) {
      await modes.getByLabel('Online', { exact: true }).check();
    }
    await page.getByLabel('Publish my profile').check();
    await page.getByRole('button', { name: 'Save my profile' }).click();
    await page.getByText('Your profile is saved and published.').waitFor();
    await expectNoAxeViolations(page, 'profile editor, saved');

    // A weekly consultation rule is added and removed.
    await page.getByLabel('Day', { exact: true }).selectOption('2');
    await page.getByLabel('From', { exact: true }).fill('10:00');
    await page.getByLabel('Until', { exact: true }).fill('11:30');
    await page.getByRole('button', { name: 'Add these hours' }).click();
    const rule = page
      .locator('.availability-list__item')
      .filter({ hasText: /Tuesday, 10:00 to 11:30/ });
    await rule.waitFor();
    await rule.getByRole('button', { name: /^Remove/ }).click();
    await page.getByText(/^Removed:/).waitFor();
    expect(await rule.count()).toBe(0);

    // The public page shows the new bio.
    await page.getByRole('link', { name: 'See my public page' }).click();
    await page.getByRole('heading', { name: 'Samuel Mensah', level: 1 }).waitFor();
    await page.getByText(newBio).waitFor();
    // The 401s are the session check before signing in.
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    await context.close();
  });
});
