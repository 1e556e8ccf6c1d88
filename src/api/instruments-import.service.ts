/**
 * Questionnaires a clinic imports (`POST /instruments`): a FHIR R4 Questionnaire with Rapport's
 * scoring extension, validated whole — every problem comes back with its JSON path and a
 * message — and stored for the clinic only when nothing is wrong. `GET /instruments` lists the
 * built-ins and, for a signed-in person, their clinic's imports.
 */
import { AppError } from '../core/errors';
import type { Locale } from '../core/i18n';
import {
  builtinInstruments,
  builtinQuestionnaires,
  questionnaireSchema,
  readQuestionnaire,
  type Instrument,
  type Questionnaire,
} from '../core/instruments';
import { issuesToProblems, type Problem } from '../core/problems';
import { appendAudit } from '../storage/audit.repo';
import {
  findClinicInstrument,
  insertClinicInstrument,
  listClinicInstruments,
} from '../storage/instruments.repo';
import type { Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { requireClinicAdmin } from './invitations.service';

export interface ImportedInstrumentView {
  id: string;
  title: string;
  respondent: 'client' | 'therapist';
  items: number;
  scales: { id: string; min: number; max: number; reliableChange: number | null }[];
  importedAt: string;
}

/** Every problem of a submitted Questionnaire, structure first (localised), then Rapport's rules. */
export function questionnaireProblems(json: unknown, locale: Locale): Problem[] {
  const parsed = questionnaireSchema.safeParse(json);
  if (!parsed.success) return issuesToProblems(parsed.error.issues, locale);
  const read = readQuestionnaire(json);
  return read.success ? [] : read.problems;
}

/** The clinic's imported instruments, read back into the core's shape (a broken row is skipped). */
export async function loadClinicInstruments(db: Executor, clinicId: string): Promise<Instrument[]> {
  const rows = await listClinicInstruments(db, clinicId);
  return readImportedInstruments(rows.map((row) => row.questionnaire));
}

/** Stored imported questionnaires as instruments (one that no longer reads is left out). */
export function readImportedInstruments(questionnaires: readonly unknown[]): Instrument[] {
  return questionnaires.flatMap((json) => {
    const read = readQuestionnaire(json);
    return read.success ? [read.instrument] : [];
  });
}

/** Built-ins and the clinic's imports: what check-ins and the signal engine can use. */
export async function clinicInstruments(db: Executor, clinicId: string): Promise<Instrument[]> {
  return [...builtinInstruments, ...(await loadClinicInstruments(db, clinicId))];
}

export async function importInstrument(
  deps: AppDeps,
  actor: Actor,
  json: unknown,
  locale: Locale,
): Promise<ImportedInstrumentView> {
  requireClinicAdmin(actor);
  const read = readQuestionnaire(json);
  if (!read.success)
    throw new AppError('instrument_invalid', { problems: questionnaireProblems(json, locale) });
  const { instrument, questionnaire } = read;
  if (builtinInstruments.some((builtin) => builtin.id === instrument.id))
    throw new AppError('instrument_exists', { params: { id: instrument.id } });
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const stored = await insertClinicInstrument(trx, {
      clinicId: actor.clinicId,
      id: instrument.id,
      respondent: instrument.respondent,
      questionnaire: questionnaire as unknown as Record<string, unknown>,
      importedBy: actor.userId,
      now,
    });
    if (!stored) throw new AppError('instrument_exists', { params: { id: instrument.id } });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'instrument.import',
        resourceType: 'instrument',
        resourceId: instrument.id,
        subjectId: null,
      }),
    ]);
    return viewOf(instrument, now);
  });
}

function viewOf(instrument: Instrument, importedAt: Date): ImportedInstrumentView {
  return {
    id: instrument.id,
    title: instrument.title[instrument.language] ?? Object.values(instrument.title)[0] ?? '',
    respondent: instrument.respondent,
    items: instrument.items.length,
    scales: instrument.scales.map((scale) => ({
      id: scale.id,
      min: scale.min,
      max: scale.max,
      reliableChange: scale.reliableChange ?? null,
    })),
    importedAt: importedAt.toISOString(),
  };
}

/** Questionnaires the actor may read: the built-ins, and their own clinic's imports. */
export async function listQuestionnaires(
  deps: AppDeps,
  actor: Actor | null,
): Promise<Questionnaire[]> {
  if (!actor) return [...builtinQuestionnaires];
  const rows = await listClinicInstruments(deps.db, actor.clinicId);
  return [
    ...builtinQuestionnaires,
    ...rows.map((row) => row.questionnaire as unknown as Questionnaire),
  ];
}

export async function findQuestionnaire(
  deps: AppDeps,
  actor: Actor | null,
  id: string,
): Promise<Questionnaire | undefined> {
  const builtin = builtinQuestionnaires.find((q) => q.id === id);
  if (builtin || !actor) return builtin;
  const row = await findClinicInstrument(deps.db, actor.clinicId, id);
  return row ? (row.questionnaire as unknown as Questionnaire) : undefined;
}
