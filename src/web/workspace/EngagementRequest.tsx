/** A client's request to start working together, for the therapist to accept or decline. */
import { useState } from 'react';
import type { EngagementView } from '../../core/engagements';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';

export function EngagementRequest({
  engagement,
  onChanged,
}: {
  engagement: EngagementView;
  onChanged: (message: string) => void;
}) {
  const { t } = useI18n();
  const name = engagement.client.displayName;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const answer = async (accept: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await api.updateEngagement(
        engagement.id,
        accept ? { status: 'active' } : { status: 'ended', endReason: 'not_a_fit' },
      );
      onChanged(t(accept ? 'ws.request.accepted' : 'ws.request.declined', { name }));
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card engagement-request" aria-labelledby="request-title">
      <h2 id="request-title">{t('ws.request.title', { name })}</h2>
      <p>{t('ws.request.lead')}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="request-confirm">
          <p id="request-confirm">{t('ws.request.confirm', { name })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void answer(false)}
            >
              {busy ? t('form.working') : t('ws.request.confirmDecline')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              {t('ws.request.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void answer(true)}
          >
            {busy ? t('form.working') : t('ws.request.accept')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('ws.request.decline')}
          </button>
        </div>
      )}
    </section>
  );
}
