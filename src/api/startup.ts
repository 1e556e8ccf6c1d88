/**
 * Everything between `npm start` and a listening server: open the database (embedded PGlite in
 * the data directory, or PostgreSQL with DATABASE_URL), migrate, make sure a clinic exists,
 * create the administrator from the environment, load the demo clinic when asked (or on an
 * empty embedded database), and build the app.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { checkPassword } from '../core/password';
import { appendAudit } from '../storage/audit.repo';
import { createSealer, parseKeyRing, type KeyRing } from '../storage/crypto';
import { openDatabase, type DatabaseHandle } from '../storage/db';
import { countRows, ensureFirstClinic } from '../storage/clinics.repo';
import { loadOrCreateKeyFile } from '../storage/keyfile';
import { migrate } from '../storage/migrate';
import { findUserByEmail, insertUser } from '../storage/users.repo';
import { buildApp } from './app';
import type { Config } from './config';
import type { AppDeps } from './context';
import { startJobs, type JobRunner } from './jobs/queue';
import { createSignalDrainer, drainBatchSizes, drainTiming } from './signal-queue.service';
import { createMailer } from './mail';
import { hashPassword, verifyPassword } from './passwords';

export interface DemoSignIn {
  role: string;
  displayName: string;
  email: string;
  password: string;
  story?: string;
}

export interface Started {
  app: FastifyInstance;
  handle: DatabaseHandle;
  deps: AppDeps;
  demo: DemoSignIn[] | null;
  /** The background job runner, unless RAPPORT_JOBS=0. */
  jobs: JobRunner | null;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: () => Date;
  /** Overrides for tests (a ready database handle, session policy, limits). */
  handle?: DatabaseHandle;
  overrides?: Partial<AppDeps>;
  webRoot?: string;
}

/** The database the configuration names: PostgreSQL with DATABASE_URL, else PGlite in the data directory. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openDatabase({ url: config.databaseUrl });
  await mkdir(config.dataDir, { recursive: true });
  return openDatabase({ dataDir: join(config.dataDir, 'pglite') });
}

/** The encryption keys: from RAPPORT_ENCRYPTION_KEY, or the embedded installation's key file. */
export async function keyRingFromConfig(config: Config): Promise<KeyRing> {
  return parseKeyRing(config.encryptionKey ?? (await loadOrCreateKeyFile(config.dataDir)));
}

export async function startRapport(config: Config, options: StartOptions = {}): Promise<Started> {
  const clock = options.clock ?? (() => new Date());
  const handle = options.handle ?? (await openConfiguredDatabase(config));
  await migrate(handle);
  const db = handle.db;

  const ring = await keyRingFromConfig(config);
  const sealer = createSealer(ring);
  const activeKey = ring.keys.get(ring.activeId);
  if (!activeKey) throw new Error('No active encryption key.');

  const wasEmpty = (await countRows(db, 'users')) === 0;
  const clinic = await ensureFirstClinic(db, {
    id: randomUUID(),
    name: config.clinicName,
    now: clock(),
  });

  const deps: AppDeps = {
    db,
    sealer,
    defaultClinicId: clinic.id,
    clock,
    newId: randomUUID,
    hashPassword,
    verifyPassword,
    bucketKey: createHmac('sha256', activeKey).update('rapport:rate-limit-buckets').digest(),
    sessions: { idleMinutes: 60, absoluteHours: 12 },
    loginLimits: { windowMinutes: 15, perAccount: 5, perAddress: 30 },
    mailer: createMailer({
      db,
      sealer,
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      newId: randomUUID,
      clock,
    }),
    publicUrl: config.publicUrl,
    webRoot: options.webRoot,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    requireTotp: config.requireTotp,
    ...options.overrides,
  };

  if (config.adminEmail && config.adminPassword) {
    await ensureAdmin(deps, config.adminEmail, config.adminPassword);
  }

  const wantDemo = config.demo ?? (wasEmpty && !config.databaseUrl);
  let demo: DemoSignIn[] | null = null;
  if (wantDemo && wasEmpty) {
    const { loadDemo } = await import('./demo');
    demo = (await loadDemo(deps, db, { clinicId: clinic.id, now: clock() })).signIns;
  }

  const app = await buildApp(deps);
  const opened = handle;
  const signals =
    deps.signals ??
    createSignalDrainer(
      deps,
      (error) =>
        app.log.warn(
          { error: error instanceof Error ? error.name : 'error' },
          'signal recomputation failed; the sweep job will retry',
        ),
      drainTiming,
      undefined,
      drainBatchSizes[handle.kind],
    );
  deps.signals = signals;
  app.addHook('onClose', () => signals.stop());
  // Marks left by a server that stopped before recomputing them.
  signals.nudge();
  // Started after the demo is loaded (its history needs no e-mail), before the first request.
  const jobs = config.jobs
    ? await startJobs(handle, deps, {
        smtp: Boolean(config.smtpUrl),
        // The queue's name and the error's type only: job data can name a person.
        onError: (queue, error) =>
          app.log.warn(
            { queue, error: error instanceof Error ? error.name : 'error' },
            'background job failed',
          ),
      })
    : null;
  if (jobs) deps.jobs = jobs;
  return {
    app,
    handle: opened,
    deps,
    demo,
    jobs,
    async close() {
      await jobs?.stop();
      await app.close();
      await opened.close();
    },
  };
}

async function ensureAdmin(deps: AppDeps, email: string, password: string): Promise<void> {
  if (await findUserByEmail(deps.db, email)) return;
  const problem = checkPassword(password, { email });
  if (problem) {
    throw new Error(
      `RAPPORT_ADMIN_PASSWORD is not accepted (${problem.code}): use at least 12 characters that are not a common password.`,
    );
  }
  const now = deps.clock();
  const passwordHash = await deps.hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    const admin = await insertUser(trx, {
      id: deps.newId(),
      clinicId: deps.defaultClinicId,
      email,
      role: 'admin',
      displayName: 'Clinic administrator',
      passwordHash,
      locale: null,
      now,
    });
    await appendAudit(trx, [
      {
        clinicId: admin.clinic_id,
        actorId: null,
        actorRole: 'system',
        action: 'account.create',
        resourceType: 'user',
        resourceId: admin.id,
        subjectId: admin.id,
        reason: 'RAPPORT_ADMIN_EMAIL',
        occurredAt: now,
      },
    ]);
  });
}
