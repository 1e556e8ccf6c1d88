/**
 * npm run backup -- --out rapport.backup.gz — write a backup of every clinic (all tables, one
 * consistent snapshot; sealed text stays sealed). Keep the encryption key apart from it: the
 * backup cannot be read without the key, and the key is not in the backup.
 */
import { backupDatabase } from '../storage/backup.repo';
import { loadConfig } from './config';
import { openConfiguredDatabase } from './startup';

async function main(): Promise<void> {
  const index = process.argv.indexOf('--out');
  const out = index >= 0 ? process.argv[index + 1] : undefined;
  if (!out) throw new Error('Say where to write it: npm run backup -- --out <file>');
  const handle = await openConfiguredDatabase(loadConfig());
  try {
    const report = await backupDatabase(handle.db, out);
    console.log(`Backed up ${report.rows} rows from ${report.tables.length} tables to ${out}.`);
    console.log('The encryption key is not in the backup: keep a copy of it somewhere else.');
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `backup could not finish: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
