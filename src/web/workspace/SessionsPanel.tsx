/**
 * Sessions, newest first: when (in the viewer's time zone), what happened, the client's scores
 * and comments for it, and the therapist's own rating. Past sessions still marked "scheduled"
 * ask what happened; attended ones can be rated.
 */
import { useId, useRef, useState } from 'react';
import type { AttendanceStatus, SessionView } from '../../core/engagements';
import type { MessageKey } from '../../core/i18n';
import { api } from '../api';
import { Alert } from '../components/Alert';
import type { SessionScores } from '../charts/series';
import { formatDateTime, formatScore } from '../format';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { SessionStatusBadge } from './badges';
import { RateSession } from './RateSession';

interface Outcome {
  key: MessageKey;
  status: AttendanceStatus;
  cancelledBy?: 'client' | 'therapist';
}

const pastOutcomes: Outcome[] = [
  { key: 'ws.session.markAttended', status: 'attended' },
  { key: 'ws.session.markCancelledClient', status: 'cancelled', cancelledBy: 'client' },
  { key: 'ws.session.markCancelledYou', status: 'cancelled', cancelledBy: 'therapist' },
  { key: 'ws.session.markLate', status: 'late_cancelled', cancelledBy: 'client' },
  { key: 'ws.session.markNoShow', status: 'no_show' },
];
const futureOutcomes = pastOutcomes.filter(
  (outcome) => outcome.status === 'cancelled' || outcome.status === 'late_cancelled',
);

const shownAtFirst = 6;

function SessionItem({
  session,
  scores,
  past,
  onChanged,
}: {
  session: SessionView;
  scores: SessionScores | undefined;
  past: boolean;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [rating, setRating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rated, setRated] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const record = async (outcome: Outcome) => {
    setBusy(true);
    try {
      await api.recordAttendance(session.id, {
        status: outcome.status,
        ...(outcome.cancelledBy ? { cancelledBy: outcome.cancelledBy } : {}),
      });
      setError(null);
      onChanged();
      // The buttons are gone once attendance is recorded; keep the focus on this session.
      heading.current?.focus();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const client = scores?.client ?? null;
  const wellbeing = scores?.wellbeing ?? null;
  const own = scores?.therapist ?? null;
  const outcomes = session.status === 'scheduled' ? (past ? pastOutcomes : futureOutcomes) : [];
  const facts = [
    client !== null ? t('ws.session.clientAlliance', { value: formatScore(client, locale) }) : null,
    wellbeing !== null
      ? t('ws.session.clientWellbeing', { value: formatScore(wellbeing, locale) })
      : null,
    own !== null ? t('ws.session.yourRating', { value: formatScore(own, locale) }) : null,
  ].filter((fact): fact is string => fact !== null);

  return (
    <li className={`session session--${session.status}`}>
      <div className="session__head">
        <h3 id={`${id}-title`} className="session__title" ref={heading} tabIndex={-1}>
          {t('ws.table.sessionN', { number: session.number })}
        </h3>
        <SessionStatusBadge status={session.status} cancelledBy={session.cancelledBy} />
      </div>
      <p className="session__when">
        <time dateTime={session.scheduledAt}>{formatDateTime(session.scheduledAt, locale)}</time>
        {' · '}
        {t('ws.session.minutes', { minutes: session.durationMinutes })}
      </p>
      {facts.length > 0 ? <p className="session__facts">{facts.join(' · ')}</p> : null}
      {scores?.comments.map((comment) => (
        <figure key={comment} className="quote">
          <figcaption>{t('ws.session.comment')}</figcaption>
          <blockquote>{comment}</blockquote>
        </figure>
      ))}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {outcomes.length > 0 ? (
        <div className="button-group" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`} className="button-group__label">
            {t(past ? 'ws.session.whatHappened' : 'ws.session.cancelAhead', {
              number: session.number,
            })}
          </p>
          {outcomes.map((outcome) => (
            <button
              key={outcome.key}
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => void record(outcome)}
            >
              {t(outcome.key)}
            </button>
          ))}
        </div>
      ) : null}
      {session.status === 'attended' && own === null && !rated ? (
        rating ? (
          <RateSession
            sessionId={session.id}
            sessionNumber={session.number}
            onCancel={() => {
              setRating(false);
              heading.current?.focus();
            }}
            onDone={() => {
              setRating(false);
              setRated(true);
              onChanged();
              heading.current?.focus();
            }}
          />
        ) : (
          <button
            type="button"
            className="button button--quiet"
            aria-describedby={`${id}-title`}
            onClick={() => setRating(true)}
          >
            {t('ws.session.rate')}
          </button>
        )
      ) : null}
      {rated && own === null ? (
        <p className="note" role="status">
          {t('ws.rate.saved')}
        </p>
      ) : null}
    </li>
  );
}

export function SessionsPanel({
  sessions,
  scores,
  now,
  canSchedule,
  onChanged,
}: {
  sessions: SessionView[];
  /** Whether the form to plan a session is shown above (only in an active relationship). */
  canSchedule: boolean;
  scores: ReadonlyMap<string, SessionScores>;
  /** When the sessions were loaded: sessions before this are in the past. */
  now: number;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const ordered = [...sessions].sort((a, b) => b.number - a.number);
  const shown = all ? ordered : ordered.slice(0, shownAtFirst);
  if (sessions.length === 0) {
    return (
      <p className="empty">{t(canSchedule ? 'ws.sessions.none' : 'ws.sessions.noneInactive')}</p>
    );
  }
  return (
    <>
      <ol className="sessions" aria-label={t('ws.sessions.listLabel')}>
        {shown.map((session) => (
          <SessionItem
            key={session.id}
            session={session}
            scores={scores.get(session.id)}
            past={Date.parse(session.scheduledAt) < now}
            onChanged={onChanged}
          />
        ))}
      </ol>
      {ordered.length > shownAtFirst ? (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={all}
          onClick={() => setAll((value) => !value)}
        >
          {all ? t('ws.sessions.fewer') : t('ws.sessions.all', { count: ordered.length })}
        </button>
      ) : null}
    </>
  );
}
