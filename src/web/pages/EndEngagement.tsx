/**
 * Ending or switching (DESIGN.md, Client 7), a guided flow on one page: reflect on what is not
 * working (for yourself), offer feedback (a concern), find and meet a new therapist before
 * ending, hand over part of their history to them (the hand-over page, with this engagement
 * chosen), write (or edit) a respectful ending message, then end with a reason. The last step is
 * one request: the message and the end are stored together or not at all.
 */
import { useCallback, useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import {
  concernCategories,
  endingMessageMaxLength,
  type EndEngagementResult,
} from '../../core/concerns';
import { endReasons, type EndReason } from '../../core/engagements';
import { concernGuidance } from '../../core/guide';
import type { MessageKey } from '../../core/i18n';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { TextArea } from '../components/TextArea';
import { concernsApi } from '../concerns-api';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

const reasonKey = (reason: EndReason) => `ending.reason.${reason}` as MessageKey;

/** Reasons a client gives; "the therapist is unavailable" is the therapist's to give. */
const clientReasons = endReasons.filter((reason) => reason !== 'therapist_unavailable');

export function EndEngagement({ engagementId }: { engagementId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const ids = useId();
  const load = useCallback(() => api.engagement(engagementId), [engagementId]);
  const engagement = useResource(load);
  const [notWorking, setNotWorking] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState<EndReason | ''>('');
  const [message, setMessage] = useState<string | null>(null);
  const [send, setSend] = useState(true);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [messageError, setMessageError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<EndEngagementResult | null>(null);

  const view = engagement.data;
  if (engagement.error && !view) {
    return (
      <Page title={t('ending.notFound')}>
        <Alert kind="error">{errorMessage(engagement.error, t)}</Alert>
        <p>
          <Link href="/my-therapy">{t('ending.back')}</Link>
        </p>
      </Page>
    );
  }
  if (!view) {
    return (
      <p className="loading" role="status">
        {t('shell.loading')}
      </p>
    );
  }

  const therapist = view.therapist.displayName;
  // Prefilled with words written for Rapport; the client edits them freely.
  const text =
    message ?? t('ending.message.draft', { therapist, client: user?.displayName ?? '' }).trim();

  if (done) {
    return (
      <Page title={t('ending.done.title')} narrow>
        <Alert kind="success">
          {done.messageSent
            ? t('ending.done.withMessage', { therapist })
            : t('ending.done.noMessage', { therapist })}
        </Alert>
        <p>{t('ending.done.next')}</p>
        <div className="actions">
          <Link href="/match" className="button">
            {t('ending.find.match')}
          </Link>
          <Link href="/therapists" className="button button--secondary">
            {t('ending.find.directory')}
          </Link>
          <Link href="/my-therapy" className="button button--quiet">
            {t('ending.back')}
          </Link>
        </div>
      </Page>
    );
  }

  if (view.status === 'ended') {
    return (
      <Page title={t('ending.title', { therapist })} narrow>
        <Alert kind="info">{t('ending.alreadyEnded', { therapist })}</Alert>
        <p>
          <Link href="/my-therapy">{t('ending.back')}</Link>
        </p>
      </Page>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const noReason = reason === '';
    const emptyMessage = send && text.trim() === '';
    setReasonError(noReason ? t('ending.problem.reason') : null);
    setMessageError(emptyMessage ? t('ending.problem.message') : null);
    if (noReason || emptyMessage) {
      setError(t('ending.problem.summary'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setDone(
        await concernsApi.end(engagementId, {
          endReason: reason,
          ...(send ? { message: text.trim() } : {}),
        }),
      );
      window.scrollTo(0, 0);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (value: string) =>
    setNotWorking((current) => {
      const next = new Set(current);
      if (next.has(value)) next.delete(value);
      else next.add(value);
      return next;
    });

  return (
    <Page title={t('ending.title', { therapist })} lead={t('ending.lead')}>
      <p className="breadcrumb">
        <Link href="/my-therapy">{t('ending.back')}</Link>
      </p>
      <ol className="ending-steps">
        <li>
          <section aria-labelledby={`${ids}-reflect`}>
            <h2 id={`${ids}-reflect`}>{t('ending.reflect.title')}</h2>
            <p>{t('ending.reflect.lead')}</p>
            <fieldset className="choices">
              <legend>{t('ending.reflect.legend')}</legend>
              {concernCategories.map((category) => (
                <label key={category} className="choice">
                  <input
                    type="checkbox"
                    checked={notWorking.has(category)}
                    onChange={() => toggle(category)}
                  />
                  {t(concernGuidance[category].labelKey)}
                </label>
              ))}
            </fieldset>
            {notWorking.size > 0 ? (
              <p className="note" aria-live="polite">
                {notWorking.has('boundary')
                  ? t('ending.reflect.boundary')
                  : t('ending.reflect.talk', { therapist })}
              </p>
            ) : null}
          </section>
        </li>
        <li>
          <section aria-labelledby={`${ids}-feedback`}>
            <h2 id={`${ids}-feedback`}>{t('ending.feedback.title')}</h2>
            <p>{t('ending.feedback.lead', { therapist })}</p>
            <p className="actions">
              <Link
                href={`/concern?engagement=${engagementId}${
                  notWorking.size === 1 ? `&category=${[...notWorking][0] ?? ''}` : ''
                }`}
                className="button button--secondary"
              >
                {t('ending.feedback.raise')}
              </Link>
              <Link href="/guide#switching" className="button button--quiet">
                {t('ending.feedback.guide')}
              </Link>
            </p>
          </section>
        </li>
        <li>
          <section aria-labelledby={`${ids}-find`}>
            <h2 id={`${ids}-find`}>{t('ending.find.title')}</h2>
            <p>{t('ending.find.lead', { therapist })}</p>
            <ul>
              <li>
                <Link href="/match">{t('ending.find.match')}</Link>
              </li>
              <li>
                <Link href="/therapists">{t('ending.find.directory')}</Link>
              </li>
              <li>
                <Link href="/consultations">{t('ending.find.consultations')}</Link>
              </li>
              <li>
                <Link href="/compare">{t('ending.find.compare')}</Link>
              </li>
            </ul>
          </section>
        </li>
        <li>
          <section aria-labelledby={`${ids}-handover`}>
            <h2 id={`${ids}-handover`}>{t('ending.handover.title')}</h2>
            <p>{t('ending.handover.lead', { therapist })}</p>
            <p className="actions">
              <Link href={`/handovers?from=${engagementId}`} className="button button--secondary">
                {t('ending.handover.link')}
              </Link>
            </p>
          </section>
        </li>
        <li>
          <section aria-labelledby={`${ids}-end`}>
            <h2 id={`${ids}-end`}>{t('ending.end.title')}</h2>
            <form className="form" onSubmit={(event) => void submit(event)} noValidate>
              {error ? <Alert kind="error">{error}</Alert> : null}
              <div className={reasonError ? 'field field--error' : 'field'}>
                <label htmlFor={`${ids}-reason`}>{t('ending.end.reason')}</label>
                <p className="field__hint" id={`${ids}-reason-hint`}>
                  {t('ending.end.reasonHint')}
                </p>
                {reasonError ? (
                  <p className="field__error" id={`${ids}-reason-error`}>
                    {reasonError}
                  </p>
                ) : null}
                <select
                  id={`${ids}-reason`}
                  value={reason}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={`${ids}-reason-hint${reasonError ? ` ${ids}-reason-error` : ''}`}
                  onChange={(event) => setReason(event.target.value as EndReason | '')}
                >
                  <option value="">{t('ending.end.reasonPick')}</option>
                  {clientReasons.map((value) => (
                    <option key={value} value={value}>
                      {t(reasonKey(value))}
                    </option>
                  ))}
                </select>
              </div>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={send}
                  onChange={(event) => setSend(event.target.checked)}
                />
                {t('ending.end.send', { therapist })}
              </label>
              {send ? (
                <TextArea
                  label={t('ending.end.message')}
                  hint={t('ending.end.messageHint', { therapist })}
                  value={text}
                  onChange={setMessage}
                  maxLength={endingMessageMaxLength}
                  error={messageError}
                  rows={9}
                />
              ) : null}
              <p className="note">{t('ending.end.final', { therapist })}</p>
              <button type="submit" className="button button--wide" disabled={busy}>
                {busy ? t('form.working') : t('ending.end.submit', { therapist })}
              </button>
            </form>
          </section>
        </li>
      </ol>
    </Page>
  );
}
