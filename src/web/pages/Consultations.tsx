/**
 * The client's free consultations (Journeys → Client 2): upcoming ones, soonest first, each with
 * its calendar file and a cancel that asks first.
 */
import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import type { ConsultationView } from '../../core/consultations';
import { api, calendarFileUrl } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

function Item({
  item,
  onCancelled,
}: {
  item: ConsultationView;
  onCancelled: (item: ConsultationView) => void;
}) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const when = formatDateTime(item.start, locale);

  const cancel = async () => {
    setBusy(true);
    setError(null);
    try {
      onCancelled(await api.cancelConsultation(item.id));
    } catch (caught) {
      setError(errorMessage(caught, t));
      setBusy(false);
    }
  };

  return (
    <li className="card consultation">
      <h2 className="consultation__title">
        <Link href={`/therapists/${item.therapistId}`}>{item.therapistName}</Link>
      </h2>
      <p className="consultation__when">
        <time dateTime={item.start}>{when}</time>
      </p>
      {item.status === 'cancelled' ? (
        <p>
          <span className="tag tag--session-cancelled">{t('mineCons.cancelled')}</span>
        </p>
      ) : (
        <>
          <p>
            <a href={calendarFileUrl(item.id)} download>
              {t('book.calendar')}
            </a>
          </p>
          {error ? <Alert kind="error">{error}</Alert> : null}
          {confirming ? (
            <div className="confirm" role="group" aria-label={t('mineCons.confirmLabel', { when })}>
              <p>{t('mineCons.confirm')}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--danger"
                  disabled={busy}
                  onClick={() => void cancel()}
                >
                  {busy ? t('form.working') : t('mineCons.confirmCancel')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirming(false)}
                >
                  {t('mineCons.keep')}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('mineCons.cancelLabel', { name: item.therapistName, when })}
              onClick={() => setConfirming(true)}
            >
              {t('mineCons.cancel')}
            </button>
          )}
        </>
      )}
    </li>
  );
}

export function Consultations() {
  const { t } = useI18n();
  const list = useResource(useCallback(() => api.consultations(), []));
  const [status, setStatus] = useState('');

  const cancelled = (item: ConsultationView) => {
    list.setData((current) =>
      current
        ? { ...current, items: current.items.filter((other) => other.id !== item.id) }
        : current,
    );
    setStatus(t('mineCons.done', { name: item.therapistName }));
  };

  const items = list.data?.items.filter((item) => item.status === 'booked') ?? null;
  return (
    <Page title={t('mineCons.title')} lead={t('mineCons.lead')}>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {status ? <p className="alert alert--success">{status}</p> : null}
      <p>
        <Link href="/compare">{t('compare.link')}</Link>
      </p>
      {list.error ? <Alert kind="error">{errorMessage(list.error, t)}</Alert> : null}
      {items === null && !list.error ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : null}
      {items && items.length === 0 ? (
        <div className="empty">
          <p>
            {t('mineCons.empty')} <Link href="/therapists">{t('mineCons.find')}</Link>
          </p>
        </div>
      ) : null}
      {items && items.length > 0 ? (
        <ul className="cards consultations">
          {items.map((item) => (
            <Item key={item.id} item={item} onCancelled={cancelled} />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
