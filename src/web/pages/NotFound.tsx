import { Link } from 'wouter';
import { Page } from '../components/Page';
import { useI18n } from '../i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t('shell.notFoundTitle')} lead={t('shell.notFoundBody')}>
      <Link href="/">{t('shell.backHome')}</Link>
    </Page>
  );
}
