import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';

const adminEmail = 'e2e.admin@example.org';
const adminPassword = 'steady lighthouse morning 9';
const password = 'kind words for hard days';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    RAPPORT_ADMIN_EMAIL: adminEmail,
    RAPPORT_ADMIN_PASSWORD: adminPassword,
  });
});
afterAll(async () => {
  await h?.close();
});

/** The code an authenticator app shows; `stepsAhead` 1 gives the next 30-second code. */
function codeFor(secret: string, stepsAhead = 0): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

describe('two-step sign-in in a real browser', () => {
  it('a therapist turns it on, keeps recovery codes, and signs in with a code', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-CA',
    });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    const registered = await page.request.post(`${h.baseUrl}/api/v1/auth/register`, {
      data: { email: 'noor@example.org', password, displayName: 'Noor', role: 'therapist' },
    });
    expect(registered.status()).toBe(201);

    await page.goto(`${h.baseUrl}/account`);
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    await page.getByText('Two-step sign-in is off.').waitFor();
    await expectNoAxeViolations(page, 'account with two-step sign-in off');

    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const qr = page.getByRole('img', { name: 'QR code to add Rapport to your authenticator app' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await expectNoAxeViolations(page, 'account, setting up the app');
    const secret = (await page.locator('.totp__secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    // A wrong code is explained next to the field.
    await page.getByLabel('Six-digit code').fill(codeFor(secret, -10));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.getByText('That code did not work').waitFor();

    await page.getByLabel('Six-digit code').fill(codeFor(secret));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    const codes = await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents();
    expect(codes).toHaveLength(10);
    await expectNoAxeViolations(page, 'recovery codes');
    await page.getByRole('button', { name: 'I have kept my codes' }).click();
    await page.getByText('Two-step sign-in is on.', { exact: true }).waitFor();
    await page.getByText('Recovery codes left: 10').waitFor();
    await expectNoAxeViolations(page, 'account with two-step sign-in on');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out. Take care.').waitFor();
    await page.getByLabel('E-mail address').fill('noor@example.org');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    await expectNoAxeViolations(page, 'sign-in second step');

    // The next 30-second code: the one used to turn it on cannot be used again.
    await page.getByLabel('Six-digit code').fill(codeFor(secret, 1));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Hello, Noor' }).waitFor();

    // A recovery code works too, once.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out. Take care.').waitFor();
    await page.getByLabel('E-mail address').fill('noor@example.org');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Hello, Noor' }).waitFor();

    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });

  it('an administrator searches the audit log', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-CA',
    });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(`${h.baseUrl}/sign-in`);
    await page.getByLabel('E-mail address').fill(adminEmail);
    await page.getByLabel('Password').fill(adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Audit log' }).first().click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'totp.enable' }).first().waitFor();
    await expectNoAxeViolations(page, 'audit log');

    await page.getByLabel('What (action, for example checkin.read)').fill('totp');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect
      .poll(async () => {
        const actions = await page.locator('tbody tr td:nth-child(3)').allTextContents();
        return actions.length > 0 && actions.every((action) => action.startsWith('totp.'));
      })
      .toBe(true);

    await page.getByLabel('Who (person id)').fill('not an id');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Paste an id from the results, or leave empty.').first().waitFor();
    await expectNoAxeViolations(page, 'audit log with a filter error');
    // The sign-in page asks who is signed in first (a 401 before signing in is expected).
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });
});
