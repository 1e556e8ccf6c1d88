/**
 * The client's free consultations (Journeys → Client 2): upcoming ones, soonest first, each with
 * its calendar file, a move to another of the therapist's free times (on the viewer's clock, like
 * the therapist's page), and a cancel that asks first.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ConsultationView } from '../../core/consultations';
import { api, ApiError, calendarFileUrl } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { viewerTimeZone } from '../directory/parts';
import { SlotDays, type Slot } from '../directory/SlotPicker';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

/**
 * Choose another of the therapist's free times and confirm; on 409 (someone was first) nothing
 * has moved, the times are loaded again and the client chooses another.
 */
function Reschedule({
  item,
  onMoved,
  onClose,
}: {
  item: ConsultationView;
  onMoved: (moved: ConsultationView) => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const timeZone = useMemo(() => viewerTimeZone(), []);
  const slots = useResource(
    useCallback(() => api.slots(item.therapistId, timeZone), [item.therapistId, timeZone]),
  );
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    if (chosen) confirmRef.current?.focus();
  }, [chosen]);

  const move = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      onMoved(await api.rescheduleConsultation(item.id, chosen.start));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        setNotice(t('reschedule.taken'));
        setChosen(null);
        slots.reload();
        titleRef.current?.focus();
      } else {
        setError(errorMessage(caught, t));
      }
      setBusy(false);
    }
  };

  const others = slots.data?.items.filter((slot) => slot.start !== item.start) ?? null;
  return (
    <div className="reschedule">
      <h3 ref={titleRef} tabIndex={-1}>
        {t('reschedule.title')}
      </h3>
      <p className="note">{t('reschedule.lead', { name: item.therapistName, zone: timeZone })}</p>
      {notice ? <Alert kind="info">{notice}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {slots.error ? <Alert kind="error">{errorMessage(slots.error, t)}</Alert> : null}
      {!others && !slots.error ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : null}
      {others && others.length === 0 ? (
        <div className="empty">
          <p>{t('reschedule.none', { name: item.therapistName })}</p>
        </div>
      ) : null}
      {chosen ? (
        <div
          ref={confirmRef}
          tabIndex={-1}
          className="confirm-booking"
          role="group"
          aria-labelledby={`reschedule-confirm-${item.id}`}
        >
          <h4 id={`reschedule-confirm-${item.id}`}>{t('reschedule.confirmTitle')}</h4>
          <p>
            {t('reschedule.confirm', {
              from: formatDateTime(item.start, locale, timeZone),
              to: formatDateTime(chosen.start, locale, timeZone),
              name: item.therapistName,
            })}
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={busy} onClick={() => void move()}>
              {busy ? t('form.working') : t('reschedule.submit')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setChosen(null)}
            >
              {t('reschedule.back')}
            </button>
          </div>
        </div>
      ) : null}
      {others && others.length > 0 ? (
        <SlotDays
          slots={others}
          timeZone={timeZone}
          chosen={chosen}
          headingLevel={4}
          onChoose={(slot) => {
            setChosen(slot);
            setNotice(null);
          }}
        />
      ) : null}
      <p>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('reschedule.close')}
        </button>
      </p>
    </div>
  );
}

function Item({
  item,
  onCancelled,
  onMoved,
}: {
  item: ConsultationView;
  onCancelled: (item: ConsultationView) => void;
  onMoved: (item: ConsultationView) => void;
}) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [moving, setMoving] = useState(false);
  const moveButton = useRef<HTMLButtonElement>(null);
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
          {moving ? (
            <Reschedule
              item={item}
              onMoved={(moved) => {
                setMoving(false);
                onMoved(moved);
              }}
              onClose={() => {
                setMoving(false);
                // Back where the person was, once the button is there again.
                setTimeout(() => moveButton.current?.focus(), 0);
              }}
            />
          ) : (
            <button
              ref={moveButton}
              type="button"
              className="button"
              aria-label={t('reschedule.openLabel', { name: item.therapistName, when })}
              onClick={() => {
                setMoving(true);
                setConfirming(false);
              }}
            >
              {t('reschedule.open')}
            </button>
          )}
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
  const { t, locale } = useI18n();
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

  const moved = (item: ConsultationView) => {
    list.setData((current) =>
      current
        ? {
            ...current,
            items: current.items
              .map((other) => (other.id === item.id ? item : other))
              .sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
          }
        : current,
    );
    setStatus(
      t('reschedule.done', { name: item.therapistName, when: formatDateTime(item.start, locale) }),
    );
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
            <Item key={item.id} item={item} onCancelled={cancelled} onMoved={moved} />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
