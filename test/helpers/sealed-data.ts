/**
 * A little of every kind of sealed text, made through the API: a check-in comment (and its
 * screening), the flag quoting it, a goal title, a reflection, a repair note, e-mails in the
 * outbox, and an authenticator secret. For the key-rotation and backup tests.
 */
import type { FastifyInstance } from 'fastify';
import type { TestClock } from './app';
import { activeEngagement, type Person } from './factories';

export interface SealedSample {
  client: Person;
  therapist: Person;
  engagementId: string;
  comment: string;
  goalTitle: string;
  reflection: string;
}

const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });

export async function seedSealedData(
  app: FastifyInstance,
  clock: TestClock,
  n = 0,
): Promise<SealedSample> {
  const { client, therapist, engagementId } = await activeEngagement(app);
  const at = new Date(clock.now().getTime() - 86_400_000).toISOString();
  const sessionId = (
    await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: at,
    })
  ).json<{ id: string }>().id;
  await therapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' });
  const comment = `Sample ${n}: I felt judged when we talked about my sister.`;
  const checkin = await client.request(
    'POST',
    `/api/v1/sessions/${sessionId}/checkins`,
    { instrument: 'alliance', answers: alliance(5), comment },
    { 'idempotency-key': `sealed-${n}-${engagementId}` },
  );
  if (checkin.statusCode !== 201) throw new Error(`check-in failed: ${checkin.body}`);
  const goalTitle = `Sample ${n}: sleep through the night`;
  const goal = await therapist.request('POST', `/api/v1/engagements/${engagementId}/goals`, {
    title: goalTitle,
  });
  if (goal.statusCode !== 201) throw new Error(`goal failed: ${goal.body}`);
  const reflection = `Sample ${n}: I felt rushed at the end.`;
  await therapist.request('POST', `/api/v1/engagements/${engagementId}/reflections`, {
    text: reflection,
  });
  const signals = await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`);
  const first = signals.json<{ items?: { id: string }[] } | { id: string }[]>();
  const list = Array.isArray(first) ? first : (first.items ?? []);
  if (list[0])
    await therapist.request('POST', `/api/v1/signals/${list[0].id}/repairs`, {
      note: `Sample ${n}: we named it together.`,
    });
  await therapist.request('POST', '/api/v1/me/totp');
  return { client, therapist, engagementId, comment, goalTitle, reflection };
}
