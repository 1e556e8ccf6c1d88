/** Plan the next session: a date and time on the viewer's clock, sent with its UTC offset. */
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { formatDateTime, localInputToIso } from '../format';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';

export function ScheduleSession({
  engagementId,
  onScheduled,
}: {
  engagementId: string;
  onScheduled: () => void;
}) {
  const { t, locale } = useI18n();
  const [when, setWhen] = useState('');
  const [duration, setDuration] = useState('50');
  const [errors, setErrors] = useState<{ when?: string; duration?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const scheduledAt = localInputToIso(when);
    const minutes = Number(duration);
    const next: typeof errors = {};
    if (!scheduledAt) next.when = when === '' ? t('form.required') : t('ws.schedule.invalid');
    if (!Number.isInteger(minutes) || minutes < 10 || minutes > 240) {
      next.duration = t('ws.schedule.durationRange');
    }
    setErrors(next);
    if (!scheduledAt || next.duration) return;
    setBusy(true);
    try {
      const session = await api.scheduleSession(engagementId, {
        scheduledAt,
        durationMinutes: minutes,
      });
      setDone(
        t('ws.schedule.done', {
          number: session.number,
          when: formatDateTime(session.scheduledAt, locale),
        }),
      );
      setWhen('');
      setError(null);
      onScheduled();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form schedule"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="schedule-title"
    >
      <h3 id="schedule-title">{t('ws.schedule.title')}</h3>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {done ? <Alert kind="success">{done}</Alert> : null}
      <div className="schedule__fields">
        <Field
          label={t('ws.schedule.when')}
          hint={t('ws.schedule.timeZone', { zone: timeZone })}
          type="datetime-local"
          value={when}
          error={errors.when ?? null}
          onChange={(event) => setWhen(event.target.value)}
        />
        <Field
          label={t('ws.schedule.duration')}
          type="number"
          inputMode="numeric"
          min={10}
          max={240}
          step={5}
          value={duration}
          error={errors.duration ?? null}
          onChange={(event) => setDuration(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('form.working') : t('ws.schedule.submit')}
      </button>
    </form>
  );
}
