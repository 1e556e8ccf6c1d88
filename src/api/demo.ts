/**
 * The demo clinic with its flags: the storage layer writes the people and their history; here
 * the comments are screened and every engagement's signals computed, in the same transaction,
 * so the demo is never seen without its flags.
 */
import { screenComment } from '../core/screening';
import { listClientComments, setCheckinScreening } from '../storage/checkins.repo';
import type { Database } from '../storage/db';
import { loadDemoClinic, type DemoResult } from '../storage/demo/generate';
import type { Executor } from '../storage/users.repo';
import type { AppDeps } from './context';
import { recomputeSignals } from './signals.service';

type DemoDeps = Pick<AppDeps, 'sealer' | 'newId' | 'hashPassword'>;

export async function screenStoredComments(
  deps: Pick<AppDeps, 'sealer'>,
  db: Executor,
  engagementIds: readonly string[],
): Promise<number> {
  const comments = await listClientComments(db, engagementIds);
  for (const row of comments) {
    const text = deps.sealer.open(row.comment_ciphertext, `checkins.comment:${row.id}`);
    const screening = screenComment(text);
    const labels = [...new Set(screening.findings.map((finding) => finding.label))];
    const sealed =
      screening.findings.length > 0
        ? deps.sealer.seal(JSON.stringify(screening), `checkins.screening:${row.id}`)
        : null;
    await setCheckinScreening(db, row.id, labels, sealed);
  }
  return comments.length;
}

export async function loadDemo(
  deps: DemoDeps,
  db: Database,
  options: { clinicId?: string; now: Date },
): Promise<DemoResult> {
  return loadDemoClinic(db, deps.sealer, {
    ...(options.clinicId ? { clinicId: options.clinicId } : {}),
    now: options.now,
    hashPassword: deps.hashPassword,
    recomputeSignals: async (trx, loaded) => {
      await screenStoredComments(deps, trx, loaded.engagementIds);
      for (const id of loaded.engagementIds) {
        await recomputeSignals(deps, trx, { id, clinicId: loaded.clinicId }, loaded.now);
      }
    },
  });
}
