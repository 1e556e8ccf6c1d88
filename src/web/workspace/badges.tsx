/** Status badges: each says its meaning in words, with a shape or border as well as a colour. */
import type { SessionStatus } from '../../core/engagements';
import type { MessageKey } from '../../core/i18n';
import type { SignalSeverity, SignalStatus } from '../../core/signals';
import type { attentionLevels } from '../../core/workspace';
import { useI18n } from '../i18n';
import { sessionStatusText } from '../labels';

type Attention = (typeof attentionLevels)[number];

const attentionText: Record<Attention, MessageKey> = {
  urgent: 'ws.attention.urgent',
  warning: 'ws.attention.warning',
  quiet: 'ws.attention.quiet',
  none: 'ws.attention.none',
};

const attentionIcon: Record<Attention, string> = {
  urgent: '!!',
  warning: '!',
  quiet: '…',
  none: '✓',
};

export function AttentionBadge({ level }: { level: Attention }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${level}`}>
      <span className="badge__icon" aria-hidden="true">
        {attentionIcon[level]}
      </span>
      {t(attentionText[level])}
    </span>
  );
}

const severityText: Record<SignalSeverity, MessageKey> = {
  urgent: 'ws.severity.urgent',
  warning: 'ws.severity.warning',
  info: 'ws.severity.info',
};

export function SeverityBadge({ severity }: { severity: SignalSeverity }) {
  const { t } = useI18n();
  return <span className={`tag tag--${severity}`}>{t(severityText[severity])}</span>;
}

const statusText: Record<SignalStatus, MessageKey> = {
  open: 'ws.flag.status.open',
  acknowledged: 'ws.flag.status.acknowledged',
  resolved: 'ws.flag.status.resolved',
};

export function SignalStatusBadge({ status }: { status: SignalStatus }) {
  const { t } = useI18n();
  return <span className={`tag tag--status-${status}`}>{t(statusText[status])}</span>;
}

export function SessionStatusBadge({
  status,
  cancelledBy,
}: {
  status: SessionStatus;
  cancelledBy: 'client' | 'therapist' | null;
}) {
  const { t } = useI18n();
  return (
    <span className={`tag tag--session-${status}`}>
      {sessionStatusText(status, cancelledBy, t)}
    </span>
  );
}
