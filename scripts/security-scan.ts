/**
 * `npm run security:scan` (issue #7): an outside attacker's tools against a running Rapport.
 *
 * Starts Rapport on a fresh embedded database in a temporary directory with the demo clinic,
 * signs in as a demo client, therapist and administrator, and runs Debian's sqlmap in batch mode
 * against the API's parameters — ids in paths, query strings and JSON bodies, each sent with the
 * session cookie and the CSRF token so that the requests reach the code behind the checks. Then
 * runs `npm audit` on the production dependencies.
 *
 * Exit status: 0 when no parameter is injectable and no high or critical advisory is found; 1
 * when sqlmap found an injectable parameter (each is listed) or npm audit found an advisory;
 * 2 when a tool could not run (sqlmap missing: `apt-get install sqlmap`; the registry's audit
 * endpoint unreachable). Slow (several minutes) and not part of `npm test`.
 *
 * Options: --quick (one technique set, fewer targets), --keep (leave the temporary directory).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/api/config';
import { startRapport, type DemoSignIn } from '../src/api/startup';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

interface Session {
  cookie: string;
  csrf: string;
}

interface Target {
  name: string;
  as: 'visitor' | 'client' | 'therapist' | 'admin';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path under /api/v1; `*` marks where sqlmap injects. */
  path: string;
  /** A JSON body; `*` in a value marks where sqlmap injects. */
  body?: Record<string, unknown>;
}

interface Outcome {
  target: Target;
  injectable: string[];
  /** The parameters sqlmap says it tested. */
  tested: string[];
  error: string | null;
}

