/**
 * The therapist's photo: how every page shows it, and the editor's part that uploads, replaces
 * and removes it. The server re-encodes each upload (metadata removed, a square of 512 pixels at
 * most); the type and size are checked here first, so a wrong file gets its message at once.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { isPhotoUploadType, photoMaxBytes, photoMaxMegabytes } from '../../core/photos';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';

/** The photo with its alt text, or nothing when the therapist has none. */
export function TherapistPhoto({
  profile,
  size,
}: {
  profile: { displayName: string; photoUrl: string | null };
  size: 'card' | 'page';
}) {
  const { t } = useI18n();
  if (!profile.photoUrl) return null;
  const pixels = size === 'card' ? 64 : 128;
  return (
    <img
      className={`therapist-photo therapist-photo--${size}`}
      src={profile.photoUrl}
      alt={t('photo.alt', { name: profile.displayName })}
      width={pixels}
      height={pixels}
      loading={size === 'card' ? 'lazy' : 'eager'}
      decoding="async"
    />
  );
}

export function PhotoEditor({
  displayName,
  photoUrl,
  onChange,
}: {
  displayName: string;
  photoUrl: string | null;
  onChange: (photoUrl: string | null) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Let the same file be chosen again after a change of mind.
    event.target.value = '';
    if (!file) return;
    setError(null);
    setStatus('');
    if (!isPhotoUploadType(file.type)) {
      setError(t('error.photo_type_unsupported'));
      return;
    }
    if (file.size > photoMaxBytes) {
      setError(t('error.photo_too_large', { max: photoMaxMegabytes }));
      return;
    }
    setBusy(true);
    setStatus(t('photo.uploading'));
    try {
      const saved = await api.uploadPhoto(file);
      onChange(saved.photoUrl);
      setStatus(t('photo.saved'));
    } catch (caught) {
      setStatus('');
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.removePhoto();
      onChange(null);
      setConfirming(false);
      setStatus(t('photo.removed'));
      input.current?.focus();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel photo-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('photo.title')}</h2>
      <p className="note" id={`${id}-hint`}>
        {t('photo.lead', { max: photoMaxMegabytes })} {t('photo.privacy')}
      </p>
      <div className="photo-editor__current">
        {photoUrl ? (
          <TherapistPhoto profile={{ displayName, photoUrl }} size="page" />
        ) : (
          <p className="photo-editor__none">{t('photo.none')}</p>
        )}
        {photoUrl ? <p className="note">{t('photo.publicNote')}</p> : null}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {status && !busy ? <p className="alert alert--success">{status}</p> : null}
      {busy && status ? <p className="loading">{status}</p> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="field">
        <label htmlFor={`${id}-file`}>{photoUrl ? t('photo.replace') : t('photo.choose')}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${id}-hint`}
          disabled={busy}
          onChange={(event) => void chosen(event)}
        />
      </div>
      {photoUrl && confirming ? (
        <div className="confirm" role="group" aria-label={t('photo.removeConfirm')}>
          <p>{t('photo.removeConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {busy ? t('form.working') : t('photo.removeYes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              {t('photo.keep')}
            </button>
          </div>
        </div>
      ) : photoUrl ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {t('photo.remove')}
        </button>
      ) : null}
    </section>
  );
}
