/**
 * A hand-over, read-only: what the receiving therapist reads while the client's consent stands
 * (each opening is recorded), and the client's preview of it. Also the therapist's list of
 * hand-overs shared with them.
 */
import { useCallback } from 'react';
import { Link } from 'wouter';
import type { HandoverPackageView } from '../../core/handovers';
import { ApiError } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { formatDate, formatScore } from '../format';
import { useI18n } from '../i18n';
import { myDataApi } from '../my-data-api';
import { useSession } from '../session';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

export function ReceivedHandovers() {
  const { t, locale } = useI18n();
  const load = useCallback(() => myDataApi.receivedHandovers(), []);
  const { data, error } = useResource(load);
  return (
    <Page title={t('handover.receivedTitle')} lead={t('handover.receivedLead')}>
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {data && data.items.length === 0 ? (
        <p className="empty">{t('handover.receivedEmpty')}</p>
      ) : null}
      <ul className="cards">
        {(data?.items ?? []).map((item) => (
          <li key={item.id} className="card">
            <h2>
              {t('handover.receivedItem', {
                client: item.client.displayName,
                from: item.fromTherapist.displayName,
              })}
            </h2>
            <p>{t('handover.status.active', { date: formatDate(item.expiresAt, locale) })}</p>
            <p>
              {t('handover.includes', {
                parts: item.include.map((part) => t(`handover.part.${part}`)).join('; '),
              })}
            </p>
            <Link href={`/handovers/${item.id}`}>
              {t('handover.open')}
              <span className="visually-hidden">: {item.client.displayName}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

export function HandoverView({ id }: { id: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const load = useCallback(() => myDataApi.handover(id), [id]);
  const { data, error } = useResource(load);
  const back = user?.role === 'therapist' ? '/handovers/received' : '/handovers';
  if (error) {
    const gone = error instanceof ApiError && error.status === 404;
    return (
      <Page title={t('handover.title')}>
        <Alert kind="error">{gone ? t('handover.unavailable') : errorMessage(error, t)}</Alert>
        <p>
          <Link href={back}>{t('handover.back')}</Link>
        </p>
      </Page>
    );
  }
  if (!data) {
    return (
      <p className="loading" role="status">
        {t('shell.loading')}
      </p>
    );
  }
  return <Package data={data} back={back} />;
}

function Package({ data, back }: { data: HandoverPackageView; back: string }) {
  const { t, locale } = useI18n();
  const client = data.client.displayName;
  return (
    <Page
      title={t('handover.viewTitle', { client })}
      lead={t('handover.viewLead', {
        client,
        from: data.fromTherapist.displayName,
        date: formatDate(data.expiresAt, locale),
      })}
    >
      <section aria-labelledby="handover-summary">
        <h2 id="handover-summary">{t('handover.viewSummary', { client })}</h2>
        {data.summary === null ? (
          <p>{t('handover.viewNotShared')}</p>
        ) : (
          <blockquote className="private-note">
            {data.summary.split('\n').map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </blockquote>
        )}
      </section>

      <section aria-labelledby="handover-goals">
        <h2 id="handover-goals">{t('handover.viewGoals')}</h2>
        {data.goals === null ? <p>{t('handover.viewNotShared')}</p> : null}
        {data.goals?.length === 0 ? <p>{t('handover.viewGoalsEmpty')}</p> : null}
        <ul className="goal-list">
          {(data.goals ?? []).map((goal) => (
            <li key={goal.id} className="goal">
              <h3>{goal.title}</h3>
              <p>{t(`handover.goalStatus.${goal.status}`)}</p>
              <ul>
                {goal.ratings.map((rating, index) => (
                  <li key={index}>
                    {t('handover.ratingLine', {
                      who: t(`handover.rater.${rating.raterRole}`),
                      progress: formatScore(rating.progress, locale),
                      date: formatDate(rating.ratedAt, locale),
                    })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="handover-checkins">
        <h2 id="handover-checkins">{t('handover.viewCheckins')}</h2>
        {data.checkins === null ? <p>{t('handover.viewNotShared')}</p> : null}
        {data.checkins?.length === 0 ? <p>{t('handover.viewCheckinsEmpty')}</p> : null}
        {data.checkins && data.checkins.length > 0 ? (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('handover.checkinCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('handover.checkinDate')}</th>
                  <th scope="col">{t('handover.checkinInstrument')}</th>
                  <th scope="col">{t('handover.checkinScore')}</th>
                </tr>
              </thead>
              <tbody>
                {data.checkins.map((checkin, index) => (
                  <tr key={index}>
                    <td>{formatDate(checkin.submittedAt, locale)}</td>
                    <td>{checkin.instrument}</td>
                    <td>
                      {Object.values(checkin.scores)
                        .map((score) => formatScore(score, locale))
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <p>
        <Link href={back}>{t('handover.back')}</Link>
      </p>
    </Page>
  );
}
