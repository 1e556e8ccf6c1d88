/**
 * A flag in detail (with its repair prompt and whether the alliance recovered), repair notes,
 * and the therapist's private reflections (readable by their author alone).
 */
import { AppError } from '../core/errors';
import type { Locale } from '../core/i18n';
import { relationshipTo } from '../core/access';
import { renderRepairPrompt, repairPromptFor } from '../core/repair';
import { defaultSignalSettings } from '../core/signals';
import type {
  RepairNoteRequest,
  RepairNoteView,
  ReflectionView,
  SignalDetailView,
} from '../core/workspace';
import { appendAudit } from '../storage/audit.repo';
import { listCheckins } from '../storage/checkins.repo';
import { toStoredSignal } from '../storage/signals.repo';
import { listSessions } from '../storage/engagements.repo';
import {
  deleteReflection,
  insertRepairNote,
  insertReflection,
  listReflections,
  listRepairNotes,
  type RepairNoteRow,
  type ReflectionRow,
} from '../storage/workspace.repo';
import type { Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { engagementFacts, requireEngagement } from './engagements.service';
import { requireSignal, toSignalView } from './signals.service';

const mean = (values: number[]) =>
  values.length === 0
    ? null
    : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

function toRepairView(deps: Pick<AppDeps, 'sealer'>, row: RepairNoteRow): RepairNoteView {
  return {
    id: row.id,
    signalId: row.signal_id,
    note: deps.sealer.open(row.note_ciphertext, `repair_notes.note:${row.id}`),
    authorName: row.author_name,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * Before the flag, at the flag, and after the first repair conversation (up to two check-ins),
 * in the order of the sessions they are about.
 */
async function recovery(
  db: Executor,
  engagementId: string,
  sessionId: string | null,
  firstRepairAt: Date | null,
): Promise<SignalDetailView['recovery']> {
  const [checkins, sessions] = await Promise.all([
    listCheckins(db, engagementId, 'client'),
    listSessions(db, engagementId),
  ]);
  const sessionTime = new Map(sessions.map((s) => [s.id, new Date(s.scheduled_at).getTime()]));
  const alliance = checkins
    .filter((c) => c.instrument_id === 'alliance' && c.scores.alliance !== undefined)
    .map((c) => ({
      session: c.session_id,
      time: sessionTime.get(c.session_id) ?? 0,
      score: c.scores.alliance ?? 0,
    }))
    .sort((a, b) => a.time - b.time);
  const flagged = sessionId ? alliance.find((c) => c.session === sessionId) : undefined;
  const before = flagged ? alliance.filter((c) => c.time < flagged.time) : [];
  const after = firstRepairAt
    ? alliance.filter((c) => c.time > firstRepairAt.getTime()).slice(0, 2)
    : [];
  const baseline = mean(before.map((c) => c.score));
  const afterRepair = mean(after.map((c) => c.score));
  return {
    baseline,
    atFlag: flagged?.score ?? null,
    afterRepair,
    // Back to at least the pre-flag mean: the "V-shaped" rupture–repair sequence.
    recovered:
      afterRepair === null
        ? null
        : afterRepair >= (baseline ?? defaultSignalSettings.lowAlliance.scoreBelow),
  };
}

export async function getSignalDetail(
  deps: AppDeps,
  actor: Actor,
  signalId: string,
  locale: Locale,
): Promise<SignalDetailView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { row, engagement } = await requireSignal(deps, trx, actor, signalId, 'signal.read');
    const stored = toStoredSignal(deps.sealer, row);
    const repairs = await listRepairNotes(trx, signalId);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'signal.read',
        resourceType: 'signal',
        resourceId: signalId,
        subjectId: engagement.client_id,
      }),
    ]);
    const first = repairs[0] ? new Date(repairs[0].created_at) : null;
    return {
      ...toSignalView(row, stored, locale),
      prompt: renderPrompt(stored, locale),
      repairs: repairs.map((note) => toRepairView(deps, note)),
      recovery: await recovery(trx, row.engagement_id, row.session_id, first),
    };
  });
}

