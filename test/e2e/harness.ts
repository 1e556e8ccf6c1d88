/**
 * A real Rapport server on a random local port (embedded database in memory) and a real
 * headless Chromium driven by playwright-core, plus an axe-core scan that fails on any violation.
 */
import { fileURLToPath } from 'node:url';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadConfig } from '../../src/api/config';
import { startRapport, type Started } from '../../src/api/startup';
import { openDatabase } from '../../src/storage/db';

export interface Harness {
  baseUrl: string;
  browser: Browser;
  started: Started;
  close: () => Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rapport-e2e-'));
  const handle = await openDatabase({ memory: true });
  const started = await startRapport(
    loadConfig({ RAPPORT_DATA_DIR: dataDir, RAPPORT_DEMO: '0', LOG_LEVEL: 'silent', ...env }),
    { handle, webRoot: fileURLToPath(new URL('../../dist/web', import.meta.url)) },
  );
  const address = await started.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    baseUrl: address,
    browser,
    started,
    close: async () => {
      await browser.close();
      await started.close();
    },
  };
}

/** Watch for console errors (a CSP violation shows up there) during a test. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Run axe on the page as it is now and fail with the list of violations, if any. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
  expect(violations, `axe on ${what}`).toEqual([]);
}
