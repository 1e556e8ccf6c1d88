/**
 * The client's own page: each relationship with its status and next session, and the goals
 * agreed in it, which the client rates from their side (the therapist rates the same goals).
 */
import { useCallback } from 'react';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { GoalsPanel } from '../components/GoalsPanel';
import { Page } from '../components/Page';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

export function MyTherapy() {
  const { t, locale } = useI18n();
  const load = useCallback(() => api.myEngagements(), []);
  const { data, error } = useResource(load);

  return (
    <Page title={t('mine.title')} lead={t('mine.lead')}>
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {!data && !error ? <p role="status">{t('shell.loading')}</p> : null}
      {data && data.items.length === 0 ? <p className="card">{t('mine.empty')}</p> : null}
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
              ? ` · ${t('mine.next', {
                  when: new Date(engagement.nextSessionAt).toLocaleString(locale, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}`
              : null}
          </p>
          {engagement.status !== 'consulting' ? (
            <>
              <h3>{t('mine.goals')}</h3>
              <GoalsPanel engagementId={engagement.id} side="client" />
            </>
          ) : null}
        </section>
      ))}
    </Page>
  );
}
