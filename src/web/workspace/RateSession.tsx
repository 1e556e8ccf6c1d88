/**
 * The therapist's own rating of a session (Journeys → Therapist 5): the five therapist-alliance
 * lines, worded from builtinInstruments, sent once even when retried (Idempotency-Key).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { builtinInstruments, localizeInstrument } from '../../core/instruments';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Slider } from '../components/Slider';
import { newIdempotencyKey } from '../format';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';

export function RateSession({
  sessionId,
  sessionNumber,
  onDone,
  onCancel,
}: {
  sessionId: string;
  sessionNumber: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const instrument = useMemo(() => {
    const found = builtinInstruments.find((candidate) => candidate.id === 'therapist-alliance');
    return found ? localizeInstrument(found, locale) : null;
  }, [locale]);
  const [answers, setAnswers] = useState<Record<string, number | null>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key for this form: a retry or a double tap is stored once.
  const [key] = useState(newIdempotencyKey);

  if (!instrument) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unanswered = instrument.items.filter((item) => (answers[item.id] ?? null) === null);
    setMissing(unanswered.map((item) => item.id));
    if (unanswered.length > 0) {
      setError(
        t('checkin.unanswered', { items: unanswered.map((item) => `“${item.text}”`).join(', ') }),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.rateSession(sessionId, answers as Record<string, number>, key);
      onDone();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form rate" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="checkin__group">
        <legend>{t('ws.rate.legend', { title: instrument.title, number: sessionNumber })}</legend>
        <p className="field__hint">{t('checkin.sliderHint')}</p>
        {instrument.items.map((item) => (
          <Slider
            key={item.id}
            item={item}
            value={answers[item.id] ?? null}
            invalid={missing.includes(item.id)}
            onChange={(value) => {
              setAnswers((previous) => ({ ...previous, [item.id]: value }));
              setMissing((previous) => previous.filter((id) => id !== item.id));
            }}
          />
        ))}
      </fieldset>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.working') : t('ws.rate.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('ws.cancel')}
        </button>
      </div>
    </form>
  );
}
