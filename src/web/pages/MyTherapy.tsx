/**
 * The client's own page (DESIGN.md, Client 5–7): the check-ins they still owe, then for each
 * relationship its status, upcoming sessions, their alliance and well-being over time (charts
 * with a table as the text alternative), and the goals agreed in it, which they rate from their
 * side. "Something feels off?" and "End or switch" are one step away from each relationship.
 */
import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { EngagementView } from '../../core/engagements';
import { builtinInstruments, scaleCutoff } from '../../core/instruments';
import { defaultSignalSettings, outcomeModel } from '../../core/signals';
import { api } from '../api';
import { AllianceChart } from '../charts/AllianceChart';
import { allianceSeries, wellbeingSeries } from '../charts/series';
import { WellbeingChart } from '../charts/WellbeingChart';
import { Alert } from '../components/Alert';
import { GoalsPanel } from '../components/GoalsPanel';
import { SupervisionConsent } from '../components/SupervisionConsent';
import { Page } from '../components/Page';
import { concernsApi } from '../concerns-api';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

const outcome = outcomeModel(defaultSignalSettings, builtinInstruments);
const wellbeingCutoff = outcome ? scaleCutoff(outcome.scale) : null;
const allianceCutoff = defaultSignalSettings.lowAlliance.scoreBelow;

function PendingCheckins() {
  const { t, locale } = useI18n();
  const [, navigate] = useLocation();
  const load = useCallback(() => concernsApi.pendingCheckins(), []);
  const { data, error } = useResource(load);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  if (error) return <Alert kind="error">{errorMessage(error, t)}</Alert>;
  if (!data || data.items.length === 0) return null;

  const open = async (sessionId: string) => {
    setBusy(sessionId);
    try {
      const link = await concernsApi.checkinLink(sessionId);
      navigate(link.path);
    } catch (caught) {
      setActionError(errorMessage(caught, t));
      setBusy(null);
    }
  };

  return (
    <section className="ws-section pending-checkins" aria-labelledby="pending-title">
      <h2 id="pending-title">{t('myTherapy.pending.title')}</h2>
      <p>{t('myTherapy.pending.lead')}</p>
      {actionError ? <Alert kind="error">{actionError}</Alert> : null}
      <ul className="cards">
        {data.items.map((item) => (
          <li key={item.sessionId} className="card">
            <p>
              {t('myTherapy.pending.item', {
                name: item.therapist.displayName,
                when: formatDateTime(item.scheduledAt, locale),
              })}
            </p>
            <p className="meta">
              {t('myTherapy.pending.until', { when: formatDateTime(item.expiresAt, locale) })}
            </p>
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void open(item.sessionId)}
            >
              {busy === item.sessionId ? t('form.working') : t('myTherapy.pending.start')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function History({ engagement }: { engagement: EngagementView }) {
  const { t, locale } = useI18n();
  const load = useCallback(
    () =>
      Promise.all([concernsApi.sessions(engagement.id), concernsApi.checkins(engagement.id)]).then(
        ([sessions, checkins]) => ({
          sessions: sessions.items,
          checkins: checkins.items,
          loadedAt: Date.now(),
        }),
      ),
    [engagement.id],
  );
  const { data, error } = useResource(load);
  const derived = useMemo(() => {
    if (!data) return null;
    // The client sees their own ratings; the therapist's own view of the relationship is theirs.
    return {
      alliance: allianceSeries(data.sessions, data.checkins, [], allianceCutoff),
      wellbeing: wellbeingSeries(data.sessions, data.checkins, outcome, wellbeingCutoff),
      upcoming: data.sessions
        .filter(
          (session) =>
            session.status === 'scheduled' &&
            new Date(session.scheduledAt).getTime() >= data.loadedAt,
        )
        .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt)),
      rated: data.checkins.length > 0,
    };
  }, [data]);

  if (error) return <Alert kind="error">{errorMessage(error, t)}</Alert>;
  if (!derived) return <p role="status">{t('shell.loading')}</p>;

  return (
    <>
      <h3>{t('myTherapy.upcoming')}</h3>
      {derived.upcoming.length === 0 ? (
        <p className="note">{t('myTherapy.upcomingNone')}</p>
      ) : (
        <ul>
          {derived.upcoming.map((session) => (
            <li key={session.id}>
              {t('myTherapy.sessionAt', {
                number: session.number,
                when: formatDateTime(session.scheduledAt, locale),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('myTherapy.history')}</h3>
      {derived.rated ? (
        <>
          <p className="note">{t('myTherapy.historyLead')}</p>
          <AllianceChart data={derived.alliance} clientLabel={t('myTherapy.you')} />
          <WellbeingChart
            data={derived.wellbeing}
            max={outcome?.range.max ?? 40}
            threshold={outcome?.threshold ?? null}
          />
        </>
      ) : (
        <p className="note">{t('myTherapy.historyNone')}</p>
      )}
    </>
  );
}

export function MyTherapy() {
  const { t, locale } = useI18n();
  const load = useCallback(() => api.myEngagements(), []);
  const { data, error } = useResource(load);

  return (
    <Page title={t('mine.title')} lead={t('mine.lead')}>
      <p className="concern-link">
        <Link href="/concern">{t('myTherapy.concern')}</Link>
        {' · '}
        <Link href="/guide">{t('myTherapy.guide')}</Link>
      </p>
      <PendingCheckins />
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {!data && !error ? <p role="status">{t('shell.loading')}</p> : null}
      {data && data.items.length === 0 ? (
        <div className="card">
          <p>{t('mine.empty')}</p>
          <p>
            <Link href="/therapists">{t('myTherapy.find')}</Link>
          </p>
        </div>
      ) : null}
      {data?.items.map((engagement) => (
        <section
          key={engagement.id}
          className="ws-section"
          aria-labelledby={`mine-${engagement.id}`}
        >
          <h2 id={`mine-${engagement.id}`}>
            {t('mine.with', { name: engagement.therapist.displayName })}
          </h2>
          <p className="meta">
            {t('mine.status', { status: t(`engagement.status.${engagement.status}`) })}
            {' · '}
            {t('mine.sessions', { count: engagement.sessionsAttended })}
            {engagement.nextSessionAt
              ? ` · ${t('mine.next', { when: formatDateTime(engagement.nextSessionAt, locale) })}`
              : null}
          </p>
          {engagement.status !== 'ended' ? (
            <p className="actions">
              <Link
                href={`/concern?engagement=${engagement.id}`}
                className="button button--secondary"
              >
                {t('myTherapy.concernWith', { name: engagement.therapist.displayName })}
              </Link>
              <Link href={`/my-therapy/${engagement.id}/end`} className="button button--quiet">
                {t('myTherapy.end')}
              </Link>
            </p>
          ) : null}
          {engagement.status !== 'consulting' ? (
            <>
              <History engagement={engagement} />
              <h3>{t('mine.goals')}</h3>
              <GoalsPanel engagementId={engagement.id} side="client" />
              {engagement.status === 'active' ? (
                <SupervisionConsent
                  engagementId={engagement.id}
                  therapistName={engagement.therapist.displayName}
                />
              ) : null}
            </>
          ) : null}
        </section>
      ))}
    </Page>
  );
}
