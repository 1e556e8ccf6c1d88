/**
 * npm run restore -- --in rapport.backup.gz — restore a backup into a new, empty database (the
 * data directory or DATABASE_URL of the configuration), in one transaction, then verify every
 * clinic's audit chain. Use the same encryption key as the installation that made the backup.
 */
import { verifyAuditChain } from '../storage/audit.repo';
import { restoreDatabase } from '../storage/backup.repo';
import { migrate } from '../storage/migrate';
import { loadConfig } from './config';
import { openConfiguredDatabase } from './startup';

async function main(): Promise<void> {
  const index = process.argv.indexOf('--in');
  const from = index >= 0 ? process.argv[index + 1] : undefined;
  if (!from) throw new Error('Say which backup to restore: npm run restore -- --in <file>');
  const handle = await openConfiguredDatabase(loadConfig());
  try {
    await migrate(handle);
    const report = await restoreDatabase(handle.db, from);
    console.log(`Restored ${report.rows} rows into ${report.tables.length} tables.`);
    const clinics = await handle.db.selectFrom('clinics').select(['id', 'name']).execute();
    let broken = 0;
    for (const clinic of clinics) {
      const chain = await verifyAuditChain(handle.db, clinic.id);
      console.log(
        `${chain.ok ? 'ok    ' : 'BROKEN'}  ${clinic.name}: ${chain.events} audit events${chain.ok ? ', chain intact' : ''}`,
      );
      if (!chain.ok) broken += 1;
    }
    if (broken > 0) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `restore could not finish: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
