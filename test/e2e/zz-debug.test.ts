import { afterAll, beforeAll, it } from 'vitest';
import { startHarness, type Harness } from './harness';
let h: Harness;
beforeAll(async () => { h = await startHarness({ RAPPORT_DEMO: '1' }); });
afterAll(async () => { await h?.close(); });
it('debug', async () => {
  const context = await h.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-CA' });
  const page = await context.newPage();
  await page.goto(`${h.baseUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill('priya.raman@harbourside.example');
  await page.getByLabel('Password').fill('rapport-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
  for (const path of ['/admin/therapists', '/admin/settings', '/admin/figures', '/admin/supervision', '/admin/instruments']) {
    await page.goto(`${h.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1500);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.table-scroll')).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? '').slice(0, 60)}`));
    console.log(path, JSON.stringify(wide, null, 1));
  }
  const guest = await h.browser.newContext({ viewport: { width: 360, height: 740 } });
  const g = await guest.newPage();
  await g.goto(`${h.baseUrl}/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
  await g.getByRole('heading', { level: 1 }).waitFor();
  console.log('guest', await g.getByRole('heading', { level: 1 }).textContent(), await g.locator('main').textContent());
}, 120000);
