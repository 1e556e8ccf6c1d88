/**
 * What the first page (the check-in page opened from an e-mail, sign-in, the shell) downloads
 * before it paints, followed through the entry's static imports:
 *
 * - it paints with only the first part of the messages (core.<lang>.ts, i18n.tsx), so every web
 *   module the entry loads statically may use only keys from that part (a key from the rest
 *   would throw);
 * - it carries no zod: the first-load clients take the server's checked answers as they are
 *   (accounts-api.ts, checkin-api.ts), and zod's download and start-up cost a phone more than a
 *   Lighthouse point per kilobyte (ADR 11).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreEn } from '../core/i18n/core.en';
import { en } from '../core/i18n/en';

const webRoot = resolve(__dirname);
const srcRoot = resolve(__dirname, '..');

/**
 * What `file` imports or re-exports at run time (not `import()`, not `import type`): relative
 * modules resolved to files, and packages by name. An import of types only written with inline
 * `type` specifiers still counts: with verbatimModuleSyntax it stays in the output.
 */
function runtimeImports(file: string): { modules: string[]; packages: string[] } {
  const source = readFileSync(file, 'utf8');
  const modules: string[] = [];
  const packages: string[] = [];
  const statements = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)';/gms;
  for (const match of source.matchAll(statements)) {
    const specifier = match[1] as string;
    if (!specifier.startsWith('.')) {
      packages.push(specifier);
      continue;
    }
    const base = join(dirname(file), specifier);
    const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base];
    const target = candidates.find(
      (candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate),
    );
    if (target) modules.push(target);
  }
  return { modules, packages };
}

/** `entry` and every module under `root` that it reaches through run-time imports. */
function firstLoad(root: string, entry = join(webRoot, 'main.tsx')): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !file.startsWith(`${root}/`)) return;
    seen.add(file);
    for (const imported of runtimeImports(file).modules) visit(imported);
  };
  visit(entry);
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

const relative = (file: string) => file.slice(srcRoot.length + 1);

describe('the messages of the first pages', () => {
  // src/core cannot show messages: it has no `t`, and its catalogues are data, not uses.
  const modules = firstLoad(webRoot);

  it('follows the entry to the check-in page, sign-in and the shell', () => {
    expect(modules.map(relative)).toEqual(
      expect.arrayContaining([
        'web/App.tsx',
        'web/pages/Checkin.tsx',
        'web/pages/SignIn.tsx',
        'web/components/Layout.tsx',
      ]),
    );
  });

  it('uses only keys of the part loaded before the first paint', () => {
    const missing = modules.flatMap((file) =>
      keysUsedBy(file)
        .filter((key) => !firstKeys.has(key))
        .map((key) => `${relative(file)}: ${key}`),
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

describe('the first page without zod', () => {
  const modules = firstLoad(srcRoot);
  const usesZod = (file: string) =>
    runtimeImports(file).packages.some((name) => name === 'zod' || name.startsWith('zod/'));

  it('follows the entry into src/core (the check-in limits, the locales)', () => {
    expect(modules.map(relative)).toEqual(
      expect.arrayContaining(['core/checkin-limits.ts', 'core/i18n/locales.ts']),
    );
  });

  it('reaches no module that imports zod at run time', () => {
    expect(modules.filter(usesZod).map(relative)).toEqual([]);
  });

  it('sees zod where it is imported (a scan that finds nothing proves nothing)', () => {
    expect(usesZod(join(srcRoot, 'core/checkins.ts'))).toBe(true);
    // A page loaded later still checks its answers: api.ts reaches the schemas.
    expect(firstLoad(srcRoot, join(webRoot, 'api.ts')).some(usesZod)).toBe(true);
  });
});