function run(
  command: string,
  argv: string[],
  timeoutMs: number,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, out: `${out}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

async function signIn(base: string, who: DemoSignIn): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  });
  if (response.status !== 200) throw new Error(`demo sign-in failed (${response.status})`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

async function getJson<T>(base: string, session: Session, path: string): Promise<T> {
  const response = await fetch(`${base}/api/v1${path}`, { headers: { cookie: session.cookie } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

const firstId = (list: { items?: { id: string }[] } | { id: string }[]): string => {
  const items = Array.isArray(list) ? list : (list.items ?? []);
  const id = items[0]?.id;
  if (!id) throw new Error('the demo clinic has nothing to aim at');
  return id;
};

/** What sqlmap printed about injection points, one line each. */
export function injectionPoints(output: string): string[] {
  const found = new Set<string>();
  for (const match of output.matchAll(/^Parameter: (.+)$/gm)) found.add(match[1]?.trim() ?? '');
  for (const match of output.matchAll(/parameter '([^']+)' is vulnerable/gi))
    found.add(match[1] ?? '');
  if (found.size === 0 && /identified the following injection point/i.test(output))
    found.add('(unnamed)');
  return [...found];
}

async function scan(base: string, sessions: Record<string, Session>, target: Target, out: string) {
  const session = target.as === 'visitor' ? null : sessions[target.as];
  const argv = [
    '-u',
    `${base}/api/v1${target.path}`,
    '--method',
    target.method,
    '--batch',
    '--flush-session',
    '--disable-coloring',
    `--output-dir=${out}`,
    '--level=2',
    '--risk=1',
    quick ? '--technique=BEU' : '--technique=BEUST',
    '--time-sec=2',
    '--timeout=15',
    '--retries=1',
    '--threads=1',
    // Rapport refuses bad input with a 4xx; those answers are what sqlmap must compare.
    '--ignore-code=400,401,403,404,409,410,413,415,422,429',
    '--answers=custom injection marker=Y,JSON data=Y,keep testing=Y',
  ];
  if (target.body) argv.push('--data', JSON.stringify(target.body));
  if (session) {
    argv.push('--cookie', session.cookie, '--headers', `X-CSRF-Token: ${session.csrf}`);
    // The session must survive: sqlmap should not take cookies the server sets on an answer.
    argv.push('--drop-set-cookie');
  }
  const result = await run('sqlmap', argv, 20 * 60_000);
  const injectable = injectionPoints(result.out);
  const failed =
    result.code === null ||
    /connection refused|unable to connect|no parameter\(s\) found|all testing parameters/i.test(
      result.out,
    ) ||
    (!/do(?:es)? not (?:appear|seem) to be injectable/i.test(result.out) &&
      injectable.length === 0);
  const tested = [
    ...new Set(
      [...result.out.matchAll(/(?:testing|heuristic|target URL).*?parameter '([^']+)'/gi)].map(
        (match) => match[1] ?? '',
      ),
    ),
  ];
  return {
    target,
    injectable,
    tested,
    error: failed ? result.out.split('\n').slice(-8).join('\n') : null,
  } satisfies Outcome;
}

async function npmAudit(): Promise<{
  status: 'clean' | 'advisories' | 'unavailable';
  text: string;
}> {
  const result = await run(
    'npm',
    ['audit', '--omit=dev', '--audit-level=high', '--json'],
    3 * 60_000,
  );
  type AuditReport = { metadata?: { vulnerabilities?: Record<string, number> } };
  let parsed: AuditReport | null = null;
  try {
    parsed = JSON.parse(result.out.slice(result.out.indexOf('{'))) as AuditReport;
  } catch {
    parsed = null;
  }
  const counts = parsed?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = /audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|405/.exec(result.out);
    return {
      status: 'unavailable',
      text: `npm audit could not run${reason ? ` (${reason[0]})` : ''}: the registry did not answer its advisory endpoint.`,
    };
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  const summary = Object.entries(counts)
    .map(([level, n]) => `${level} ${n}`)
    .join(', ');
  return { status: serious > 0 ? 'advisories' : 'clean', text: `npm audit: ${summary}` };
}

async function main(): Promise<number> {
  const which = await run('sqlmap', ['--version'], 30_000);
  if (which.code !== 0) {
    console.error('sqlmap is not installed: apt-get install -y sqlmap (Debian).');
    return 2;
  }
  const dir = await mkdtemp(join(tmpdir(), 'rapport-scan-'));
  const config = loadConfig({
    RAPPORT_DATA_DIR: join(dir, 'data'),
    RAPPORT_DEMO: '1',
    RAPPORT_JOBS: '0',
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  console.log(`Starting Rapport with the demo clinic in ${dir} …`);
  const started = await startRapport(config);
  let code = 0;
  try {
    const address = await started.app.listen({ port: 0, host: '127.0.0.1' });
    const demo = started.demo ?? [];
    const pick = (role: string) => {
      const found = demo.find((d) => d.role === role);
      if (!found) throw new Error(`the demo has no ${role}`);
      return found;
    };
    // A therapist with a flagged client, and a client in therapy: something real to aim at.
    let found: { t: Session; engagementId: string; sessionId: string; signalId: string } | null =
      null;
    for (const who of demo.filter((d) => d.role === 'therapist')) {
      const session = await signIn(address, who);
      const engagements = await getJson<{ items: { id: string }[] }>(
        address,
        session,
        '/engagements',
      );
      for (const { id } of engagements.items) {
        const signals = await getJson<{ items: { id: string }[] }>(
          address,
          session,
          `/engagements/${id}/signals`,
        );
        const sessionsOf = await getJson<{ items: { id: string }[] }>(
          address,
          session,
          `/engagements/${id}/sessions`,
        );
        if (signals.items[0] && sessionsOf.items[0]) {
          found = {
            t: session,
            engagementId: id,
            sessionId: sessionsOf.items[0].id,
            signalId: signals.items[0].id,
          };
          break;
        }
      }
      if (found) break;
    }
    if (!found) throw new Error('the demo clinic has no flagged engagement to aim at');
    let c: Session | null = null;
    let clientEngagement = '';
    for (const who of demo.filter((d) => d.role === 'client')) {
      const session = await signIn(address, who);
      const engagements = await getJson<{ items: { id: string }[] }>(
        address,
        session,
        '/engagements',
      );
      if (engagements.items[0]) {
        c = session;
        clientEngagement = engagements.items[0].id;
        break;
      }
    }
    if (!c) throw new Error('the demo clinic has no client in therapy');
    const sessions: Record<string, Session> = { client: c, therapist: found.t };
    if (demo.some((d) => d.role === 'admin')) sessions.admin = await signIn(address, pick('admin'));
    const { engagementId, sessionId, signalId } = found;
    const therapistId = firstId(await getJson(address, c, '/therapists'));

    const targets: Target[] = [
      {
        name: 'sign-in body',
        as: 'visitor',
        method: 'POST',
        path: '/auth/login',
        body: { email: 'scan*@example.org', password: 'not the password*' },
      },
      {
        name: 'directory filters',
        as: 'visitor',
        method: 'GET',
        path: '/therapists?concern=anxiety*&language=en*&region=Ontario*&maxFee=150*',
      },
      {
        name: 'therapist id in the path',
        as: 'visitor',
        method: 'GET',
        path: `/therapists/${therapistId}*`,
      },
      {
        name: 'slots query',
        as: 'visitor',
        method: 'GET',
        path: `/therapists/${therapistId}/slots?kind=consultation*&tz=Europe/Paris*`,
      },
      {
        name: 'fit questionnaire body',
        as: 'client',
        method: 'POST',
        path: '/match',
        body: { concerns: ['anxiety*'], region: 'Ontario*', mode: 'online' },
      },
      {
        name: 'engagement id in the path',
        as: 'therapist',
        method: 'GET',
        path: `/engagements/${engagementId}*`,
      },
      {
        name: 'engagement list query',
        as: 'therapist',
        method: 'GET',
        path: '/engagements?status=active*&limit=10*',
      },
      {
        name: 'caseload paging',
        as: 'therapist',
        method: 'GET',
        path: '/caseload?limit=5*&cursor=abc*',
      },
      {
        name: 'signal id in the path',
        as: 'therapist',
        method: 'GET',
        path: `/signals/${signalId}*`,
      },
      {
        name: 'goal title body',
        as: 'therapist',
        method: 'POST',
        path: `/engagements/${engagementId}/goals`,
        body: { title: 'Sleep better*' },
      },
      {
        name: 'repair note body',
        as: 'therapist',
        method: 'POST',
        path: `/signals/${signalId}/repairs`,
        body: { note: 'We talked*' },
      },
      {
        name: 'session attendance body',
        as: 'therapist',
        method: 'PATCH',
        path: `/sessions/${sessionId}*`,
        body: { status: 'attended*' },
      },
      {
        name: 'concern body',
        as: 'client',
        method: 'POST',
        path: '/concerns',
        body: {
          engagementId: clientEngagement,
          category: 'other*',
          text: 'Something felt off*',
          shareWithTherapist: false,
        },
      },
      {
        name: 'who saw my data query',
        as: 'client',
        method: 'GET',
        path: '/me/audit?from=2026-01-01*&limit=10*',
      },
      { name: 'export format', as: 'client', method: 'GET', path: '/me/export?format=csv*' },
      ...(sessions.admin
        ? ([
            {
              name: 'audit search query',
              as: 'admin',
              method: 'GET',
              path: '/audit?action=engagement.read*&limit=10*',
            },
            {
              name: 'clinic therapists query',
              as: 'admin',
              method: 'GET',
              path: '/clinic/therapists?status=active*',
            },
          ] satisfies Target[])
        : []),
    ];
    const chosen = quick ? targets.filter((_, index) => index % 3 === 0) : targets;
    const outcomes: Outcome[] = [];
    for (const [index, target] of chosen.entries()) {
      process.stdout.write(
        `[${index + 1}/${chosen.length}] ${target.method} ${target.path.split('?')[0]} (${target.name}) … `,
      );
      const outcome = await scan(address, sessions, target, join(dir, 'sqlmap'));
      outcomes.push(outcome);
      console.log(
        outcome.injectable.length > 0
          ? `INJECTABLE: ${outcome.injectable.join('; ')}`
          : outcome.error
            ? 'could not be tested'
            : `not injectable (${outcome.tested.join(', ') || 'no parameter named'})`,
      );
    }
    const injectable = outcomes.filter((o) => o.injectable.length > 0);
    const broken = outcomes.filter((o) => o.injectable.length === 0 && o.error);
    console.log('');
    if (injectable.length > 0) {
      console.log(`sqlmap found injectable parameters in ${injectable.length} request(s):`);
      for (const o of injectable)
        console.log(`  ${o.target.method} ${o.target.path}: ${o.injectable.join('; ')}`);
      code = 1;
    } else {
      console.log(
        `sqlmap: no injectable parameter in ${outcomes.length - broken.length} request(s) scanned.`,
      );
    }
    for (const o of broken) {
      console.log(`sqlmap could not test ${o.target.method} ${o.target.path}:\n${o.error ?? ''}`);
      if (code === 0) code = 2;
    }
    const audit = await npmAudit();
    console.log(audit.text);
    if (audit.status === 'advisories') code = 1;
    else if (audit.status === 'unavailable' && code === 0) code = 2;
  } finally {
    await started.close();
    if (!args.has('--keep')) await rm(dir, { recursive: true, force: true });
  }
  return code;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(
      `The scan could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  });
