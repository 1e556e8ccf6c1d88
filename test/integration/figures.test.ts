import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../helpers/app';
import { createAdminTestApp, otherClinicAdmin, signInAdmin } from '../helpers/admins';
import { signUp, type Person } from '../helpers/factories';

let t: TestApp;
let admin: Client;
const day = 86_400_000;

beforeAll(async () => {
  t = await createAdminTestApp();
  admin = await signInAdmin(t);
});
afterAll(async () => {
  await t.close();
});

let keys = 0;
const key = () => ({ 'idempotency-key': `figures-${++keys}` });
const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });

async function engage(therapist: Person, name: string) {
  const client = await signUp(t.app, 'client', name);
  const engagementId = (
    await therapist.request('POST', '/api/v1/engagements', { clientEmail: client.email })
  ).json<{ id: string }>().id;
  await client.request('PATCH', `/api/v1/engagements/${engagementId}`, { status: 'active' });
  return { client, engagementId };
}

async function attended(therapist: Person, engagementId: string, daysAgo: number) {
  const id = (
    await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: new Date(t.clock.now().getTime() - daysAgo * day).toISOString(),
    })
  ).json<{ id: string }>().id;
  await therapist.request('PATCH', `/api/v1/sessions/${id}`, { status: 'attended' });
  return id;
}

interface Count {
  value: number | null;
}
interface Figures {
  suppressed: boolean;
  checkins: { attended: Count; completed: Count; rate: number | null };
  cancelledByTherapist: Count;
}
interface View {
  overall: Figures;
  byMonth: { month: string; figures: Figures }[];
  byTherapist: { therapistId: string; figures: Figures }[];
}

describe('clinic figures', () => {
  let busy: Person;
  let small: Person;

  beforeAll(async () => {
    busy = await signUp(t.app, 'therapist', 'Busy Therapist');
    small = await signUp(t.app, 'therapist', 'Small Caseload');
    // Six clients of one therapist: five check in, one does not.
    for (let i = 0; i < 6; i++) {
      const { client, engagementId } = await engage(busy, `Figures Client ${i}`);
      const sessionId = await attended(busy, engagementId, 3);
      if (i < 5) {
        await client.request(
          'POST',
          `/api/v1/sessions/${sessionId}/checkins`,
          { instrument: 'alliance', answers: alliance(9.5) },
          key(),
        );
      }
    }
    // Two clients of another: too few to show anything about them.
    for (let i = 0; i < 2; i++) {
      const { engagementId } = await engage(small, `Small Client ${i}`);
      await attended(small, engagementId, 3);
      const cancelled = (
        await small.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
          scheduledAt: new Date(t.clock.now().getTime() - 2 * day).toISOString(),
        })
      ).json<{ id: string }>().id;
      await small.request('PATCH', `/api/v1/sessions/${cancelled}`, {
        status: 'cancelled',
        cancelledBy: 'therapist',
      });
    }
  });

  it('counts check-in completion per therapist and hides small groups', async () => {
    const response = await admin.request('GET', '/api/v1/clinic/figures');
    expect(response.statusCode).toBe(200);
    const view = response.json<View>();
    expect(view.overall.checkins.attended.value).toBe(8);
    expect(view.overall.checkins.completed.value).toBe(5);
    expect(view.overall.checkins.rate).toBe(0.625);
    // The 2 therapist cancellations are fewer than 5: shown as hidden.
    expect(view.overall.cancelledByTherapist.value).toBeNull();
    const mine = view.byTherapist.find((row) => row.therapistId === busy.id);
    expect(mine?.figures.checkins).toEqual({
      attended: { value: 6 },
      completed: { value: 5 },
      rate: 0.833,
    });
    const few = view.byTherapist.find((row) => row.therapistId === small.id);
    expect(few?.figures.suppressed).toBe(true);
    expect(few?.figures.checkins.attended.value).toBeNull();
    expect(view.byMonth.length).toBe(12);
    // Nothing that names a client.
    expect(response.body).not.toMatch(/Figures Client|Small Client/);
  });

  it('lets a therapist read their own figures only', async () => {
    const own = await busy.request('GET', '/api/v1/me/figures');
    expect(own.statusCode).toBe(200);
    const view = own.json<View>();
    expect(view.overall.checkins.attended.value).toBe(6);
    expect(view.byTherapist.map((row) => row.therapistId)).toEqual([busy.id]);
    expect(
      (await busy.request('GET', `/api/v1/me/figures?therapistId=${small.id}`)).statusCode,
    ).toBe(403);
    expect((await busy.request('GET', '/api/v1/clinic/figures')).statusCode).toBe(403);
    const client = await signUp(t.app, 'client', 'Curious Client');
    expect((await client.request('GET', '/api/v1/clinic/figures')).statusCode).toBe(403);
    expect((await client.request('GET', '/api/v1/me/figures')).statusCode).toBe(403);
  });

  it('filters by therapist, validates the period, and stays within the clinic', async () => {
    const one = await admin.request('GET', `/api/v1/clinic/figures?therapistId=${busy.id}`);
    expect(one.json<View>().overall.checkins.attended.value).toBe(6);
    const from = new Date(t.clock.now().getTime() - 10 * day).toISOString();
    const to = new Date(t.clock.now().getTime() - 20 * day).toISOString();
    const backwards = await admin.request(
      'GET',
      `/api/v1/clinic/figures?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ error: { code: string } }>().error.code).toBe('figures_period_invalid');
    expect((await admin.request('GET', '/api/v1/clinic/figures?from=yesterday')).statusCode).toBe(
      400,
    );
    const other = await otherClinicAdmin(t);
    const theirs = await other.client.request(
      'GET',
      `/api/v1/clinic/figures?therapistId=${busy.id}`,
    );
    expect(theirs.statusCode).toBe(404);
    const empty = await other.client.request('GET', '/api/v1/clinic/figures');
    expect(empty.json<View>().overall.checkins.attended.value).toBe(0);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'figures.read')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(4);
  });
});
