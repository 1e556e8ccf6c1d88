import { Link } from 'wouter';
import { useI18n } from '../i18n';
import { Page } from '../components/Page';

export function Landing() {
  const { t } = useI18n();
  return (
    <Page title={t('landing.title')} lead={t('landing.lead')}>
      <div className="actions">
        <Link href="/sign-up" className="button">
          {t('landing.start')}
        </Link>
        <Link href="/sign-in" className="button button--secondary">
          {t('landing.haveAccount')}
        </Link>
      </div>
      <ul className="cards" aria-label={t('app.tagline')}>
        <li className="card">
          <h2>{t('landing.forClients')}</h2>
          <p>{t('landing.forClientsBody')}</p>
        </li>
        <li className="card">
          <h2>{t('landing.forTherapists')}</h2>
          <p>{t('landing.forTherapistsBody')}</p>
        </li>
        <li className="card">
          <h2>{t('landing.forClinics')}</h2>
          <p>{t('landing.forClinicsBody')}</p>
        </li>
      </ul>
    </Page>
  );
}
