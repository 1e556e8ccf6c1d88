/**
 * npm run demo: load the demo clinic into a new clinic of the configured database
 * (DATABASE_URL, or the embedded database in RAPPORT_DATA_DIR, default ./data) and print its
 * sign-ins.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { hash } from '@node-rs/argon2';
import { createSealer, parseKeyRing } from '../crypto';
import { openDatabase } from '../db';
import { loadOrCreateKeyFile } from '../keyfile';
import { migrate } from '../migrate';
import { DemoAlreadyLoadedError, loadDemoClinic, type DemoSignIn } from './generate';

// argon2id (2 in @node-rs/argon2's const enum) with the server's parameters (src/api/passwords.ts).
const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const dataDir = process.env.RAPPORT_DATA_DIR ?? './data';
  let keyText = process.env.RAPPORT_ENCRYPTION_KEY;
  if (!keyText) {
    if (url)
      throw new Error(
        'RAPPORT_ENCRYPTION_KEY is required with DATABASE_URL (generate one with: openssl rand -base64 32).',
      );
    keyText = await loadOrCreateKeyFile(dataDir);
  }
  const sealer = createSealer(parseKeyRing(keyText));

  if (!url) await mkdir(dataDir, { recursive: true });
  const handle = url
    ? await openDatabase({ url })
    : await openDatabase({ dataDir: join(dataDir, 'pglite') });
  try {
    await migrate(handle);
    const started = performance.now();
    const result = await loadDemoClinic(handle.db, sealer, {
      hashPassword: (password) => hash(password.normalize('NFKC'), argon2Options),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const counts = Object.entries(result.counts)
      .map(([name, count]) => `${count} ${name}`)
      .join(', ');
    console.log(`Demo clinic ${result.clinicId} loaded in ${seconds} s: ${counts}.\n`);
    printSignIns(result.signIns);
  } finally {
    await handle.close();
  }
}

function printSignIns(signIns: readonly DemoSignIn[]): void {
  const width = Math.max(...signIns.map((signIn) => signIn.email.length));
  console.log(`Every account's password: ${signIns[0]?.password ?? ''}\n`);
  for (const signIn of signIns) {
    const story = signIn.story ? `  ${signIn.story}` : '';
    console.log(
      `${signIn.role.padEnd(9)} ${signIn.email.padEnd(width)}  ${signIn.displayName}${story}`,
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof DemoAlreadyLoadedError) {
    console.error(`${error.message} Nothing was changed.`);
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  }
  process.exitCode = 1;
});
