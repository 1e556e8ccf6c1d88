/**
 * The first pages paint with only the first part of the messages (core.<lang>.ts, i18n.tsx):
 * every module the entry loads statically may use only keys from that part. A key from the rest
 * would throw on the check-in page opened from an e-mail.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreEn } from '../core/i18n/core.en';
import { en } from '../core/i18n/en';

const webRoot = resolve(__dirname);

/** The relative modules `file` imports statically (not `import()`, not type-only imports). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)';/gms)) {
    const base = join(dirname(file), match[1] as string);
    const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base];
    const target = candidates.find(
      (candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate),
    );
    if (target) found.push(target);
  }
  return found;
}

/**
 * The entry and every module of the web app it reaches through static imports (src/core cannot
 * show messages: it has no `t`, and its catalogues are data, not uses).
 */
function firstPageModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !file.startsWith(`${webRoot}/`)) return;
    seen.add(file);
    for (const imported of staticImports(file)) visit(imported);
  };
  visit(join(webRoot, 'main.tsx'));
  return [...seen];
}

const allKeys = Object.keys(en);
const firstKeys = new Set(Object.keys(coreEn));

/** Keys the module names: literal keys, and every key under a `prefix.${...}` template. */
function keysUsedBy(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const used = new Set<string>();
  for (const match of source.matchAll(/'([a-zA-Z][\w-]*\.[\w.-]+)'/g)) {
    const key = match[1] as string;
    if (key in en) used.add(key);
  }
  for (const match of source.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*)\.\$\{/g)) {
    const prefix = `${match[1] as string}.`;
    for (const key of allKeys) if (key.startsWith(prefix)) used.add(key);
  }
  return [...used];
}

describe('the messages of the first pages', () => {
  const modules = firstPageModules();

  it('follows the entry to the check-in page, sign-in and the shell', () => {
    const names = modules.map((file) => file.slice(webRoot.length + 1));
    expect(names).toEqual(
      expect.arrayContaining([
        'App.tsx',
        'pages/Checkin.tsx',
        'pages/SignIn.tsx',
        'components/Layout.tsx',
      ]),
    );
  });

  it('uses only keys of the part loaded before the first paint', () => {
    const missing = modules.flatMap((file) =>
      keysUsedBy(file)
        .filter((key) => !firstKeys.has(key))
        .map((key) => `${file.slice(webRoot.length + 1)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds keys in what it scans (a scan that finds nothing proves nothing)', () => {
    const checkin = modules.find((file) => file.endsWith('pages/Checkin.tsx')) as string;
    expect(keysUsedBy(checkin)).toEqual(expect.arrayContaining(['checkin.thanksGuide']));
    const layout = modules.find((file) => file.endsWith('components/Layout.tsx')) as string;
    expect(keysUsedBy(layout)).toEqual(expect.arrayContaining(['language.en', 'language.fr']));
  });
});
