/**
 * npm run keys:rotate — rotate the encryption key of data at rest.
 *
 * Embedded installation (no RAPPORT_ENCRYPTION_KEY): stop Rapport first; a new key is put first
 * in <data dir>/encryption.key and every sealed value is re-sealed with it. Older keys stay in
 * the file, so a run that stops half-way loses nothing: run `npm run keys:rotate -- --resume`
 * to finish without adding another key.
 *
 * With RAPPORT_ENCRYPTION_KEY (PostgreSQL): put a new key first in the variable, keeping the old
 * ones after it (`new,old`), restart the app servers, then run this; it re-seals everything not
 * yet under the first key. Once it reports nothing remaining, the old keys may be removed.
 *
 * Options: --resume (embedded: do not add a key), --batch N (rows per transaction, default 500).
 */
import { createSealer, parseKeyRing } from '../storage/crypto';
import { loadOrCreateKeyFile } from '../storage/keyfile';
import { addKeyToKeyFile, resealAll } from '../storage/key-rotation.repo';
import { loadConfig } from './config';
import { openConfiguredDatabase } from './startup';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const resume = process.argv.includes('--resume');
  const batchSize = Number(option('--batch') ?? 500);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error('--batch must be a whole number.');

  let ringText: string;
  if (config.encryptionKey) {
    ringText = config.encryptionKey;
    console.log('Using RAPPORT_ENCRYPTION_KEY: re-sealing everything with its first key.');
  } else {
    await loadOrCreateKeyFile(config.dataDir);
    if (resume) {
      ringText = await loadOrCreateKeyFile(config.dataDir);
      console.log('Resuming: re-sealing with the newest key in the key file.');
    } else {
      ringText = await addKeyToKeyFile(config.dataDir);
      console.log('A new key was added to the key file; older keys stay readable.');
    }
  }
  const sealer = createSealer(parseKeyRing(ringText));
  const handle = await openConfiguredDatabase(config);
  try {
    const report = await resealAll(handle.db, sealer, { batchSize });
    for (const column of report.columns) {
      console.log(
        `${`${column.table}.${column.column}`.padEnd(44)} re-sealed ${String(column.resealed).padStart(7)}   remaining ${column.remaining}`,
      );
    }
    console.log(
      `\nActive key ${report.activeKeyId}: ${report.resealed} values re-sealed, ${report.remaining} remaining.`,
    );
    if (report.remaining > 0) {
      console.log('Run it again (with --resume on an embedded installation) to finish.');
      process.exitCode = 1;
    } else if (config.encryptionKey) {
      console.log('Every value is under the first key: the older keys can now be removed.');
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `keys:rotate could not finish: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
});
