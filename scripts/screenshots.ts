/**
 * Screenshots for the README and docs: starts Rapport with the demo clinic on a throw-away
 * embedded database, signs in as demo people, and saves pages at phone and desktop widths.
 * Run: npx tsx scripts/screenshots.ts (needs Chromium, like the browser tests).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/api/config';
import { startRapport } from '../src/api/startup';

const dataDir = await mkdtemp(join(tmpdir(), 'rapport-shots-'));
const started = await startRapport(
  loadConfig({ RAPPORT_DATA_DIR: dataDir, RAPPORT_DEMO: '1', LOG_LEVEL: 'silent' }),
  {
    webRoot: fileURLToPath(new URL('../dist/web', import.meta.url)),
  },
);
const base = await started.app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('rapport-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
}

const maya = 'maya.okafor@harbourside.example';
const liam = await started.handle.db
  .selectFrom('engagements as e')
  .innerJoin('users as u', 'u.id', 'e.client_id')
  .select('e.id')
  .where('u.display_name', '=', "Liam O'Connell")
  .executeTakeFirstOrThrow();

const shots: {
  name: string;
  width: number;
  height: number;
  email?: string;
  path: string;
  canvas?: boolean;
}[] = [
  { name: 'landing-desktop', width: 1280, height: 800, path: '/' },
  { name: 'landing-phone', width: 390, height: 844, path: '/' },
  { name: 'caseload-desktop', width: 1280, height: 900, path: '/caseload', email: maya },
  {
    name: 'client-view-desktop',
    width: 1280,
    height: 1100,
    path: `/engagements/${liam.id}#charts`,
    email: maya,
    canvas: true,
  },
  {
    name: 'client-view-phone',
    width: 390,
    height: 844,
    path: `/engagements/${liam.id}#charts`,
    email: maya,
    canvas: true,
  },
];

for (const shot of shots) {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    locale: 'en-CA',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  if (shot.email) await signIn(page, shot.email);
  await page.goto(`${base}${shot.path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (shot.canvas) {
    await page.locator('canvas').first().waitFor();
    await page.evaluate(() => document.getElementById('charts')?.scrollIntoView());
  }
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `docs/screenshot-${shot.name}.png` });
  await context.close();
  console.log(`docs/screenshot-${shot.name}.png`);
}
await browser.close();
await started.close();
