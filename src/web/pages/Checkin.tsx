/**
 * The one-minute check-in, opened from the link in the e-mail (no password). Mobile first:
 * one column of large sliders, an optional comment, a kind thank-you. Sessions 1–5 carry the
 * "is this a good fit for me?" reflection. Risk language in the comment shows crisis resources
 * before anything else.
 */
import { startTransition, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { commentMaxLength, earlySessionLimit } from '../../core/checkin-limits';
import type { CheckinFormView, LinkCheckinResult } from '../../core/checkins';
import { Link } from 'wouter';
import { checkinApi } from '../checkin-api';
import { Alert } from '../components/Alert';
import { CrisisPanel } from '../components/CrisisPanel';
import { Page } from '../components/Page';
import { Slider } from '../components/Slider';
import { checkinFormRequest } from '../first-requests';
import { formatDay } from '../format';
import { ApiError } from '../http';
import { useI18n } from '../i18n';
import { errorMessage } from './errors';

type Answers = Record<string, Record<string, number | null>>;

function emptyAnswers(form: CheckinFormView): Answers {
  return Object.fromEntries(
    form.instruments.map((instrument) => [
      instrument.id,
      Object.fromEntries(instrument.items.map((item) => [item.id, null])),
    ]),
  );
}

export function Checkin({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const [form, setForm] = useState<CheckinFormView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<LinkCheckinResult | null>(null);
  // One key for this page: a retry or a double tap is stored once.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // Usually already on its way: started with the page's script (first-requests.ts).
    checkinFormRequest(token).then(
      (view) => {
        startTransition(() => {
          setForm(view);
          setAnswers(emptyAnswers(view));
        });
      },
      (caught: unknown) => {
        const code = caught instanceof ApiError ? caught.code : '';
        setLoadError(
          code === 'checkin_link_expired'
            ? t('checkin.linkExpired')
            : code === 'checkin_link_used'
              ? t('checkin.linkUsed')
              : code === 'not_found' || code === 'validation_failed'
                ? t('checkin.linkInvalid')
                : errorMessage(caught, t),
        );
      },
    );
  }, [token, t]);

  if (loadError) {
    return (
      <Page title={t('checkin.pageTitle')} narrow>
        <Alert kind="info">{loadError}</Alert>
      </Page>
    );
  }
  if (!form) return <p role="status">{t('shell.loading')}</p>;

  const pending = form.instruments.filter((instrument) => !form.completed.includes(instrument.id));

  if (result) {
    return (
      <Page title={t('checkin.thanksTitle')} narrow>
        {result.crisisResources ? <CrisisPanel resources={result.crisisResources} /> : null}
        <p className="lead">{t('checkin.thanksBody', { therapist: form.therapistName })}</p>
        <p>{t('checkin.thanksFit')}</p>
        <p>
          <Link href="/guide">{t('checkin.thanksGuide')}</Link>
        </p>
      </Page>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unanswered = pending.flatMap((instrument) =>
      instrument.items
        .filter((item) => answers[instrument.id]?.[item.id] === null)
        .map((item) => ({ key: `${instrument.id}.${item.id}`, text: item.text })),
    );
    setMissing(new Set(unanswered.map((item) => item.key)));
    if (unanswered.length > 0) {
      setError(
        t('checkin.unanswered', { items: unanswered.map((item) => `“${item.text}”`).join(', ') }),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const checkins = pending.map((instrument, index) => ({
        instrument: instrument.id,
        answers: answers[instrument.id] as Record<string, number>,
        // The comment travels with the first check-in (the relationship one).
        ...(index === 0 && comment.trim() !== '' ? { comment } : {}),
      }));
      setResult(await checkinApi.submitLinkCheckins(token, { checkins }, idempotencyKey));
      window.scrollTo(0, 0);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const date = formatDay(form.scheduledAt, locale);
  const left = commentMaxLength - [...comment].length;

  return (
    <Page
      title={t('checkin.title', { therapist: form.therapistName })}
      lead={t('checkin.lead', { therapist: form.therapistName })}
      narrow
    >
      <p className="meta">{t('checkin.session', { number: form.sessionNumber, date })}</p>
      {form.sessionNumber <= earlySessionLimit ? (
        <aside className="reflection" aria-labelledby="fit-title">
          <h2 id="fit-title">{t('checkin.fitTitle')}</h2>
          <p>{t('checkin.fitBody')}</p>
        </aside>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <form
        ref={formRef}
        className="form checkin"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <p className="field__hint">{t('checkin.sliderHint')}</p>
        {pending.map((instrument) => (
          <fieldset key={instrument.id} className="checkin__group">
            <legend>{instrument.title}</legend>
            {instrument.items.map((item) => (
              <Slider
                key={item.id}
                item={item}
                value={answers[instrument.id]?.[item.id] ?? null}
                invalid={missing.has(`${instrument.id}.${item.id}`)}
                onChange={(value) => {
                  setAnswers((previous) => ({
                    ...previous,
                    [instrument.id]: { ...previous[instrument.id], [item.id]: value },
                  }));
                  setMissing((previous) => {
                    const next = new Set(previous);
                    next.delete(`${instrument.id}.${item.id}`);
                    return next;
                  });
                }}
              />
            ))}
          </fieldset>
        ))}
        <div className="field">
          <label htmlFor="checkin-comment">{t('checkin.comment')}</label>
          <p className="field__hint" id="checkin-comment-hint">
            {t('checkin.commentHint', { max: commentMaxLength })}
          </p>
          <textarea
            id="checkin-comment"
            aria-describedby="checkin-comment-hint checkin-comment-count"
            rows={4}
            value={comment}
            maxLength={commentMaxLength}
            onChange={(event) => setComment(event.target.value)}
          />
          <p className="field__hint" id="checkin-comment-count" aria-live="polite">
            {left < 500 ? t('checkin.charactersLeft', { count: left }) : ''}
          </p>
        </div>
        <button type="submit" className="button button--wide" disabled={busy}>
          {busy ? t('form.working') : t('checkin.submit')}
        </button>
      </form>
    </Page>
  );
}
