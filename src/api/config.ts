/** Configuration from the environment (DESIGN.md, Configuration), checked once at start. */
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .transform((value) => value === '1' || value === 'true');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  RAPPORT_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().min(1).optional(),
  RAPPORT_ADMIN_EMAIL: z.string().min(3).optional(),
  RAPPORT_ADMIN_PASSWORD: z.string().min(1).optional(),
  RAPPORT_ENCRYPTION_KEY: z.string().min(1).optional(),
  SMTP_URL: z.string().min(1).optional(),
  RAPPORT_MAIL_FROM: z.string().min(3).default('Rapport <no-reply@localhost>'),
  RAPPORT_PUBLIC_URL: z.url().optional(),
  RAPPORT_DEMO: booleanFlag.optional(),
  RAPPORT_TRUST_PROXY: booleanFlag.optional(),
  RAPPORT_JOBS: booleanFlag.optional(),
  RAPPORT_REQUIRE_TOTP: booleanFlag.optional(),
  RAPPORT_CLINIC_NAME: z.string().min(1).default('My practice'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  encryptionKey: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where people reach Rapport, for links in e-mail. */
  publicUrl: string;
  /** undefined: decided at start (on for an empty embedded database). */
  demo: boolean | undefined;
  trustProxy: boolean;
  /** Run background jobs (pg-boss) in this process; on by default. */
  jobs: boolean;
  /** Therapists and administrators must set up a second factor at their next sign-in. */
  requireTotp: boolean;
  clinicName: string;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  if (e.DATABASE_URL && !e.RAPPORT_ENCRYPTION_KEY) {
    throw new Error(
      'RAPPORT_ENCRYPTION_KEY is required with DATABASE_URL (generate one with: openssl rand -base64 32).',
    );
  }
  if (Boolean(e.RAPPORT_ADMIN_EMAIL) !== Boolean(e.RAPPORT_ADMIN_PASSWORD)) {
    throw new Error('Set both RAPPORT_ADMIN_EMAIL and RAPPORT_ADMIN_PASSWORD, or neither.');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.RAPPORT_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    adminEmail: e.RAPPORT_ADMIN_EMAIL,
    adminPassword: e.RAPPORT_ADMIN_PASSWORD,
    encryptionKey: e.RAPPORT_ENCRYPTION_KEY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.RAPPORT_MAIL_FROM,
    publicUrl: (e.RAPPORT_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    demo: e.RAPPORT_DEMO,
    trustProxy: e.RAPPORT_TRUST_PROXY ?? false,
    jobs: e.RAPPORT_JOBS ?? true,
    requireTotp: e.RAPPORT_REQUIRE_TOTP ?? false,
    clinicName: e.RAPPORT_CLINIC_NAME,
    logLevel: e.LOG_LEVEL,
  };
}
