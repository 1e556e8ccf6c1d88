/** The signed-in home: what this person can do now, by role. */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { UserView } from '../../core/accounts';
import type { MessageKey } from '../../core/i18n';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { useI18n } from '../i18n';
import { errorMessage } from './errors';

function Cards({ items }: { items: { title: MessageKey; body: string; href?: string }[] }) {
  const { t } = useI18n();
  return (
    <ul className="cards">
      {items.map((item) => (
        <li key={item.title} className="card">
          <h2>{item.href ? <Link href={item.href}>{t(item.title)}</Link> : t(item.title)}</h2>
          <p>{item.body}</p>
        </li>
      ))}
    </ul>
  );
}

function AdminSummary() {
  const { t } = useI18n();
  const [summary, setSummary] = useState<Awaited<ReturnType<typeof api.clinic>> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.clinic().then(setSummary, (caught: unknown) => setError(errorMessage(caught, t)));
  }, [t]);
  if (error) return <Alert kind="error">{error}</Alert>;
  if (!summary) return <p aria-live="polite">{t('shell.loading')}</p>;
  return (
    <Cards
      items={[
        {
          title: 'home.admin.clinicTitle',
          body: t('home.admin.clinicBody', {
            clinic: summary.name,
            therapists: summary.counts.therapists,
            clients: summary.counts.clients,
          }),
          href: '/admin',
        },
        { title: 'home.admin.auditTitle', body: t('home.admin.auditBody'), href: '/admin/audit' },
      ]}
    />
  );
}

export function Home({ user }: { user: UserView }) {
  const { t } = useI18n();
  const lead: MessageKey =
    user.role === 'client'
      ? 'home.client.lead'
      : user.role === 'therapist'
        ? 'home.therapist.lead'
        : 'home.admin.lead';
  return (
    <Page title={t('home.greeting', { name: user.displayName })} lead={t(lead)}>
      <p className="role-badge">{t(`role.${user.role}`)}</p>
      {user.role === 'client' ? (
        <Cards
          items={[
            { title: 'home.client.findTitle', body: t('home.client.findBody'), href: '/match' },
            { title: 'home.client.checkinTitle', body: t('home.client.checkinBody') },
            { title: 'home.client.rightsTitle', body: t('home.client.rightsBody') },
          ]}
        />
      ) : null}
      {user.role === 'therapist' ? (
        <Cards
          items={[
            {
              title: 'home.therapist.caseloadTitle',
              body: t('home.therapist.caseloadBody'),
              href: '/caseload',
            },
            {
              title: 'home.therapist.profileTitle',
              body: t('home.therapist.profileBody'),
              href: '/profile',
            },
          ]}
        />
      ) : null}
      {user.role === 'admin' ? <AdminSummary /> : null}
    </Page>
  );
}
