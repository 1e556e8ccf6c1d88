/**
 * The check-in page (DESIGN.md: initial JavaScript under 200 KB gzipped; Lighthouse performance
 * and accessibility ≥ 95 with the local Chromium).
 *
 * The app is built with Vite into a temporary folder (never over dist/web), and the initial
 * JavaScript of the check-in route is the entry chunk and everything it imports statically
 * (plus the chunk holding the check-in page, were it ever loaded lazily, and the English
 * messages, which the app loads before its first paint) — not the lazy chunks of other pages.
 * Lighthouse (mobile, simulated throttling) then opens a real check-in link, created in a
 * temporary database, on Rapport serving that build. The floor is the smallest React
 * page (bench/lib/web-floor), built with the same Vite and measured by the same Lighthouse.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import react from '@vitejs/plugin-react';
import { launch } from 'chrome-launcher';
import { chromium } from 'playwright-core';
import Fastify from 'fastify';
import lighthouse from 'lighthouse';
import type Result from 'lighthouse/types/lhr/lhr.js';
import { build, type Rolldown } from 'vite';
import { row, type BenchRow } from '../report';
import { bulkLoad, createBenchDatabase, refreshEngagementFacts } from '../lib/database';
import { benchToken, startBenchRapport } from '../lib/rapport';
import type { RunOptions, SingleScenario } from '../lib/scenario';
import { median } from '../lib/stats';
import { checkinFixtureSql, tokenPrefix } from './checkin';

const checkinPage = 'src/web/pages/Checkin.tsx';
// The web app loads each language's messages on demand, but paints nothing before the first
// pages' messages of the first language are here: those count as initial JavaScript as much as
// the page does (the rest of the catalogue loads once the page is idle).
const firstPaintModules = [checkinPage, 'src/core/i18n/core.en.ts'];
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface InitialScript {
  files: string[];
  gzipBytes: number;
}

type BuildResult = Awaited<ReturnType<typeof build>>;

function chunksOf(result: BuildResult): Rolldown.OutputChunk[] {
  const outputs = Array.isArray(result) ? result : 'output' in result ? [result] : [];
  return outputs.flatMap((o) =>
    o.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk'),
  );
}

/**
 * The entry chunk and its static imports, plus the chunks holding `modules` (and their static
 * imports) where those are not among them.
 */
function initialScript(result: BuildResult, modules: readonly string[]): InitialScript {
  const chunks = chunksOf(result);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('The build has no entry chunk.');
  const included = new Set<string>();
  const add = (name: string) => {
    if (included.has(name)) return;
    included.add(name);
    for (const imported of byName.get(name)?.imports ?? []) add(imported);
  };
  add(entry.fileName);
  for (const module of modules) {
    const holds = (chunk: Rolldown.OutputChunk) =>
      chunk.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(module));
    if (![...included].some((name) => holds(byName.get(name) as Rolldown.OutputChunk))) {
      const lazy = chunks.find(holds);
      if (!lazy) throw new Error(`No chunk holds ${module}.`);
      add(lazy.fileName);
    }
  }
  const files = [...included];
  const gzipBytes = files.reduce(
    (sum, name) => sum + gzipSync(Buffer.from(byName.get(name)?.code ?? '')).length,
    0,
  );
  return { files, gzipBytes };
}

