import { describe, expect, it } from 'vitest';
import { engagementActions, mayOnEngagement, relationshipTo, type EngagementFacts } from './access';

const now = new Date('2026-03-02T10:00:00Z');
const supervisor = { userId: 's', clinicId: 'c', role: 'therapist' as const };
const base: EngagementFacts = {
  clinicId: 'c',
  clientId: 'client',
  therapistId: 't',
  status: 'active',
  endedAt: null,
};
const withSupervision = (policyAllows: boolean, clientConsents: boolean, ids = ['s']) => ({
  ...base,
  supervision: { supervisorIds: ids, policyAllows, clientConsents },
});

describe('the supervisor relationship', () => {
  it('needs the designation, the clinic’s policy and the client’s consent, all three', () => {
    expect(relationshipTo(supervisor, withSupervision(true, true), now)).toBe('supervisor');
    for (const facts of [
      base,
      withSupervision(false, true),
      withSupervision(true, false),
      withSupervision(true, true, ['someone-else']),
      { ...withSupervision(true, true), clinicId: 'other-clinic' },
    ]) {
      expect(relationshipTo(supervisor, facts, now)).toBe('none');
    }
  });

  it('reads, never writes, and never sees reflections', () => {
    const facts = withSupervision(true, true);
    const allowed = engagementActions.filter((action) =>
      mayOnEngagement(supervisor, action, facts, now),
    );
    expect(allowed.sort()).toEqual(
      ['checkin.read', 'engagement.read', 'goal.read', 'signal.read'].sort(),
    );
  });

  it('does not turn the therapist or the client into a supervisor', () => {
    const facts = withSupervision(true, true, ['t', 'client']);
    expect(relationshipTo({ userId: 't', clinicId: 'c', role: 'therapist' }, facts, now)).toBe(
      'therapist',
    );
    expect(relationshipTo({ userId: 'client', clinicId: 'c', role: 'client' }, facts, now)).toBe(
      'client',
    );
  });

  it('lets only the client decide about consent', () => {
    const client = { userId: 'client', clinicId: 'c', role: 'client' as const };
    const therapist = { userId: 't', clinicId: 'c', role: 'therapist' as const };
    expect(mayOnEngagement(client, 'supervision.consent', base, now)).toBe(true);
    expect(mayOnEngagement(therapist, 'supervision.consent', base, now)).toBe(false);
  });
});
