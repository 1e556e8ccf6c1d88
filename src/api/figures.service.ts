/**
 * Clinic figures: administrators read the clinic's (optionally one therapist's); a therapist
 * reads their own. Counts only, with small cells hidden (src/core/figures.ts documents the
 * rule); every read is audited.
 */
import { mayOnClinic } from '../core/access';
import {
  computeFigures,
  maxFigureDays,
  type FiguresQuery,
  type FiguresView,
} from '../core/figures';
import { AppError } from '../core/errors';
import { builtinInstruments, scaleReliableChange } from '../core/instruments';
import { appendAudit } from '../storage/audit.repo';
import { findClinicTherapist } from '../storage/clinic-therapists.repo';
import { loadFigureFacts } from '../storage/figures.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { catchUpClinicSignals } from './signal-queue.service';
import { clinicSignalSettings } from './signals.service';

const day = 86_400_000;

/** The period asked for: the last 12 months by default; from before to, at most 3 years. */
function period(query: FiguresQuery, now: Date): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from
    ? new Date(query.from)
    : new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth() + 1, 1));
  if (!(from.getTime() < to.getTime()) || to.getTime() - from.getTime() > maxFigureDays * day)
    throw new AppError('figures_period_invalid', { params: { days: maxFigureDays } });
  return { from, to };
}

async function figuresFor(
  deps: AppDeps,
  actor: Actor,
  therapistId: string | null,
  query: FiguresQuery,
): Promise<FiguresView> {
  const now = deps.clock();
  const { from, to } = period(query, now);
  return deps.db.transaction().execute(async (trx) => {
    if (therapistId && !(await findClinicTherapist(trx, actor.clinicId, therapistId)))
      throw new AppError('not_found');
    await catchUpClinicSignals(deps, trx, actor.clinicId);
    const [facts, settings] = await Promise.all([
      loadFigureFacts(trx, { clinicId: actor.clinicId, therapistId, from, to }),
      clinicSignalSettings(trx, actor.clinicId),
    ]);
    const wellbeing = builtinInstruments.find((i) => i.id === 'wellbeing');
    const scale = wellbeing?.scales.find((s) => s.id === 'wellbeing');
    const threshold =
      (scale && scaleReliableChange(scale, settings.psychometrics['wellbeing/wellbeing'])) ?? 5;
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'figures.read',
        resourceType: therapistId ? 'therapist' : 'clinic',
        resourceId: therapistId ?? actor.clinicId,
        subjectId: null,
      }),
    ]);
    return computeFigures(
      { ...facts, from: from.toISOString(), to: to.toISOString(), reliableChange: threshold },
      therapistId,
    );
  });
}

export async function getClinicFigures(
  deps: AppDeps,
  actor: Actor,
  query: FiguresQuery,
): Promise<FiguresView> {
  if (!mayOnClinic(actor, 'clinic.figures.read', actor.clinicId)) throw new AppError('forbidden');
  return figuresFor(deps, actor, query.therapistId ?? null, query);
}

export async function getMyFigures(
  deps: AppDeps,
  actor: Actor,
  query: FiguresQuery,
): Promise<FiguresView> {
  if (query.therapistId !== undefined && query.therapistId !== actor.userId)
    throw new AppError('forbidden');
  if (!mayOnClinic(actor, 'therapist.figures.read', actor.clinicId, actor.userId))
    throw new AppError('forbidden');
  return figuresFor(deps, actor, actor.userId, query);
}
