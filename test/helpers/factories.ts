/** Factories: people and relationships made through the API, as a real client would. */
import type { FastifyInstance } from 'fastify';
import { createClient, type Client } from './app';

export interface Person extends Client {
  id: string;
  email: string;
  name: string;
}

let counter = 0;

export async function signUp(
  app: FastifyInstance,
  role: 'client' | 'therapist',
  name: string = role,
): Promise<Person> {
  counter += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${counter}.${Date.now().toString(36)}@example.org`;
  const client = createClient(app, `10.9.${Math.floor(counter / 250)}.${counter % 250}`);
  const response = await client.register({ email, displayName: name, role });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const id = response.json<{ user: { id: string } }>().user.id;
  return Object.assign(client, { id, email, name });
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password: string,
): Promise<Client> {
  const client = createClient(app, '10.8.0.1');
  const response = await client.login(email, password);
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  return client;
}

/** A client and a therapist in an active engagement (the client asked, the therapist accepted). */
export async function activeEngagement(
  app: FastifyInstance,
): Promise<{ client: Person; therapist: Person; engagementId: string }> {
  const client = await signUp(app, 'client', 'Client');
  const therapist = await signUp(app, 'therapist', 'Therapist');
  const created = await client.request('POST', '/api/v1/engagements', {
    therapistId: therapist.id,
  });
  if (created.statusCode !== 201) throw new Error(`engagement failed: ${created.body}`);
  const engagementId = created.json<{ id: string }>().id;
  const accepted = await therapist.request('PATCH', `/api/v1/engagements/${engagementId}`, {
    status: 'active',
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return { client, therapist, engagementId };
}

/** An active engagement with one session a day before `now`, not yet marked attended. */
export async function engagementWithPastSession(
  app: FastifyInstance,
  now: Date,
): Promise<{ client: Person; therapist: Person; engagementId: string; sessionId: string }> {
  const pair = await activeEngagement(app);
  const session = await pair.therapist.request(
    'POST',
    `/api/v1/engagements/${pair.engagementId}/sessions`,
    { scheduledAt: new Date(now.getTime() - 86_400_000).toISOString() },
  );
  if (session.statusCode !== 201) throw new Error(`session failed: ${session.body}`);
  return { ...pair, sessionId: session.json<{ id: string }>().id };
}
