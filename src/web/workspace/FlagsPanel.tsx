/**
 * The client's flags, open ones first (Journeys → Therapist 4). Each card says what changed in
 * one line; "How to respond" opens the prompt, the repair log and whether the alliance
 * recovered. Boundary and risk flags follow the clinic's protocol and look it.
 */
import { useId, useRef, useState } from 'react';
import type { SignalView } from '../../core/signal-view';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { formatDate } from '../format';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { SeverityBadge, SignalStatusBadge } from './badges';
import { FlagDetail } from './FlagDetail';

export const protocolKinds: ReadonlySet<SignalView['kind']> = new Set(['red_flag', 'comment_risk']);

function FlagCard({
  signal,
  sessionNumber,
  onChanged,
}: {
  signal: SignalView;
  sessionNumber: number | undefined;
  onChanged: (signal: SignalView) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const protocol = protocolKinds.has(signal.kind);
  const heading = useRef<HTMLHeadingElement>(null);

  const update = async (status: 'acknowledged' | 'resolved') => {
    setBusy(true);
    try {
      onChanged(await api.updateSignal(signal.id, { status }));
      setError(null);
      // The button just used is gone now; keep the focus on this flag.
      heading.current?.focus();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const classes = [
    'flag',
    `flag--${signal.severity}`,
    protocol ? 'flag--protocol' : '',
    signal.status === 'resolved' ? 'flag--resolved' : '',
  ].join(' ');

  return (
    <li className={classes}>
      <article aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="flag__title" ref={heading} tabIndex={-1}>
          {protocol ? (
            <span className="flag__icon" aria-hidden="true">
              ⚠
            </span>
          ) : null}
          {signal.title}
        </h3>
        <p className="flag__tags">
          <SeverityBadge severity={signal.severity} />
          <SignalStatusBadge status={signal.status} />
          {protocol ? <span className="tag tag--protocol">{t('ws.flag.protocol')}</span> : null}
          <span className="flag__when">
            {sessionNumber !== undefined
              ? t('ws.flag.raisedSession', {
                  number: sessionNumber,
                  date: formatDate(signal.raisedAt, locale),
                })
              : t('ws.flag.raised', { date: formatDate(signal.raisedAt, locale) })}
          </span>
        </p>
        <p className="flag__reason">{signal.reason}</p>
        {signal.resolution ? (
          <p className="note">{t('ws.flag.resolution', { resolution: signal.resolution })}</p>
        ) : null}
        {error ? <Alert kind="error">{error}</Alert> : null}
        <div className="flag__actions">
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={open}
            aria-controls={`${id}-detail`}
            onClick={() => setOpen((value) => !value)}
          >
            <span aria-hidden="true" className="disclosure-icon">
              {open ? '▾' : '▸'}
            </span>
            {t(protocol ? 'ws.flag.openProtocol' : 'ws.flag.open')}
          </button>
          {signal.status === 'open' ? (
            <button
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => void update('acknowledged')}
            >
              {t('ws.flag.acknowledge')}
            </button>
          ) : null}
          {signal.status !== 'resolved' ? (
            <button
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => void update('resolved')}
            >
              {t('ws.flag.resolve')}
            </button>
          ) : null}
        </div>
        <div id={`${id}-detail`} hidden={!open}>
          {open ? <FlagDetail signalId={signal.id} /> : null}
        </div>
      </article>
    </li>
  );
}

export function FlagsPanel({
  signals,
  sessionNumbers,
  onChanged,
}: {
  signals: SignalView[];
  sessionNumbers: ReadonlyMap<string, number>;
  onChanged: (signal: SignalView) => void;
}) {
  const { t } = useI18n();
  const current = signals.filter((signal) => signal.status !== 'resolved');
  const resolved = signals.filter((signal) => signal.status === 'resolved');
  const card = (signal: SignalView) => (
    <FlagCard
      key={signal.id}
      signal={signal}
      sessionNumber={signal.sessionId ? sessionNumbers.get(signal.sessionId) : undefined}
      onChanged={onChanged}
    />
  );
  return (
    <>
      {current.length > 0 ? (
        <ul className="flags">{current.map(card)}</ul>
      ) : (
        <p className="empty">{t('ws.flags.none')}</p>
      )}
      {resolved.length > 0 ? (
        <details className="flags__resolved">
          <summary>{t('ws.flags.resolved', { count: resolved.length })}</summary>
          <ul className="flags">{resolved.map(card)}</ul>
        </details>
      ) : null}
    </>
  );
}
