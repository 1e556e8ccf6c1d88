/**
 * npm run demo: load the demo clinic (with its flags) into a new clinic of the configured
 * database (DATABASE_URL, or the embedded database in RAPPORT_DATA_DIR) and print its sign-ins.
 */
import { randomUUID } from 'node:crypto';
import { createSealer } from '../storage/crypto';
import { DemoAlreadyLoadedError } from '../storage/demo/generate';
import { migrate } from '../storage/migrate';
import { loadConfig } from './config';
import { loadDemo } from './demo';
import { hashPassword } from './passwords';
import { keyRingFromConfig, openConfiguredDatabase } from './startup';

async function main(): Promise<void> {
  const config = loadConfig();
  const sealer = createSealer(await keyRingFromConfig(config));
  const handle = await openConfiguredDatabase(config);
  try {
    await migrate(handle);
    const started = performance.now();
    const result = await loadDemo({ sealer, newId: randomUUID, hashPassword }, handle.db, {
      now: new Date(),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const counts = Object.entries(result.counts)
      .map(([name, count]) => `${count} ${name}`)
      .join(', ');
    console.log(`Demo clinic ${result.clinicId} loaded in ${seconds} s: ${counts}.\n`);
    const width = Math.max(...result.signIns.map((signIn) => signIn.email.length));
    console.log(`Every account's password: ${result.signIns[0]?.password ?? ''}\n`);
    for (const signIn of result.signIns) {
      console.log(
        `${signIn.role.padEnd(9)} ${signIn.email.padEnd(width)}  ${signIn.displayName}${signIn.story ? `  ${signIn.story}` : ''}`,
      );
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof DemoAlreadyLoadedError
      ? `${error.message} Nothing was changed.`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exitCode = 1;
});
