/**
 * How the web app's files travel (issue 9): the build's precompressed .br and .gz are sent to a
 * browser that accepts them, files with a content hash in their name (/assets/) are cached for a
 * year, and the page that names them (index.html, every route of the app) is checked again on
 * every visit. Built here from a few files of our own, so the test does not depend on `vite build`.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

const page = `<!doctype html><html lang="en"><head><title>Rapport</title>${'<meta name="x" content="padding">'.repeat(40)}<script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`;
const script = `export const words = ${JSON.stringify('a check-in in under a minute '.repeat(200))};`;
const smallScript = 'export const one = 1;';

let webRoot: string;
let t: TestApp;

beforeAll(async () => {
  webRoot = await mkdtemp(join(tmpdir(), 'rapport-web-'));
  await mkdir(join(webRoot, 'assets'));
  const files: Record<string, string> = {
    'index.html': page,
    'assets/index-abc123.js': script,
    // Too small to be worth compressing: the build writes no .br or .gz for it.
    'assets/tiny-def456.js': smallScript,
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(webRoot, name), text);
  for (const name of ['index.html', 'assets/index-abc123.js']) {
    const text = Buffer.from(files[name] ?? '');
    await writeFile(join(webRoot, `${name}.br`), brotliCompressSync(text));
    await writeFile(join(webRoot, `${name}.gz`), gzipSync(text));
  }
  t = await createTestApp({ overrides: { webRoot } });
}, 60_000);

afterAll(async () => {
  await t?.close();
  await rm(webRoot, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string): Promise<LightMyRequestResponse> =>
  t.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

const immutable = 'public, max-age=31536000, immutable';

describe('the web app’s files', () => {
  it('are sent precompressed with brotli or gzip, as the browser accepts, else as they are', async () => {
    const brotli = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.rawPayload.length).toBeLessThan(script.length / 5);
    expect(brotli.rawPayload.equals(brotliCompressSync(Buffer.from(script)))).toBe(true);

    const gzip = await get('/assets/index-abc123.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload.equals(gzipSync(Buffer.from(script)))).toBe(true);

    for (const acceptEncoding of [undefined, 'identity']) {
      const plain = await get('/assets/index-abc123.js', acceptEncoding);
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(script);
    }

    // No compressed sibling: the file itself, whatever the browser accepts.
    const tiny = await get('/assets/tiny-def456.js', 'br, gzip');
    expect(tiny.statusCode).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body).toBe(smallScript);
  });

  it('are cached for a year under /assets/ (their names change with their content), and the page is checked on every visit', async () => {
    for (const acceptEncoding of ['br', 'gzip', undefined]) {
      const asset = await get('/assets/index-abc123.js', acceptEncoding);
      expect(asset.headers['cache-control'], String(acceptEncoding)).toBe(immutable);
    }
    expect((await get('/assets/tiny-def456.js')).headers['cache-control']).toBe(immutable);

    for (const url of ['/', '/checkin/some-token', '/therapists', '/favicon.svg']) {
      const response = await get(url, 'br, gzip');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('include the page itself, compressed on every route the browser handles', async () => {
    for (const url of ['/', '/checkin/some-token']) {
      const compressed = await get(url, 'br');
      expect(compressed.headers['content-encoding'], url).toBe('br');
      expect(compressed.headers['content-type'], url).toMatch(/^text\/html/);
      expect(compressed.rawPayload.equals(brotliCompressSync(Buffer.from(page))), url).toBe(true);
      const plain = await get(url);
      expect(plain.body, url).toBe(page);
    }
  });

  it('do not offer the compressed copies as files of their own, and keep the security headers', async () => {
    // The .br file is only ever an encoding of the script, never raw brotli at an address.
    const direct = await get('/assets/index-abc123.js.br');
    expect(direct.statusCode).toBe(404);
    expect(direct.headers['content-type']).toMatch(/json/);

    const asset = await get('/assets/index-abc123.js', 'br');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(String(asset.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('answer 404 for a file of another build, not the page (a page open across an upgrade reloads)', async () => {
    const missing = await get('/assets/index-0ld0ld.js', 'br, gzip');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/json/);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe('not_found');
    expect(missing.headers['cache-control']).not.toBe(immutable);
    // Anything else the server does not know is a page of the app, which routes in the browser.
    expect((await get('/some/page/of/the/app')).body).toBe(page);
  });

  it('leave the API alone: its answers are not cached as files are', async () => {
    const health = await get('/api/v1/health', 'br');
    expect(health.statusCode).toBe(200);
    expect(health.headers['cache-control']).not.toBe(immutable);
    expect(health.headers['content-encoding']).toBeUndefined();
    const missing = await get('/api/v1/no-such-thing', 'br');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/json/);
  });
});
