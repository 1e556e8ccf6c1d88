/** Steps that many browser journeys share: a phone-sized page, signing in, the match questionnaire. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A fresh phone-sized browser context (360 × 740, Canadian English) in the given time zone. */
export async function phonePage(
  browser: Browser,
  timezoneId: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'en-CA',
    timezoneId,
  });
  return { context, page: await context.newPage() };
}

/** Signs in on the sign-in page and waits for the greeting. */
export async function signInOn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
}

/** On the questionnaire: anxiety, sessions in English, online; then waits for the matches. */
export async function answerQuestionnaire(page: Page): Promise<void> {
  await page
    .getByRole('group', { name: 'What would you like help with?' })
    .getByLabel('Anxiety', { exact: true })
    .check();
  await page.getByLabel('Language for your sessions').selectOption('en');
  await page
    .getByRole('group', { name: 'How would you like to meet?' })
    .getByLabel('Online')
    .check();
  await page.getByRole('button', { name: 'See who fits' }).click();
  await page.getByRole('heading', { name: 'Your matches', level: 2 }).waitFor();
}

/** Nothing is wider than the screen (no sideways scrolling on a phone). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
