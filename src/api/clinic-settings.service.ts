/**
 * Clinic settings: read and changed by the clinic's administrators, validated as a whole (every
 * problem reported with its field, nothing written unless all is well), audited. The signal
 * engine reads the same document on every recomputation (signals.service.ts), check-ins read
 * which instruments are used and the crisis resources (checkins.service.ts), and the reminder
 * job reads the timing (clinicCheckinReminderHours in storage).
 */
import {
  mergeSignalOverrides,
  readStoredSettings,
  signalFieldOfEnginePath,
  signalsViewOf,
  type ClinicSettingsView,
  type StoredClinicSettings,
  type UpdateClinicSettingsRequest,
} from '../core/clinic-settings';
import { AppError } from '../core/errors';
import { translate, type Locale } from '../core/i18n';
import { builtinInstruments } from '../core/instruments';
import type { Problem } from '../core/problems';
import {
  defaultSignalSettings,
  resolveSignalSettings,
  signalSettingsOverridesSchema,
  type SignalSettingsOverrides,
} from '../core/signals';
import { appendAudit } from '../storage/audit.repo';
import { readClinicSettings, writeClinicSettings } from '../storage/clinic-settings.repo';
import { listClinicInstruments } from '../storage/instruments.repo';
import type { Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { requireClinicAdmin } from './invitations.service';

function storedOverrides(doc: StoredClinicSettings): SignalSettingsOverrides {
  const parsed = signalSettingsOverridesSchema.safeParse(doc.signals ?? {});
  return parsed.success ? parsed.data : {};
}

function viewOf(doc: StoredClinicSettings): ClinicSettingsView {
  const resolved = resolveSignalSettings(doc.signals ?? {});
  const rest = readStoredSettings(doc);
  return {
    region: rest.region,
    signals: signalsViewOf(resolved.success ? resolved.settings : defaultSignalSettings),
    reminders: rest.reminders,
    checkins: rest.checkins,
    crisisResources: rest.crisisResources,
  };
}

export async function getClinicSettings(deps: AppDeps, actor: Actor): Promise<ClinicSettingsView> {
  requireClinicAdmin(actor);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const doc = await readClinicSettings(trx, actor.clinicId);
    if (!doc) throw new AppError('not_found');
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'clinic_settings.read',
        resourceType: 'clinic',
        resourceId: actor.clinicId,
        subjectId: null,
      }),
    ]);
    return viewOf(doc);
  });
}

/** The instruments each side may be asked to complete: built-ins and the clinic's imports. */
async function instrumentRespondents(
  db: Executor,
  clinicId: string,
): Promise<Map<string, 'client' | 'therapist'>> {
  const known = new Map(builtinInstruments.map((i) => [i.id, i.respondent] as const));
  for (const row of await listClinicInstruments(db, clinicId)) known.set(row.id, row.respondent);
  return known;
}

function checkinProblems(
  checkins: ClinicSettingsView['checkins'],
  known: Map<string, 'client' | 'therapist'>,
  locale: Locale,
): Problem[] {
  const problems: Problem[] = [];
  for (const side of ['client', 'therapist'] as const) {
    const seen = new Set<string>();
    checkins[side].forEach((id, index) => {
      const path = `checkins.${side}[${index}]`;
      if (seen.has(id))
        problems.push({ path, message: translate(locale, 'problem.duplicate', { value: id }) });
      seen.add(id);
      const respondent = known.get(id);
      if (respondent === undefined)
        problems.push({
          path,
          message: translate(locale, 'settings.problem.unknown_instrument', { id }),
        });
      else if (respondent !== side)
        problems.push({
          path,
          message: translate(locale, `settings.problem.wrong_respondent.${side}`, { id }),
        });
    });
  }
  // The alliance check-in is what Rapport is for: it cannot be switched off.
  if (!checkins.client.includes('alliance'))
    problems.push({
      path: 'checkins.client',
      message: translate(locale, 'settings.problem.alliance_required'),
    });
  return problems;
}

function crisisProblems(
  resources: ClinicSettingsView['crisisResources'],
  locale: Locale,
): Problem[] {
  return resources.flatMap((resource, index) =>
    resource.phone || resource.text || resource.url
      ? []
      : [
          {
            path: `crisisResources[${index}]`,
            message: translate(locale, 'settings.problem.crisis_contact'),
          },
        ],
  );
}

/** Field names an update touched, for the audit event (never values). */
function changedFields(input: UpdateClinicSettingsRequest): string {
  const fields: string[] = [];
  for (const [section, value] of Object.entries(input)) {
    if (value && typeof value === 'object' && !Array.isArray(value))
      fields.push(...Object.keys(value).map((key) => `${section}.${key}`));
    else fields.push(section);
  }
  return fields.join(',');
}

export async function updateClinicSettings(
  deps: AppDeps,
  actor: Actor,
  input: UpdateClinicSettingsRequest,
  locale: Locale,
): Promise<ClinicSettingsView> {
  requireClinicAdmin(actor);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    // Locked, so a concurrent edit (or a job writing a learned model) is not lost.
    const doc = await readClinicSettings(trx, actor.clinicId, { forUpdate: true });
    if (!doc) throw new AppError('not_found');
    const current = viewOf(doc);
    const problems: Problem[] = [];

    const signals = input.signals
      ? mergeSignalOverrides(storedOverrides(doc), input.signals)
      : storedOverrides(doc);
    const resolved = resolveSignalSettings(signals);
    if (!resolved.success) {
      for (const found of resolved.problems) {
        const path = signalFieldOfEnginePath[found.path] ?? `signals`;
        problems.push({
          path,
          message:
            found.path === 'disengagement.minMissed'
              ? translate(locale, 'settings.problem.missed_over_window')
              : found.message,
        });
      }
    }
    const checkins = { ...current.checkins, ...input.checkins };
    if (input.checkins)
      problems.push(
        ...checkinProblems(checkins, await instrumentRespondents(trx, actor.clinicId), locale),
      );
    if (input.crisisResources) problems.push(...crisisProblems(input.crisisResources, locale));
    if (problems.length > 0) throw new AppError('settings_invalid', { problems });

    const next: StoredClinicSettings = {
      ...doc,
      signals,
      region: input.region === undefined ? current.region : input.region,
      reminders: { ...current.reminders, ...input.reminders },
      checkins,
      crisisResources: input.crisisResources ?? current.crisisResources,
    };
    await writeClinicSettings(trx, actor.clinicId, next);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'clinic_settings.update',
        resourceType: 'clinic',
        resourceId: actor.clinicId,
        subjectId: null,
        reason: changedFields(input),
      }),
    ]);
    return viewOf(next);
  });
}
