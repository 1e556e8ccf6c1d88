/**
 * npm run audit:verify — walk every clinic's audit chain from its genesis and report the first
 * event that was changed, removed or reordered. Exits 1 when any chain is broken.
 */
import { verifyAuditChain } from '../storage/audit.repo';
import { loadConfig } from './config';
import { openConfiguredDatabase } from './startup';

async function main(): Promise<void> {
  const handle = await openConfiguredDatabase(loadConfig());
  try {
    const clinics = await handle.db
      .selectFrom('clinics')
      .select(['id', 'name'])
      .orderBy('created_at')
      .execute();
    let broken = 0;
    for (const clinic of clinics) {
      const report = await verifyAuditChain(handle.db, clinic.id);
      if (report.ok) {
        console.log(`ok      ${clinic.name}: ${report.events} events, chain intact`);
      } else {
        broken += 1;
        console.log(
          `BROKEN  ${clinic.name}: at event ${report.problem?.seq ?? '?'} (${report.problem?.reason ?? 'unknown'}); ${report.events} events verified before it`,
        );
      }
    }
    if (broken > 0) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `audit:verify could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
});
