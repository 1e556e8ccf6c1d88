/** Questionnaires a clinic imported: the validated FHIR JSON, one row per clinic and id. */
import type { Selectable } from 'kysely';
import type { ClinicInstrumentsTable } from './schema';
import type { Executor } from './users.repo';

export type ClinicInstrumentRow = Selectable<ClinicInstrumentsTable>;

export async function insertClinicInstrument(
  db: Executor,
  row: {
    clinicId: string;
    id: string;
    respondent: 'client' | 'therapist';
    questionnaire: Record<string, unknown>;
    importedBy: string;
    now: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('clinic_instruments')
    .values({
      clinic_id: row.clinicId,
      id: row.id,
      respondent: row.respondent,
      questionnaire: JSON.stringify(row.questionnaire),
      imported_by: row.importedBy,
      imported_at: row.now,
    })
    .onConflict((oc) => oc.columns(['clinic_id', 'id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function listClinicInstruments(
  db: Executor,
  clinicId: string,
): Promise<ClinicInstrumentRow[]> {
  return db
    .selectFrom('clinic_instruments')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .orderBy('imported_at')
    .orderBy('id')
    .execute();
}

export async function findClinicInstrument(
  db: Executor,
  clinicId: string,
  id: string,
): Promise<ClinicInstrumentRow | undefined> {
  return db
    .selectFrom('clinic_instruments')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .executeTakeFirst();
}
