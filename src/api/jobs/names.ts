/** The job queues, by name (pg-boss queue names). */
export const jobNames = {
  mail: 'mail-deliver',
  checkinReminders: 'checkin-reminders',
  consultationReminders: 'consultation-reminders',
  trajectories: 'trajectories-recompute',
  retention: 'retention-cleanup',
  signalSweep: 'signals-sweep',
} as const;
export type JobName = (typeof jobNames)[keyof typeof jobNames];
