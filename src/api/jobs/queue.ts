/**
 * Background jobs with pg-boss, on Rapport's own database (PGlite or PostgreSQL): jobs live in
 * tables, so they survive a restart, and a job is handed to one worker at a time (SKIP LOCKED),
 * so several app servers share the work without doing it twice. Scheduled jobs (cron) are created
 * once per time slot across all servers; their handlers are idempotent as well (handlers.ts).
 *
 * On PGlite, pg-boss goes through the same lock as every other query (jobs.repo.ts), and its own
 * schema (the "pgboss" schema) installs and runs there unchanged; see docs/deploy.md.
 */
import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../../storage/db';
import {
  installJobSchema,
  jobSql,
  transactionJobSql,
  withJobSetupLock,
} from '../../storage/jobs.repo';
import type { Executor } from '../../storage/users.repo';
import type { AppDeps } from '../context';
import { drainBatchSizes } from '../signal-queue.service';
import {
  cleanUpRetention,
  deliverMail,
  recomputeTrajectories,
  sendCheckinReminders,
  sendConsultationReminders,
  sweepSignalQueue,
} from './handlers';
import { jobNames, type JobName } from './names';

/** What services may do with the queue: enqueue work inside their own transaction. */
export interface JobSender {
  /** Deliver a queued e-mail once the transaction commits (by whichever server gets to it). */
  sendMail(trx: Executor, mailId: string): Promise<void>;
}

export interface JobRunner extends JobSender {
  /** Stop taking jobs and wait (briefly) for those under way. */
  stop(): Promise<void>;
  /** For tests and tools: pg-boss itself. */
  boss: PgBoss;
}

export interface JobOptions {
  /** Work on jobs (false: only enqueue, e.g. a web-only server). Default true. */
  work?: boolean;
  /** How often an idle worker looks for jobs. Default 2 s. */
  pollingIntervalSeconds?: number;
  /** Whether SMTP is configured (without it, e-mail stays in the outbox). */
  smtp: boolean;
  /** Called with the queue's name and error type when a job fails (no personal data). */
  onError?: (queue: string, error: unknown) => void;
}

/** Cron schedules (UTC). Reminder sweeps run often; the heavier work at night. */
export const schedules: Record<Exclude<JobName, 'mail-deliver'>, string> = {
  [jobNames.checkinReminders]: '*/10 * * * *',
  [jobNames.consultationReminders]: '*/10 * * * *',
  [jobNames.trajectories]: '17 3 * * *',
  [jobNames.retention]: '43 3 * * *',
  // Normally empty: each server recomputes what it marked; this picks up after a stopped one.
  [jobNames.signalSweep]: '* * * * *',
};

export async function startJobs(
  handle: DatabaseHandle,
  deps: AppDeps,
  options: JobOptions,
): Promise<JobRunner> {
  const schema = 'pgboss';
  const boss = new PgBoss({
    db: jobSql(handle),
    schema,
    // Finished jobs are kept a week, then archived and deleted by pg-boss's own maintenance.
    archiveCompletedAfterSeconds: 7 * 86_400,
    deleteAfterDays: 30,
  });
  boss.on('error', (error) => options.onError?.('pg-boss', error));
  await withJobSetupLock(handle, async () => {
    await installJobSchema(handle, schema, PgBoss.getConstructionPlans(schema));
    await boss.start();
    await boss.createQueue(jobNames.mail, {
      name: jobNames.mail,
      policy: 'standard',
      retryLimit: 8,
      retryDelay: 60,
      retryBackoff: true,
    });
    for (const name of Object.keys(schedules) as (keyof typeof schedules)[]) {
      // "singleton": at most one of these jobs waiting or running at a time, whichever server
      // created it.
      await boss.createQueue(name, { name, policy: 'singleton', retryLimit: 2, retryDelay: 300 });
      await boss.schedule(name, schedules[name], {}, { tz: 'UTC' });
    }
  });

  const runner: JobRunner = {
    boss,
    async sendMail(trx, mailId) {
      await boss.send(jobNames.mail, { mailId }, { db: transactionJobSql(trx) });
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5_000, close: false, wait: true });
    },
  };

  if (options.work !== false) {
    const work = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 };
    // The handlers use the runner to enqueue e-mail they write.
    const withJobs: AppDeps = { ...deps, jobs: runner };
    const guard = (name: string, task: () => Promise<unknown>) => async (): Promise<void> => {
      try {
        await task();
      } catch (error) {
        options.onError?.(name, error);
        throw error;
      }
    };
    await boss.work<{ mailId: string }>(jobNames.mail, work, async ([job]) => {
      if (!job) return;
      await guard(jobNames.mail, () =>
        deliverMail(withJobs, job.data.mailId, { smtp: options.smtp }),
      )();
    });
    await boss.work(
      jobNames.checkinReminders,
      work,
      guard(jobNames.checkinReminders, () => sendCheckinReminders(withJobs)),
    );
    await boss.work(
      jobNames.consultationReminders,
      work,
      guard(jobNames.consultationReminders, () => sendConsultationReminders(withJobs)),
    );
    await boss.work(
      jobNames.trajectories,
      work,
      guard(jobNames.trajectories, () => recomputeTrajectories(withJobs)),
    );
    await boss.work(
      jobNames.signalSweep,
      work,
      guard(jobNames.signalSweep, () => sweepSignalQueue(withJobs, drainBatchSizes[handle.kind])),
    );
    await boss.work(
      jobNames.retention,
      work,
      guard(jobNames.retention, () => cleanUpRetention(withJobs)),
    );
  }
  return runner;
}
