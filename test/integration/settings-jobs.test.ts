/**
 * What the administrator saves on the settings page is what the background jobs read: the
 * reminder job waits the delay set there, and a save keeps what the nightly job learned (the
 * not-on-track trajectory model) in the same settings document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendCheckinReminders } from '../../src/api/jobs/handlers';
import { readClinicSettings } from '../../src/storage/clinic-settings.repo';
import { saveTrajectoryModel } from '../../src/storage/jobs.repo';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import type { Client, TestApp } from '../helpers/app';
import { createAdminTestApp, signInAdmin } from '../helpers/admins';
import { activeEngagement } from '../helpers/factories';

let t: TestApp;
let admin: Client;
const hour = 3_600_000;

beforeAll(async () => {
  t = await createAdminTestApp();
  admin = await signInAdmin(t);
});
afterAll(async () => {
  await t.close();
});

async function remindersTo(email: string): Promise<number> {
  const rows = await t.handle.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('kind', '=', 'checkin_reminder')
    .execute();
  return rows.map((row) => openOutboxRow(t.deps.sealer, row)).filter((m) => m.to === email).length;
}

describe('settings the background jobs read', () => {
  it('sends the check-in reminder after the delay the administrator set', async () => {
    const saved = await admin.request('PATCH', '/api/v1/clinic/settings', {
      reminders: { checkinReminderHours: 6 },
    });
    expect(saved.statusCode).toBe(200);

    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const session = (
      await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
        scheduledAt: new Date(t.clock.now().getTime() - hour).toISOString(),
      })
    ).json<{ id: string }>();
    const marked = await therapist.request('PATCH', `/api/v1/sessions/${session.id}`, {
      status: 'attended',
    });
    expect(marked.statusCode).toBe(200);

    // Five hours on: not yet (the default of 48 hours would not send either, so go on).
    t.clock.advance(5 * hour);
    await sendCheckinReminders(t.deps);
    expect(await remindersTo(client.email)).toBe(0);
    // Past six hours, long before the default 48: the clinic's own delay was used.
    t.clock.advance(2 * hour);
    await sendCheckinReminders(t.deps);
    expect(await remindersTo(client.email)).toBe(1);
  });

  it('keeps the learned trajectory model when the administrator saves the settings', async () => {
    const model = { engagements: 42, intercept: 3.5, slope: 1.25 };
    await saveTrajectoryModel(t.handle.db, t.deps.defaultClinicId, model);

    // What the settings page sends: every field it edits, and nothing about the model.
    const current = (await admin.request('GET', '/api/v1/clinic/settings')).json<{
      signals: Record<string, unknown>;
      reminders: Record<string, unknown>;
      checkins: Record<string, unknown>;
      region: string | null;
      crisisResources: unknown[];
    }>();
    const saved = await admin.request('PATCH', '/api/v1/clinic/settings', {
      ...current,
      signals: { ...current.signals, lowAllianceBelow: 8.5, dropRule: '2sd' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ signals: { lowAllianceBelow: 8.5, dropRule: '2sd' } });

    const stored = await readClinicSettings(t.handle.db, t.deps.defaultClinicId);
    expect(stored?.signals?.notOnTrack?.model).toEqual(model);
    expect(stored?.signals?.lowAlliance?.scoreBelow).toBe(8.5);
    expect(stored?.signals?.allianceDrop?.k).toBe(2);
    // The reminder delay saved earlier is still there too.
    expect(stored?.reminders).toEqual({ checkinReminderHours: 6 });
  });
});
