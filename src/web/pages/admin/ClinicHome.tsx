/** The clinic administrator's overview (/admin): one card per section, so the nav stays short. */
import { Link } from 'wouter';
import type { MessageKey } from '../../../core/i18n';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';

const sections: { href: string; title: MessageKey; body: MessageKey }[] = [
  { href: '/admin/therapists', title: 'adm.home.therapists', body: 'adm.home.therapistsBody' },
  { href: '/admin/settings', title: 'adm.home.settings', body: 'adm.home.settingsBody' },
  { href: '/admin/figures', title: 'adm.home.figures', body: 'adm.home.figuresBody' },
  { href: '/admin/instruments', title: 'adm.home.instruments', body: 'adm.home.instrumentsBody' },
  { href: '/admin/supervision', title: 'adm.home.supervision', body: 'adm.home.supervisionBody' },
  { href: '/admin/audit', title: 'adm.home.audit', body: 'adm.home.auditBody' },
  { href: '/clinic/concerns', title: 'adm.home.concerns', body: 'adm.home.concernsBody' },
];

export function ClinicHome() {
  const { t } = useI18n();
  return (
    <Page title={t('adm.home.title')} lead={t('adm.home.lead')}>
      <ul className="cards">
        {sections.map((section) => (
          <li key={section.href} className="card">
            <h2>
              <Link href={section.href}>{t(section.title)}</Link>
            </h2>
            <p>{t(section.body)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
