/**
 * One flag opened: what changed, why the rule fired, the repair prompt, the repair log, and
 * whether the alliance recovered after the repair conversation.
 */
import { useCallback, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../core/i18n';
import type { SignalDetailView } from '../../core/workspace';
import { repairNoteRequest } from '../../core/workspace';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { TextArea } from '../components/TextArea';
import { formatDateTime, formatNumber, formatScoreFixed } from '../format';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { useResource } from '../useResource';

const noteMax = 4000;

/** What the notes on a flag record: a repair conversation, protocol steps, or shared progress. */
type NoteMode = 'repair' | 'protocol' | 'positive';

const noteText = {
  repair: { title: 'ws.repair.title', label: 'ws.repair.label', hint: 'ws.repair.hint' },
  protocol: {
    title: 'ws.repair.titleProtocol',
    label: 'ws.repair.labelProtocol',
    hint: 'ws.repair.hintProtocol',
  },
  positive: {
    title: 'ws.repair.titlePositive',
    label: 'ws.repair.labelPositive',
    hint: 'ws.repair.hintPositive',
  },
} as const satisfies Record<NoteMode, Record<string, MessageKey>>;

/** Numbers of the evidence as words for the rule's explanation; '–' where one is missing. */
function whyItFired(
  detail: SignalDetailView,
  locale: string,
): { key: MessageKey; params: Record<string, string> } {
  const evidence = detail.evidence;
  const value = (name: string) => {
    const raw = evidence[name];
    if (typeof raw === 'number') return formatNumber(raw, locale, { maximumFractionDigits: 2 });
    if (typeof raw === 'string') return raw;
    return '–';
  };
  const params = Object.fromEntries(
    ['scoreThreshold', 'itemThreshold', 'threshold', 'minDrop', 'k', 'sd', 'earlierSessions'].map(
      (name) => [name, value(name)],
    ),
  );
  if (detail.kind === 'agreement_gap') {
    return {
      key:
        evidence.rule === 'alliance'
          ? 'ws.why.agreement_gap.alliance'
          : 'ws.why.agreement_gap.goal',
      params,
    };
  }
  return { key: `ws.why.${detail.kind}`, params };
}

function Recovery({ detail }: { detail: SignalDetailView }) {
  const { t, locale } = useI18n();
  const { baseline, atFlag, afterRepair, recovered } = detail.recovery;
  const score = (value: number | null) => (value === null ? '–' : formatScoreFixed(value, locale));
  if (detail.repairs.length === 0) return <p>{t('ws.recovery.noRepair')}</p>;
  const parts = [
    t('ws.recovery.before', { value: score(baseline) }),
    t('ws.recovery.atFlag', { value: score(atFlag) }),
  ];
  if (afterRepair !== null) parts.push(t('ws.recovery.after', { value: score(afterRepair) }));
  const verdict =
    recovered === true
      ? t('ws.recovery.recovered')
      : recovered === false
        ? t('ws.recovery.notRecovered')
        : t('ws.recovery.waiting');
  return (
    <p
      className={`recovery recovery--${recovered === true ? 'yes' : recovered === false ? 'no' : 'wait'}`}
    >
      <span aria-hidden="true" className="recovery__icon">
        {recovered === true ? '✓' : recovered === false ? '↘' : '…'}
      </span>
      {baseline === null && atFlag === null ? verdict : `${parts.join(' · ')}: ${verdict}`}
    </p>
  );
}

function RepairForm({
  signalId,
  mode,
  onAdded,
}: {
  signalId: string;
  mode: NoteMode;
  onAdded: () => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!repairNoteRequest.safeParse({ note }).success) {
      setFieldError(
        note.trim() === '' ? t('ws.repair.required') : t('ws.tooLong', { max: noteMax }),
      );
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      await api.addRepairNote(signalId, note.trim());
      setNote('');
      setError(null);
      setSaved(true);
      onAdded();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {saved ? <Alert kind="success">{t('ws.repair.saved')}</Alert> : null}
      <TextArea
        label={t(noteText[mode].label)}
        hint={t(noteText[mode].hint)}
        error={fieldError}
        value={note}
        onChange={setNote}
        maxLength={noteMax}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('form.working') : t('ws.repair.submit')}
      </button>
    </form>
  );
}

export function FlagDetail({ signalId }: { signalId: string }) {
  const { t, locale } = useI18n();
  const load = useCallback(() => api.signal(signalId), [signalId]);
  const { data: detail, error, reload } = useResource(load);

  if (error && !detail) return <Alert kind="error">{errorMessage(error, t)}</Alert>;
  if (!detail) {
    return (
      <p className="note" role="status">
        {t('shell.loading')}
      </p>
    );
  }
  const { prompt } = detail;
  const why = whyItFired(detail, locale);
  const mode: NoteMode = prompt.followClinicProtocol
    ? 'protocol'
    : detail.severity === 'info'
      ? 'positive'
      : 'repair';
  const quotes = Array.isArray(detail.evidence.quotes)
    ? detail.evidence.quotes.filter((quote): quote is string => typeof quote === 'string')
    : typeof detail.evidence.quote === 'string'
      ? [detail.evidence.quote]
      : [];

  return (
    <div className={`flag-detail${prompt.followClinicProtocol ? ' flag-detail--protocol' : ''}`}>
      {quotes.length > 0 ? (
        <figure className="quote">
          <figcaption>{t(quotes.length > 1 ? 'ws.flag.quotes' : 'ws.flag.quote')}</figcaption>
          {quotes.map((quote) => (
            <blockquote key={quote}>{quote}</blockquote>
          ))}
        </figure>
      ) : null}
      <h4>{t('ws.flag.why')}</h4>
      <p>{t(why.key, why.params)}</p>

      <div className={`prompt${prompt.urgent ? ' prompt--urgent' : ''}`}>
        <p className="prompt__title">
          <strong>{prompt.title}</strong>
        </p>
        <h4>{prompt.openHeading}</h4>
        <ul className="prompt__list">
          {prompt.open.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h4>{prompt.avoidHeading}</h4>
        <p>{prompt.avoid}</p>
      </div>

      {mode !== 'repair' ? null : (
        <>
          <h4>{t('ws.recovery.title')}</h4>
          <Recovery detail={detail} />
        </>
      )}

      <h4>{t(noteText[mode].title)}</h4>
      {detail.repairs.length > 0 ? (
        <ol className="notes">
          {detail.repairs.map((repair) => (
            <li key={repair.id} className="notes__item">
              <p className="notes__meta">
                {t('ws.repair.by', {
                  name: repair.authorName,
                  date: formatDateTime(repair.createdAt, locale),
                })}
              </p>
              <p className="notes__text">{repair.note}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="note">{t('ws.repair.none')}</p>
      )}
      <RepairForm signalId={signalId} mode={mode} onAdded={reload} />
    </div>
  );
}
