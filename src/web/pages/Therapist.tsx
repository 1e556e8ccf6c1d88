/**
 * A therapist's public page (Journeys → Client 2): the profile, and the next 14 days of free
 * 15-minute consultations grouped by day in the viewer's own time zone. A signed-in client books
 * one; anyone else is told how.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ConsultationView } from '../../core/consultations';
import { api, ApiError, calendarFileUrl } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { ProfileFacts, VerifiedBadge, viewerTimeZone } from '../directory/parts';
import { SlotDays, type Slot } from '../directory/SlotPicker';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { TherapistPhoto } from '../profile/Photo';
import { useSession } from '../session';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

export function Therapist({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const timeZone = useMemo(() => viewerTimeZone(), []);
  const profile = useResource(useCallback(() => api.therapist(id), [id]));
  const slots = useResource(useCallback(() => api.slots(id, timeZone), [id, timeZone]));
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [booked, setBooked] = useState<ConsultationView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (chosen) confirmRef.current?.focus();
  }, [chosen]);

  const book = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const consultation = await api.bookConsultation({
        therapistId: id,
        start: chosen.start,
        timeZone,
      });
      setBooked(consultation);
      setChosen(null);
      slots.reload();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409 && caught.code === 'slot_taken') {
        setNotice(t('book.taken'));
        setChosen(null);
        slots.reload();
      } else {
        setError(errorMessage(caught, t));
      }
    } finally {
      setBusy(false);
    }
  };

  if (profile.error) {
    return (
      <Page title={t('book.notFoundTitle')}>
        <Alert kind="error">{errorMessage(profile.error, t)}</Alert>
        <p>
          <Link href="/therapists">{t('book.backToDirectory')}</Link>
        </p>
      </Page>
    );
  }
  if (!profile.data) {
    return (
      <p className="loading" role="status">
        {t('shell.loading')}
      </p>
    );
  }
  const therapist = profile.data;
  const isClient = user?.role === 'client';

  return (
    <Page title={therapist.displayName}>
      <p className="breadcrumb">
        <Link href="/therapists">{t('book.backToDirectory')}</Link>
      </p>
      <div className="therapist-intro">
        <TherapistPhoto profile={therapist} size="page" />
        <p>
          <VerifiedBadge verified={therapist.verified} />
        </p>
      </div>
      {therapist.bio ? <p className="bio">{therapist.bio}</p> : null}
      <ProfileFacts profile={therapist} />

      <section aria-labelledby="slots-title" className="panel">
        <h2 id="slots-title">{t('book.title')}</h2>
        <p className="note">{t('book.lead', { zone: timeZone })}</p>
        {!user ? (
          <p className="callout">
            {t('book.signInLead')} <Link href="/sign-in">{t('book.signIn')}</Link>
          </p>
        ) : !isClient ? (
          <p className="note">{t('book.clientsOnly')}</p>
        ) : null}
        {booked ? (
          <Alert kind="success">
            <p>
              {t('book.booked', {
                name: booked.therapistName,
                when: formatDateTime(booked.start, locale, timeZone),
              })}
            </p>
            <p className="button-row">
              <a href={calendarFileUrl(booked.id)} download>
                {t('book.calendar')}
              </a>
              <Link href="/consultations">{t('book.mine')}</Link>
            </p>
          </Alert>
        ) : null}
        {notice ? <Alert kind="info">{notice}</Alert> : null}
        {error ? <Alert kind="error">{error}</Alert> : null}
        {slots.error ? <Alert kind="error">{errorMessage(slots.error, t)}</Alert> : null}
        {!slots.data && !slots.error ? (
          <p className="loading" role="status">
            {t('shell.loading')}
          </p>
        ) : null}
        {slots.data && slots.data.items.length === 0 ? (
          <div className="empty">
            <p>{t('book.none')}</p>
          </div>
        ) : null}
        {chosen && isClient ? (
          <div
            ref={confirmRef}
            tabIndex={-1}
            className="confirm-booking"
            role="group"
            aria-labelledby="confirm-title"
          >
            <h3 id="confirm-title">{t('book.confirmTitle')}</h3>
            <p>{t('book.confirm', { when: formatDateTime(chosen.start, locale, timeZone) })}</p>
            <div className="button-row">
              <button type="button" className="button" disabled={busy} onClick={() => void book()}>
                {busy ? t('form.working') : t('book.submit')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setChosen(null)}
              >
                {t('book.choose')}
              </button>
            </div>
          </div>
        ) : null}
        {slots.data && slots.data.items.length > 0 ? (
          <SlotDays
            slots={slots.data.items}
            timeZone={timeZone}
            chosen={chosen}
            onChoose={
              isClient
                ? (slot) => {
                    setChosen(slot);
                    setNotice(null);
                  }
                : undefined
            }
          />
        ) : null}
      </section>
    </Page>
  );
}
