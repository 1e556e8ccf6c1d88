/**
 * The client's supervision consent for one engagement: a checkbox that saves at once, what it
 * means in plain words, and whether the clinic allows supervision at all. Self-contained: mount it
 * on the client's page for an engagement with `<SupervisionConsent engagementId therapistName />`.
 */
import { useCallback, useId, useState } from 'react';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { supervisionApi } from '../supervision-api';
import { useResource } from '../useResource';
import { formatDate } from '../format';
import { Alert } from './Alert';

export function SupervisionConsent({
  engagementId,
  therapistName,
}: {
  engagementId: string;
  therapistName: string;
}) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const load = useCallback(() => supervisionApi.consent(engagementId), [engagementId]);
  const consent = useResource(load);
  const [busy, setBusy] = useState(false);
  // The box shows the choice at once while it is saved; it goes back if saving fails.
  const [pending, setPending] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const change = async (next: boolean) => {
    setPending(next);
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      const view = await supervisionApi.setConsent(engagementId, next);
      consent.setData(() => view);
      setSaved(true);
    } catch (error) {
      setProblem(errorMessage(error, t));
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  const view = consent.data;
  return (
    <section className="ws-section supervision-consent" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('supervisionConsent.title')}</h2>
      <p>{t('supervisionConsent.lead')}</p>
      {consent.error && !view ? (
        <Alert kind="error">{t('supervisionConsent.loadFailed')}</Alert>
      ) : null}
      {view ? (
        <>
          <label className="choice">
            <input
              type="checkbox"
              checked={pending ?? view.consented}
              disabled={busy}
              aria-describedby={`${titleId}-state`}
              onChange={(event) => void change(event.target.checked)}
            />
            <span>{t('supervisionConsent.toggle', { therapist: therapistName })}</span>
          </label>
          <p id={`${titleId}-state`} className="muted">
            {view.consented && view.since
              ? t('supervisionConsent.on', { date: formatDate(view.since, locale) })
              : t('supervisionConsent.off')}
          </p>
          {!view.clinicAllows ? <p>{t('supervisionConsent.clinicOff')}</p> : null}
          {view.clinicAllows && view.supervisorCount === 0 ? (
            <p>{t('supervisionConsent.noSupervisor', { therapist: therapistName })}</p>
          ) : null}
          <p className="muted">{t('supervisionConsent.private')}</p>
        </>
      ) : null}
      {problem ? <Alert kind="error">{problem}</Alert> : null}
      {saved && !problem ? <Alert kind="success">{t('supervisionConsent.saved')}</Alert> : null}
    </section>
  );
}
