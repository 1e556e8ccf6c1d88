/** The weekly hours a therapist offers for free consultations. */
import { useCallback, useState, type FormEvent } from 'react';
import { availabilityRequest, type AvailabilityView } from '../../core/directory';
import type { Locale } from '../../core/i18n';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { errorMessage } from '../pages/errors';
import { SelectField, capitalise } from './fields';

const weekdays = [0, 1, 2, 3, 4, 5, 6];

function weekdayName(weekday: number, locale: Locale): string {
  // 4 January 2026 was a Sunday (weekday 0).
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 4 + weekday)),
  );
}

export function Availability() {
  const { t, locale } = useI18n();
  const load = useCallback(() => api.myAvailability(), []);
  const items = useResource(load);
  const [weekday, setWeekday] = useState('1');
  const [startTime, setStartTime] = useState('09:00');
  const [endTime, setEndTime] = useState('12:00');
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const describe = (item: AvailabilityView) => {
    const kind = t(`profile.avail.kind.${item.kind}`);
    if (item.weekday !== null && item.startTime && item.endTime) {
      return t('profile.avail.weekly', {
        kind,
        day: weekdayName(item.weekday, locale),
        start: item.startTime,
        end: item.endTime,
        zone: item.timeZone ?? '',
      });
    }
    return t('profile.avail.once', {
      kind,
      start: item.start ? formatDateTime(item.start, locale) : '',
      end: item.end ? formatDateTime(item.end, locale) : '',
    });
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setStatus(null);
    const parsed = availabilityRequest.safeParse({
      kind: 'consultation',
      weekday: Number(weekday),
      startTime,
      endTime,
    });
    if (!parsed.success) {
      setFormError(t('profile.avail.invalid'));
      return;
    }
    setBusy(true);
    try {
      const created = await api.addAvailability(parsed.data);
      items.setData((current) => (current ? { items: [...current.items, created] } : current));
      setStatus(t('profile.avail.added', { text: describe(created) }));
    } catch (caught) {
      setFormError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (item: AvailabilityView) => {
    setFormError(null);
    setStatus(null);
    try {
      await api.removeAvailability(item.id);
      items.setData((current) =>
        current ? { items: current.items.filter((other) => other.id !== item.id) } : current,
      );
      setStatus(t('profile.avail.removed', { text: describe(item) }));
    } catch (caught) {
      setFormError(errorMessage(caught, t));
    }
  };

  return (
    <section className="panel" aria-labelledby="availability-title">
      <h2 id="availability-title">{t('profile.avail.title')}</h2>
      <p className="note">{t('profile.avail.lead')}</p>
      {status ? <Alert kind="success">{status}</Alert> : null}
      {formError ? <Alert kind="error">{formError}</Alert> : null}
      {items.error && !items.data ? (
        <Alert kind="error">
          <p>{errorMessage(items.error, t)}</p>
          <button type="button" className="button button--secondary" onClick={items.reload}>
            {t('profile.retry')}
          </button>
        </Alert>
      ) : !items.data ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : items.data.items.length === 0 ? (
        <p className="empty">{t('profile.avail.none')}</p>
      ) : (
        <ul className="availability-list">
          {items.data.items.map((item) => (
            <li key={item.id} className="availability-list__item">
              <span>{describe(item)}</span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('profile.avail.removeLabel', { text: describe(item) })}
                onClick={() => void remove(item)}
              >
                {t('profile.avail.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <form className="form" noValidate onSubmit={(e) => void add(e)}>
        <fieldset className="choices">
          <legend>{t('profile.avail.add')}</legend>
          <SelectField label={t('profile.avail.weekday')} value={weekday} onChange={setWeekday}>
            {weekdays.map((day) => (
              <option key={day} value={String(day)}>
                {capitalise(weekdayName(day, locale), locale)}
              </option>
            ))}
          </SelectField>
          <div className="profile-editor__pair">
            <Field
              label={t('profile.avail.start')}
              type="time"
              value={startTime}
              required
              onChange={(e) => setStartTime(e.target.value)}
            />
            <Field
              label={t('profile.avail.end')}
              type="time"
              value={endTime}
              required
              onChange={(e) => setEndTime(e.target.value)}
            />
          </div>
          <p className="field__hint">{t('profile.avail.zoneHint')}</p>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('profile.avail.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
