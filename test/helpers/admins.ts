/** Administrators for tests: the installation's own, and one of a second clinic. */
import { randomUUID } from 'node:crypto';
import { createTestApp, type Client, type TestApp } from './app';
import { signIn } from './factories';
import { insertClinic } from '../../src/storage/clinics.repo';
import { insertUser } from '../../src/storage/users.repo';

export const adminEmail = 'admin@clinic-admin.example';
export const adminPassword = 'a careful administrator phrase';
export const adminEnv = { RAPPORT_ADMIN_EMAIL: adminEmail, RAPPORT_ADMIN_PASSWORD: adminPassword };

/** Sessions that outlast any clock a suite moves forward, so nobody is signed out mid-suite. */
export const longSessions = { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } };

/** A test app with the installation's administrator (see adminEnv) and long sessions. */
export function createAdminTestApp(): Promise<TestApp> {
  return createTestApp({ env: adminEnv, overrides: longSessions });
}

/** The installation's administrator of an app from createAdminTestApp, signed in. */
export function signInAdmin(t: TestApp): Promise<Client> {
  return signIn(t.app, adminEmail, adminPassword);
}

/** A second clinic with its own administrator, signed in. */
export async function otherClinicAdmin(t: TestApp, name = 'Other clinic') {
  const clinic = await insertClinic(t.handle.db, { id: randomUUID(), name, now: t.clock.now() });
  const email = `admin.${clinic.id.slice(0, 8)}@other.example`;
  await insertUser(t.handle.db, {
    id: randomUUID(),
    clinicId: clinic.id,
    email,
    role: 'admin',
    displayName: 'Other admin',
    passwordHash: await t.deps.hashPassword(adminPassword),
    locale: null,
    now: t.clock.now(),
  });
  return { clinicId: clinic.id, client: await signIn(t.app, email, adminPassword) };
}
