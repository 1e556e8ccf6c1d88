/**
 * Compare and choose (Journeys → Client 3): the therapists the client met in a consultation,
 * side by side on a wide screen and stacked on a phone, each with the client's private note and
 * fit rating, and a way to ask to start working with one of them.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { noteMaxLength, type TherapistMetView } from '../../core/consultations';
import { api, ApiError } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { Slider } from '../components/Slider';
import { TextArea } from '../components/TextArea';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

type Engagement = TherapistMetView['engagement'];

function TherapistColumn({ item }: { item: TherapistMetView }) {
  const { t, locale } = useI18n();
  const name = item.displayName;
  const latest = [...item.consultations].sort((a, b) => b.start.localeCompare(a.start))[0];
  const [note, setNote] = useState(latest?.note ?? '');
  const [rating, setRating] = useState<number | null>(latest?.fitRating ?? item.fitRating);
  const [saving, setSaving] = useState(false);
  const [saveStatus, setSaveStatus] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [engagement, setEngagement] = useState<Engagement>(item.engagement);
  const [starting, setStarting] = useState(false);
  const [startStatus, setStartStatus] = useState('');
  const [startError, setStartError] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!latest) return;
    setSaving(true);
    setSaveError(null);
    setSaveStatus('');
    try {
      await api.saveConsultationNote(latest.id, { note, fitRating: rating });
      setSaveStatus(t('compare.saved', { name }));
    } catch (caught) {
      setSaveError(errorMessage(caught, t));
    } finally {
      setSaving(false);
    }
  };

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      const created = await api.requestEngagement(item.therapistId);
      setEngagement({ id: created.id, status: created.status });
      setStartStatus(t('compare.started', { name }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'engagement_exists') {
        setEngagement({ id: '', status: 'consulting' });
        setStartStatus(t('compare.exists', { name }));
      } else {
        setStartError(errorMessage(caught, t));
      }
    } finally {
      setStarting(false);
    }
  };

  const open = engagement && engagement.status !== 'ended' ? engagement : null;
  const headingId = `therapist-${item.therapistId}`;
  return (
    <li className="card compare__column">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>{name}</h2>
        {item.profile ? (
          <p>
            <Link href={`/therapists/${item.therapistId}`}>{t('compare.profile', { name })}</Link>
          </p>
        ) : null}
        <h3>{t('compare.consultations')}</h3>
        <ul className="compare__consultations">
          {item.consultations.map((consultation) => (
            <li key={consultation.id}>
              <time dateTime={consultation.start}>
                {formatDateTime(consultation.start, locale)}
              </time>
            </li>
          ))}
        </ul>

        {latest ? (
          <form className="compare__note" onSubmit={(event) => void save(event)}>
            <p className="compare__private">
              <strong>{t('compare.private', { name })}</strong>
            </p>
            <TextArea
              label={t('compare.note', { name })}
              hint={t('compare.noteHint')}
              value={note}
              onChange={setNote}
              maxLength={noteMaxLength}
            />
            <Slider
              item={{
                id: `fit-${item.therapistId}`,
                text: t('compare.fit', { name }),
                lower: t('compare.fitLower'),
                upper: t('compare.fitUpper'),
                min: 0,
                max: 10,
                step: 0.1,
              }}
              value={rating}
              onChange={setRating}
              invalid={false}
            />
            {saveError ? <Alert kind="error">{saveError}</Alert> : null}
            {saveStatus ? <Alert kind="success">{saveStatus}</Alert> : null}
            <button
              type="submit"
              className="button button--secondary"
              aria-label={t('compare.saveLabel', { name })}
              disabled={saving}
            >
              {saving ? t('form.working') : t('compare.save')}
            </button>
          </form>
        ) : null}

        <div className="compare__choose">
          {startError ? <Alert kind="error">{startError}</Alert> : null}
          {startStatus ? (
            <Alert kind="success">{startStatus}</Alert>
          ) : open ? (
            <p role="status">
              {open.status === 'active'
                ? t('compare.active', { name })
                : t('compare.started', { name })}
            </p>
          ) : (
            <button
              type="button"
              className="button"
              disabled={starting}
              onClick={() => void start()}
            >
              {starting ? t('form.working') : t('compare.start', { name })}
            </button>
          )}
        </div>
      </article>
    </li>
  );
}

export function Compare() {
  const { t } = useI18n();
  const list = useResource(useCallback(() => api.therapistsMet(), []));
  const items = list.data?.items ?? null;
  return (
    <Page title={t('compare.title')} lead={t('compare.lead')}>
      {list.error ? <Alert kind="error">{errorMessage(list.error, t)}</Alert> : null}
      {items === null && !list.error ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : null}
      {items && items.length === 0 ? (
        <div className="empty">
          <p>
            {t('compare.empty')} <Link href="/therapists">{t('compare.find')}</Link>
          </p>
        </div>
      ) : null}
      {items && items.length > 0 ? (
        <ul className="cards compare">
          {items.map((item) => (
            <TherapistColumn key={item.therapistId} item={item} />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
