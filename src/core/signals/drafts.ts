/** Small constructors shared by the rules, so every draft and resolution has the same shape. */
import type {
  MessageParams,
  ResolutionReason,
  SignalDraft,
  SignalEvidence,
  SignalKind,
  SignalResolution,
  SignalSeverity,
} from './types';

export function resolution(
  reason: ResolutionReason,
  sessionId: string | null,
  params: MessageParams = {},
): SignalResolution {
  return { reason, sessionId, messageKey: `signal.resolution.${reason}`, params };
}

export function draft(
  kind: SignalKind,
  key: string,
  severity: SignalSeverity,
  sessionId: string | null,
  evidence: SignalEvidence,
  resolved: SignalResolution | null = null,
): SignalDraft {
  return { ruleKey: `${kind}:${key}`, kind, severity, sessionId, evidence, resolution: resolved };
}
