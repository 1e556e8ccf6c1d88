/**
 * The therapist's private reflection journal (Journeys → Therapist 5): reactions,
 * counter-transference. Readable by its author alone, which the panel says plainly.
 */
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { createReflectionRequest, type ReflectionView } from '../../core/workspace';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { TextArea } from '../components/TextArea';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { useResource } from '../useResource';

const reflectionMax = 8000;

function Reflection({
  reflection,
  onDeleted,
}: {
  reflection: ReflectionView;
  onDeleted: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const when = formatDateTime(reflection.createdAt, locale);

  const remove = async () => {
    setBusy(true);
    try {
      await api.deleteReflection(reflection.id);
      onDeleted(reflection.id);
    } catch (caught) {
      setError(errorMessage(caught, t));
      setBusy(false);
    }
  };

  return (
    <li className="notes__item">
      <p className="notes__meta">
        <time dateTime={reflection.createdAt}>{when}</time>
      </p>
      <p className="notes__text">{reflection.text}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {confirming ? (
        <div
          className="confirm"
          role="group"
          aria-label={t('ws.reflections.confirmLabel', { when })}
        >
          <p>{t('ws.reflections.confirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {busy ? t('form.working') : t('ws.reflections.confirmDelete')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
              // The choice appears where the focus was; keep it there.
              autoFocus
            >
              {t('ws.reflections.keep')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('ws.reflections.deleteLabel', { when })}
          onClick={() => setConfirming(true)}
        >
          {t('ws.reflections.delete')}
        </button>
      )}
    </li>
  );
}

export function ReflectionsPanel({ engagementId }: { engagementId: string }) {
  const { t } = useI18n();
  const load = useCallback(() => api.reflections(engagementId), [engagementId]);
  const { data, error, setData } = useResource(load);
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (!createReflectionRequest.safeParse({ text }).success) {
      setFieldError(
        text.trim() === '' ? t('ws.reflections.required') : t('ws.tooLong', { max: reflectionMax }),
      );
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      const created = await api.addReflection(engagementId, text.trim());
      setData((current) => ({ items: [created, ...(current?.items ?? [])] }));
      setText('');
      setSaveError(null);
      setStatus(t('ws.reflections.saved'));
    } catch (caught) {
      setSaveError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const items = data
    ? [...data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    : null;

  return (
    <>
      <p className="private-note">
        <span aria-hidden="true" className="private-note__icon">
          🔒
        </span>
        {t('ws.reflections.private')}
      </p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {saveError ? <Alert kind="error">{saveError}</Alert> : null}
        <TextArea
          label={t('ws.reflections.label')}
          hint={t('ws.reflections.hint')}
          error={fieldError}
          value={text}
          onChange={setText}
          maxLength={reflectionMax}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.working') : t('ws.reflections.submit')}
        </button>
      </form>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {error && !data ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {!items && !error ? <p className="note">{t('shell.loading')}</p> : null}
      <div ref={list} tabIndex={-1} className="focus-target">
        {items && items.length === 0 ? <p className="empty">{t('ws.reflections.none')}</p> : null}
        {items && items.length > 0 ? (
          <ol className="notes" aria-label={t('ws.reflections.listLabel')}>
            {items.map((reflection) => (
              <Reflection
                key={reflection.id}
                reflection={reflection}
                onDeleted={(id) => {
                  setData((current) =>
                    current ? { items: current.items.filter((item) => item.id !== id) } : current,
                  );
                  setStatus(t('ws.reflections.deleted'));
                  // The deleted note had the focus; leave it on the list rather than the page.
                  list.current?.focus();
                }}
              />
            ))}
          </ol>
        ) : null}
      </div>
    </>
  );
}