/** The metrics Lighthouse's performance score weighs, with how the log shows them. */
const metricAudits: readonly (readonly [string, string, 's' | 'ms' | ''])[] = [
  ['first-contentful-paint', 'FCP', 's'],
  ['largest-contentful-paint', 'LCP', 's'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['speed-index', 'SI', 's'],
  ['cumulative-layout-shift', 'CLS', ''],
];

function showMetric(value: number, unit: 's' | 'ms' | ''): string {
  if (unit === 's') return `${(value / 1000).toFixed(2)} s`;
  if (unit === 'ms') return `${value.toFixed(0)} ms`;
  return value.toFixed(3);
}

/**
 * With BENCH_LIGHTHOUSE=<dir>, each Lighthouse report is written there as JSON (open it in the
 * Lighthouse viewer) to see where a score lost: its long tasks, main-thread work and LCP phases.
 */
async function keepReport(lhr: Result): Promise<void> {
  const dir = process.env.BENCH_LIGHTHOUSE;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const page = new URL(lhr.finalDisplayedUrl).pathname.startsWith('/checkin') ? 'checkin' : 'floor';
  await writeFile(
    join(dir, `${page}-${lhr.fetchTime.replace(/[:.]/g, '-')}.json`),
    JSON.stringify(lhr),
  );
}

/**
 * One Lighthouse run. On a busy machine Chromium sometimes loses the trace of the page load
 * (NO_NAVSTART, "please run Lighthouse again"): such a run is retried, twice at most.
 */
async function audit(url: string, port: number, attempts = 3): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${url}.`);
    if (!lhr.runtimeError) {
      await keepReport(lhr);
      return lhr;
    }
    if (attempt >= attempts) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  }
}

async function lighthouseScores(
  url: string,
  runs: number,
): Promise<{ performance: number; accessibility: number; chromium: string; metrics: string }> {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    // One run that is not counted, for this page and the floor alike: a browser's very first
    // page load pays for starting up (its caches, its compiler), which no visitor's warm browser
    // does, and Lighthouse then counts scripts the page paints before as if they blocked it.
    await audit(url, chrome.port);
    const performance: number[] = [];
    const accessibility: number[] = [];
    const metrics = new Map<string, number[]>(metricAudits.map(([id]) => [id, []]));
    let chromium = 'Chromium';
    for (let i = 0; i < runs; i++) {
      const lhr = await audit(url, chrome.port);
      const perf = lhr.categories.performance?.score;
      const a11y = lhr.categories.accessibility?.score;
      if (typeof perf !== 'number' || typeof a11y !== 'number')
        throw new Error(`Lighthouse could not score ${url}.`);
      performance.push(perf * 100);
      accessibility.push(a11y * 100);
      for (const [id] of metricAudits) {
        const value = lhr.audits[id]?.numericValue;
        if (typeof value === 'number') metrics.get(id)?.push(value);
      }
      chromium = lhr.environment.hostUserAgent.match(/Chrome\/(\d+)/)?.[1]
        ? `Chromium ${lhr.environment.hostUserAgent.match(/Chrome\/(\d+)/)?.[1]}`
        : chromium;
    }
    // What the performance score is made of, so that a low score says where it lost.
    const described = metricAudits
      .filter(([id]) => (metrics.get(id) ?? []).length > 0)
      .map(([id, label, unit]) => `${label} ${showMetric(median(metrics.get(id) ?? []), unit)}`)
      .join(', ');
    return {
      performance: median(performance),
      accessibility: median(accessibility),
      chromium,
      metrics: described,
    };
  } finally {
    chrome.kill();
  }
}

/** Slider steps measured per page, after a few that warm the page up. */
const sliderSteps = { warmUp: 5, measured: 30 };

/**
 * How long one step of a slider keeps the page busy, on a phone-like CPU (Chromium's 4× CPU
 * slowdown, as Lighthouse's mobile profile assumes): the median, over the measured steps, of the
 * time from the `input` event reaching the window to the end of its handling, React's render and
 * commit included (React handles an input event at once). Each step is an arrow key on the
 * first slider of the page.
 */
async function sliderStepMs(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.goto(url);
    const slider = page.getByRole('slider').first();
    await slider.waitFor();
    await slider.focus();
    for (let i = 0; i < sliderSteps.warmUp; i++) await page.keyboard.press('ArrowRight');
    await page.evaluate(() => {
      const times: number[] = [];
      let started = 0;
      window.addEventListener('input', () => (started = performance.now()), { capture: true });
      window.addEventListener('input', () => times.push(performance.now() - started));
      Object.assign(window, { sliderStepTimes: times });
    });
    const session = await page.context().newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let i = 0; i < sliderSteps.measured; i++) await page.keyboard.press('ArrowRight');
    const times = await page.evaluate(
      () => (window as unknown as { sliderStepTimes: number[] }).sliderStepTimes,
    );
    if (times.length !== sliderSteps.measured)
      throw new Error(`${times.length} slider steps measured of ${sliderSteps.measured}`);
    return median(times);
  } finally {
    await browser.close();
  }
}

export const webScenario: SingleScenario = {
  id: 'web',
  perDatabase: false,
  floor:
    "check-in page: the smallest React page (bench/lib/web-floor) built with the same Vite and scored by the same Lighthouse (mobile, simulated throttling, median of the runs after one uncounted warm-up run); sizes are gzip of the JavaScript needed before the page works (for Rapport: with the first pages' English messages), 1 KB = 1,000 bytes; a slider step is the median time the page takes to handle one arrow key on its first slider (the input event to the end of its render) under Chromium's 4× CPU slowdown, over 30 steps.",
  async run({ quick, log }: RunOptions): Promise<BenchRow[]> {
    // Five in a full run: on this two-core machine one build's single runs scored from 83 to 92
    // (and once 71), since Lighthouse multiplies the page's observed main-thread tasks by four.
    const runs = quick ? 1 : 5;
    const outDir = await mkdtemp(join(tmpdir(), 'rapport-bench-web-'));
    const floorDir = await mkdtemp(join(tmpdir(), 'rapport-bench-floor-'));
    const database = await createBenchDatabase('pglite', undefined);
    try {
      const app = await build({
        configFile: resolve('vite.config.ts'),
        logLevel: 'error',
        build: { outDir, emptyOutDir: true },
      });
      const floorBuild = await build({
        configFile: false,
        root: resolve('bench/lib/web-floor'),
        plugins: [react()],
        logLevel: 'error',
        build: { outDir: floorDir, emptyOutDir: true },
      });
      const script = initialScript(app, firstPaintModules);
      const floorScript = initialScript(floorBuild, []);
      log(
        `  initial JavaScript of the check-in page: ${script.files.join(', ')} (${(script.gzipBytes / 1000).toFixed(1)} KB gzipped)`,
      );

      // A real check-in link on Rapport serving this build; the floor page on a bare server.
      const started = await startBenchRapport(database.handle, { webRoot: outDir });
      const bare = Fastify({ logger: false });
      await bare.register(fastifyStatic, { root: floorDir });
      try {
        await bulkLoad(database.handle, checkinFixtureSql(started.deps.defaultClinicId, 1));
        await refreshEngagementFacts(database.handle);
        const token = benchToken(tokenPrefix, 1);
        const base = await started.app.listen({ port: 0, host: '127.0.0.1' });
        const form = await fetch(`${base}/api/v1/checkin-links/${token}`);
        if (form.status !== 200) throw new Error(`the check-in link answered ${form.status}`);
        const floorBase = await bare.listen({ port: 0, host: '127.0.0.1' });
        const page = await lighthouseScores(`${base}/checkin/${token}`, runs);
        const floor = await lighthouseScores(`${floorBase}/`, runs);
        log(
          `  Lighthouse: performance ${page.performance}, accessibility ${page.accessibility} (floor ${floor.performance}, ${floor.accessibility})`,
        );
        log(`  Lighthouse medians: ${page.metrics} (floor ${floor.metrics})`);
        const step = await sliderStepMs(`${base}/checkin/${token}`);
        const floorStep = await sliderStepMs(`${floorBase}/`);
        log(
          `  one slider step at 4× CPU slowdown: ${step.toFixed(1)} ms (floor ${floorStep.toFixed(1)} ms), median of ${sliderSteps.measured}`,
        );
        const scenario = 'check-in page';
        return [
          row({
            scenario,
            measure: 'initial JavaScript, gzipped',
            database: 'vite build',
            unit: 'KB',
            rapport: script.gzipBytes / 1000,
            floor: floorScript.gzipBytes / 1000,
            target: { on: 'value', atMost: 200 },
          }),
          row({
            scenario,
            measure: 'Lighthouse performance',
            database: page.chromium,
            unit: 'score',
            rapport: page.performance,
            floor: floor.performance,
            target: { on: 'value', atLeast: 95 },
          }),
          row({
            scenario,
            measure: 'one slider step, 4× CPU slowdown',
            database: page.chromium,
            unit: 'ms',
            rapport: step,
            floor: floorStep,
            target: null,
          }),
          row({
            scenario,
            measure: 'Lighthouse accessibility',
            database: page.chromium,
            unit: 'score',
            rapport: page.accessibility,
            floor: floor.accessibility,
            target: { on: 'value', atLeast: 95 },
          }),
        ];
      } finally {
        await bare.close();
        await started.close();
      }
    } finally {
      await database.drop();
      await rm(outDir, { recursive: true, force: true });
      await rm(floorDir, { recursive: true, force: true });
    }
  },
};
