import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('accounts in a real browser', () => {
  it('signs up, signs out and signs in again, with no accessibility violations on the way', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-CA',
    });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);

    await page.goto(h.baseUrl);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('relationship');
    await expectNoAxeViolations(page, 'landing');

    await page.getByRole('link', { name: 'Create a free account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await expectNoAxeViolations(page, 'sign-up');

    // An empty form explains what is missing, next to each field.
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByText('Please fill in this field.').count()).toBe(3);
    await expectNoAxeViolations(page, 'sign-up with errors');

    await page.getByLabel('Your name').fill('Ari');
    await page.getByLabel('E-mail address').fill('ari@example.org');
    await page.getByLabel('Password', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('one of the most common').first().waitFor();

    await page.getByLabel('Password', { exact: true }).fill('kind words for hard days');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Hello, Ari' }).waitFor();
    await expectNoAxeViolations(page, 'client home');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out. Take care.').waitFor();
    await expectNoAxeViolations(page, 'sign-in');

    await page.getByLabel('E-mail address').fill('ari@example.org');
    await page.getByLabel('Password').fill('a wrong password entirely');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('do not match an account').waitFor();

    await page.getByLabel('Password').fill('kind words for hard days');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Hello, Ari' }).waitFor();

    // The session survives a reload (cookie on the server side).
    await page.reload();
    await page.getByRole('heading', { name: 'Hello, Ari' }).waitFor();
    expect(consoleErrors.filter((text) => !text.includes('401'))).toEqual([]);
    await context.close();
  });

  it('switches to French and keeps the choice on the account', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/sign-up`);
    await page.getByLabel('Your name').fill('Camille');
    await page.getByLabel('E-mail address').fill('camille@example.org');
    await page.getByLabel('Password', { exact: true }).fill('le fleuve est calme ce soir');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Hello, Camille' }).waitFor();

    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await expectNoAxeViolations(page, 'account');
    await page.locator('#account-language').selectOption('fr');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Votre compte' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

    // A new browser with an English locale still gets French: the choice is stored on the account.
    const other = await h.browser.newContext({ locale: 'en-US' });
    const second = await other.newPage();
    await second.goto(`${h.baseUrl}/sign-in`);
    await second.getByLabel('E-mail address').fill('camille@example.org');
    await second.getByLabel('Password').fill('le fleuve est calme ce soir');
    await second.getByRole('button', { name: 'Sign in' }).click();
    await second.getByRole('heading', { name: 'Bonjour, Camille' }).waitFor();
    await expectNoAxeViolations(second, 'home in French');
    await other.close();
    await context.close();
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    const context = await h.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of ['/', '/sign-in', '/sign-up', '/no-such-page']) {
      await page.goto(`${h.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await expectNoAxeViolations(page, 'not found');
    await context.close();
  });
});
