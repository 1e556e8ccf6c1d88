/**
 * A clinic's settings document (clinics.settings, jsonb). The administrator's edits go through
 * the service with the row locked, so two edits (or an edit and a nightly job writing a learned
 * model into it) never lose each other's changes.
 */
import { readStoredSettings, type StoredClinicSettings } from '../core/clinic-settings';
import type { Executor } from './users.repo';

export async function readClinicSettings(
  db: Executor,
  clinicId: string,
  options: { forUpdate?: boolean } = {},
): Promise<StoredClinicSettings | undefined> {
  let query = db.selectFrom('clinics').select('settings').where('id', '=', clinicId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const settings: unknown = row.settings;
  return settings && typeof settings === 'object' ? (settings as StoredClinicSettings) : {};
}

export async function writeClinicSettings(
  db: Executor,
  clinicId: string,
  settings: StoredClinicSettings,
): Promise<void> {
  await db
    .updateTable('clinics')
    .set({ settings: JSON.stringify(settings) })
    .where('id', '=', clinicId)
    .execute();
}

/**
 * Hours after an attended session at which a check-in still not completed gets one reminder
 * (the clinic's setting, 48 by default). For the background job that sends reminders.
 */
export async function clinicCheckinReminderHours(db: Executor, clinicId: string): Promise<number> {
  return readStoredSettings(await readClinicSettings(db, clinicId)).reminders.checkinReminderHours;
}

/** Which check-ins each side is asked for after a session, as the clinic set them. */
export async function clinicCheckinChoice(
  db: Executor,
  clinicId: string,
): Promise<{ client: string[]; therapist: string[] }> {
  return readStoredSettings(await readClinicSettings(db, clinicId)).checkins;
}
