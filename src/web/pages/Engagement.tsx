/**
 * The therapist's view of one client (Journeys → Therapist 3–5): flags with their prompts and
 * repair work, alliance and well-being charts, sessions with attendance and the therapist's own
 * ratings, goals rated by both, and the private reflection journal.
 */
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { builtinInstruments, scaleCutoff } from '../../core/instruments';
import type { SignalView } from '../../core/signal-view';
import { defaultSignalSettings, outcomeModel } from '../../core/signals';
import { api } from '../api';
import { AllianceChart } from '../charts/AllianceChart';
import { allianceSeries, scoresBySession, wellbeingSeries } from '../charts/series';
import { WellbeingChart } from '../charts/WellbeingChart';
import { Alert } from '../components/Alert';
import { GoalsPanel } from '../components/GoalsPanel';
import { Page } from '../components/Page';
import { formatDate, formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { EngagementRequest } from '../workspace/EngagementRequest';
import { FlagsPanel } from '../workspace/FlagsPanel';
import { ReflectionsPanel } from '../workspace/ReflectionsPanel';
import { ScheduleSession } from '../workspace/ScheduleSession';
import { SessionsPanel } from '../workspace/SessionsPanel';
import { errorMessage } from './errors';

// The clinic's own cutoffs are applied on the server; the charts draw DESIGN.md's defaults.
const outcome = outcomeModel(defaultSignalSettings, builtinInstruments);
const wellbeingCutoff = outcome ? scaleCutoff(outcome.scale) : null;
const allianceCutoff = defaultSignalSettings.lowAlliance.scoreBelow;

const sections = [
  ['flags', 'ws.section.flags'],
  ['charts', 'ws.section.charts'],
  ['sessions', 'ws.section.sessions'],
  ['goals', 'ws.section.goals'],
  ['reflections', 'ws.section.reflections'],
] as const;

export function Engagement({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const loadEngagement = useCallback(() => api.engagement(id), [id]);
  const engagement = useResource(loadEngagement);
  const loadHistory = useCallback(
    () =>
      Promise.all([api.sessions(id), api.checkins(id), api.signals(id)]).then(
        ([sessions, checkins, signals]) => ({
          sessions: sessions.items,
          checkins: checkins.items,
          signals: signals.items,
          loadedAt: Date.now(),
        }),
      ),
    [id],
  );
  const history = useResource(loadHistory);
  const { reload: reloadHistory, setData: setHistory } = history;
  const { reload: reloadEngagement } = engagement;
  const [requestStatus, setRequestStatus] = useState('');
  const onRequestAnswered = useCallback(
    (message: string) => {
      setRequestStatus(message);
      reloadEngagement();
      reloadHistory();
    },
    [reloadEngagement, reloadHistory],
  );

  const derived = useMemo(() => {
    const data = history.data;
    if (!data) return null;
    const scores = scoresBySession(data.checkins);
    const sessionNumbers = new Map(data.sessions.map((session) => [session.id, session.number]));
    const latestAttended = [...data.sessions]
      .filter((session) => session.status === 'attended')
      .sort((a, b) => b.number - a.number)[0];
    return {
      scores,
      sessionNumbers,
      latestAttendedId: latestAttended?.id ?? null,
      alliance: allianceSeries(data.sessions, data.checkins, data.signals, allianceCutoff),
      wellbeing: wellbeingSeries(data.sessions, data.checkins, outcome, wellbeingCutoff),
    };
  }, [history.data]);

  const onSignalChanged = useCallback(
    (signal: SignalView) =>
      setHistory((current) =>
        current
          ? {
              ...current,
              signals: current.signals.map((item) => (item.id === signal.id ? signal : item)),
            }
          : current,
      ),
    [setHistory],
  );

  const onSessionsChanged = useCallback(() => {
    // Attendance and ratings recompute the flags on the server: load them again with the sessions.
    reloadHistory();
    reloadEngagement();
  }, [reloadHistory, reloadEngagement]);

  const view = engagement.data;
  if (engagement.error && !view) {
    return (
      <Page title={t('ws.client.notFound')}>
        <Alert kind="error">{errorMessage(engagement.error, t)}</Alert>
        <p>
          <Link href="/caseload">{t('ws.client.back')}</Link>
        </p>
      </Page>
    );
  }
  if (!view) {
    return (
      <p className="loading" role="status">
        {t('shell.loading')}
      </p>
    );
  }

  const openFlags = history.data?.signals.filter((signal) => signal.status === 'open').length ?? 0;

  return (
    <Page title={view.client.displayName}>
      <p className="breadcrumb">
        <Link href="/caseload">{t('ws.client.back')}</Link>
      </p>
      <div className="client-header">
        <span className={`tag tag--engagement-${view.status}`}>
          {t(`engagement.status.${view.status}`)}
        </span>
        <span>{t('ws.client.attended', { count: view.sessionsAttended })}</span>
        <span>
          {view.nextSessionAt
            ? t('ws.caseload.next', { when: formatDateTime(view.nextSessionAt, locale) })
            : t('ws.caseload.next', { when: t('ws.caseload.notPlanned') })}
        </span>
        {view.startedAt ? (
          <span>{t('ws.client.since', { date: formatDate(view.startedAt, locale) })}</span>
        ) : null}
      </div>
      {requestStatus ? <Alert kind="success">{requestStatus}</Alert> : null}
      {view.status === 'consulting' && view.initiatedBy === 'client' ? (
        <EngagementRequest engagement={view} onChanged={onRequestAnswered} />
      ) : null}
      <nav className="toc" aria-label={t('ws.client.onThisPage')}>
        <ul>
          {sections.map(([anchor, key]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>
                {t(key)}
                {anchor === 'flags' && openFlags > 0 ? ` (${openFlags})` : ''}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {history.error && !history.data ? (
        <Alert kind="error">{errorMessage(history.error, t)}</Alert>
      ) : null}
      {!history.data && !history.error ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : null}

      {history.data && derived ? (
        <>
          <section id="flags" className="ws-section" aria-labelledby="flags-title">
            <h2 id="flags-title">{t('ws.section.flags')}</h2>
            <FlagsPanel
              signals={history.data.signals}
              sessionNumbers={derived.sessionNumbers}
              onChanged={onSignalChanged}
            />
          </section>
          <section id="charts" className="ws-section" aria-labelledby="charts-title">
            <h2 id="charts-title">{t('ws.section.charts')}</h2>
            <AllianceChart data={derived.alliance} />
            <WellbeingChart
              data={derived.wellbeing}
              max={outcome?.range.max ?? 40}
              threshold={outcome?.threshold ?? null}
            />
          </section>
          <section id="sessions" className="ws-section" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t('ws.section.sessions')}</h2>
            {view.status === 'active' ? (
              <ScheduleSession engagementId={id} onScheduled={onSessionsChanged} />
            ) : null}
            <SessionsPanel
              sessions={history.data.sessions}
              scores={derived.scores}
              now={history.data.loadedAt}
              canSchedule={view.status === 'active'}
              onChanged={onSessionsChanged}
            />
          </section>
        </>
      ) : null}

      <section id="goals" className="ws-section" aria-labelledby="goals-title">
        <h2 id="goals-title">{t('ws.section.goals')}</h2>
        <GoalsPanel
          engagementId={id}
          side="therapist"
          sessionId={derived?.latestAttendedId ?? null}
        />
      </section>
      <section id="reflections" className="ws-section" aria-labelledby="reflections-title">
        <h2 id="reflections-title">{t('ws.section.reflections')}</h2>
        <ReflectionsPanel engagementId={id} />
      </section>
    </Page>
  );
}
