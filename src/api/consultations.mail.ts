/**
 * What both people receive about a consultation: an e-mail on booking, moving and cancelling,
 * each in the reader's language and time zone, and the calendar file. E-mail is queued in the
 * transaction that made the change (so it is never sent for work rolled back) and delivered by
 * the caller once that transaction has committed.
 */
import { calendarFile } from '../core/calendar';
import { consultationText, formatWhen } from '../core/consultations';
import { negotiateLocale, type Locale } from '../core/i18n';
import { canonicalTimeZone } from '../core/slots';
import type { ConsultationListRow } from '../storage/consultations.repo';
import { findProfile } from '../storage/directory.repo';
import { findUserById, type Executor } from '../storage/users.repo';
import type { AppDeps } from './context';

export type ConsultationChange = 'booked' | 'rescheduled' | 'cancelled';

/** Where the calendar file is (app.ts mounts the API at /api/v1; importing it here would loop). */
export const icsUrl = (deps: AppDeps, id: string) =>
  `${deps.publicUrl}/api/v1/consultations/${id}/calendar.ics`;

const zoneOr = (zone: string | null | undefined, fallback: string) =>
  (zone ? canonicalTimeZone(zone) : undefined) ?? fallback;

/** Queue the e-mails for a change; returns their ids, to deliver after the commit. */
export async function queueConsultationMail(
  deps: AppDeps,
  trx: Executor,
  row: ConsultationListRow,
  change: ConsultationChange,
  now: Date,
  previousStart?: number,
): Promise<string[]> {
  const client = await findUserById(trx, row.client_id);
  const therapist = await findUserById(trx, row.therapist_id);
  const profile = await findProfile(trx, row.therapist_id);
  const recipients = [
    {
      user: client,
      other: row.therapist_name,
      zone: zoneOr(row.client_time_zone, zoneOr(client?.time_zone, 'UTC')),
    },
    {
      user: therapist,
      other: row.client_name,
      zone: zoneOr(profile?.time_zone, zoneOr(therapist?.time_zone, 'UTC')),
    },
  ];
  const ids: string[] = [];
  for (const { user, other, zone } of recipients) {
    if (!user || user.status !== 'active') continue;
    const locale = negotiateLocale(user.locale, undefined);
    const params = {
      recipient: user.display_name,
      name: other,
      when: formatWhen(new Date(row.starts_at).getTime(), locale, zone),
      previous: previousStart === undefined ? '' : formatWhen(previousStart, locale, zone),
      calendarLink: icsUrl(deps, row.id),
      link: `${deps.publicUrl}/consultations`,
    };
    ids.push(
      await deps.mailer.queue(trx, {
        clinicId: row.clinic_id,
        recipientId: user.id,
        // Both copies are about the client: the therapist's names them in its body.
        clientId: row.client_id,
        to: user.email,
        subject: consultationText(locale, `mail.consultation.${change}.subject`, params),
        body: consultationText(locale, `mail.consultation.${change}.body`, params),
        kind: `consultation_${change}`,
        now,
      }),
    );
  }
  return ids;
}

/** The calendar file, worded for whoever downloads it (the event is "with" the other person). */
export function consultationCalendar(
  deps: AppDeps,
  row: ConsultationListRow,
  viewer: 'client' | 'therapist',
  locale: Locale,
  now: Date,
): string {
  const host = new URL(deps.publicUrl).hostname || 'rapport';
  const name = viewer === 'client' ? row.therapist_name : row.client_name;
  return calendarFile(
    [
      {
        uid: `consultation-${row.id}@${host}`,
        stamp: now.getTime(),
        start: new Date(row.starts_at).getTime(),
        end: new Date(row.ends_at).getTime(),
        summary: consultationText(locale, 'consultation.calendar.summary', { name }),
        description: consultationText(locale, 'consultation.calendar.description', {
          link: `${deps.publicUrl}/consultations`,
        }),
        url: `${deps.publicUrl}/consultations`,
        sequence: row.sequence,
        status: row.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      },
    ],
    { name: consultationText(locale, 'consultation.calendar.name') },
  );
}