function renderPrompt(
  stored: Parameters<typeof repairPromptFor>[0],
  locale: Locale,
): SignalDetailView['prompt'] {
  const prompt = repairPromptFor(stored);
  const words = renderRepairPrompt(prompt, locale);
  return {
    title: words.title,
    openHeading: words.openHeading,
    open: words.open,
    avoidHeading: words.avoidHeading,
    avoid: words.avoid,
    urgent: prompt.urgent,
    followClinicProtocol: prompt.followClinicProtocol,
  };
}

export async function addRepairNote(
  deps: AppDeps,
  actor: Actor,
  signalId: string,
  input: RepairNoteRequest,
): Promise<RepairNoteView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { row, engagement } = await requireSignal(deps, trx, actor, signalId, 'signal.update');
    const id = deps.newId();
    await insertRepairNote(trx, {
      id,
      clinic_id: row.clinic_id,
      signal_id: signalId,
      author_id: actor.userId,
      note_ciphertext: deps.sealer.seal(input.note, `repair_notes.note:${id}`),
      created_at: now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'repair.create',
        resourceType: 'signal',
        resourceId: signalId,
        subjectId: engagement.client_id,
      }),
    ]);
    const notes = await listRepairNotes(trx, signalId);
    const mine = notes.find((note) => note.id === id);
    if (!mine) throw new AppError('internal_error');
    return toRepairView(deps, mine);
  });
}

/* ---------- Private reflections ---------- */

function toReflectionView(deps: Pick<AppDeps, 'sealer'>, row: ReflectionRow): ReflectionView {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    text: deps.sealer.open(row.text_ciphertext, `reflection_notes.text:${row.id}`),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * Reflections belong to the therapist of the engagement; nobody else learns they exist (404).
 * Their audit events name no subject, so they do not appear in the client's access log.
 */
async function requireOwnWork(
  deps: AppDeps,
  db: Executor,
  actor: Actor,
  engagementId: string,
  write: boolean,
) {
  const engagement = await requireEngagement(
    deps,
    db,
    actor,
    engagementId,
    write ? 'reflection.write' : 'reflection.read',
    'not_found',
  );
  const relation = relationshipTo(actor, engagementFacts(engagement), deps.clock());
  if (relation !== 'therapist' && relation !== 'former_therapist') throw new AppError('not_found');
  return engagement;
}

export async function listMyReflections(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<ReflectionView[]> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    await requireOwnWork(deps, trx, actor, engagementId, false);
    const rows = await listReflections(trx, actor.userId, engagementId);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'reflection.list',
        resourceType: 'engagement',
        resourceId: engagementId,
        subjectId: null,
      }),
    ]);
    return rows.map((row) => toReflectionView(deps, row));
  });
}

export async function addReflection(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  text: string,
): Promise<ReflectionView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const engagement = await requireOwnWork(deps, trx, actor, engagementId, true);
    const id = deps.newId();
    const row: ReflectionRow = {
      id,
      clinic_id: engagement.clinic_id,
      engagement_id: engagementId,
      author_id: actor.userId,
      text_ciphertext: deps.sealer.seal(text, `reflection_notes.text:${id}`),
      created_at: now,
    };
    await insertReflection(trx, row);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'reflection.create',
        resourceType: 'reflection',
        resourceId: id,
        subjectId: null,
      }),
    ]);
    return toReflectionView(deps, row);
  });
}

export async function removeReflection(
  deps: AppDeps,
  actor: Actor,
  reflectionId: string,
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const removed = await deleteReflection(trx, actor.userId, reflectionId);
    if (!removed) throw new AppError('not_found');
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'reflection.delete',
        resourceType: 'reflection',
        resourceId: reflectionId,
        subjectId: null,
      }),
    ]);
  });
}
