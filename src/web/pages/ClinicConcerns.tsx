/**
 * The clinic administrator's list of boundary concerns clients reported to the clinic (never
 * private notes). Each concern shown is an audited read of the client's data.
 */
import { useCallback, useState } from 'react';
import { Page } from '../components/Page';
import { Alert } from '../components/Alert';
import { MoreButton } from '../components/MoreButton';
import { concernsApi } from '../concerns-api';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { useMore } from '../useMore';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

export function ClinicConcerns() {
  const { t, locale } = useI18n();
  const load = useCallback(() => concernsApi.clinic(), []);
  const resource = useResource(load);
  const { data, error } = resource;
  const [moreError, setMoreError] = useState<string | null>(null);
  const more = useMore(resource, concernsApi.clinic, (caught) =>
    setMoreError(caught ? errorMessage(caught, t) : null),
  );

  return (
    <Page title={t('clinicConcerns.title')} lead={t('clinicConcerns.lead')}>
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {!data && !error ? <p role="status">{t('shell.loading')}</p> : null}
      {data && data.items.length === 0 ? <p className="card">{t('clinicConcerns.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="cards">
          {data.items.map((concern) => (
            <li key={concern.id} className="card">
              <h2>
                {t('clinicConcerns.item', {
                  client: concern.client.displayName,
                  therapist: concern.therapist.displayName,
                })}
              </h2>
              <p className="meta">
                {formatDateTime(concern.createdAt, locale)}
                {' · '}
                {concern.sharedWithTherapist
                  ? t('clinicConcerns.shared')
                  : t('clinicConcerns.notShared')}
              </p>
              <p className="concern-item__text">{concern.text ?? t('clinicConcerns.noWords')}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {moreError ? <Alert kind="error">{moreError}</Alert> : null}
      {data?.nextCursor ? (
        <MoreButton
          busy={more.busy}
          label={t('clinicConcerns.more')}
          onMore={() => void more.loadMore()}
        />
      ) : null}
    </Page>
  );
}
