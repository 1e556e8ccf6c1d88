/** Words for the workspace's statuses, shared by the caseload, the client view and the charts. */
import type { SessionStatus } from '../core/engagements';
import type { MessageKey } from '../core/i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function sessionStatusText(
  status: SessionStatus,
  cancelledBy: 'client' | 'therapist' | null,
  t: T,
): string {
  switch (status) {
    case 'scheduled':
      return t('ws.session.scheduled');
    case 'attended':
      return t('ws.session.attended');
    case 'cancelled':
      return cancelledBy === 'therapist'
        ? t('ws.session.cancelledByYou')
        : t('ws.session.cancelledByClient');
    case 'late_cancelled':
      return cancelledBy === 'therapist'
        ? t('ws.session.lateCancelledByYou')
        : t('ws.session.lateCancelled');
    case 'no_show':
      return t('ws.session.noShow');
  }
}

export function trendText(trend: 'up' | 'down' | 'flat' | null, t: T): string {
  switch (trend) {
    case 'up':
      return t('ws.trend.up');
    case 'down':
      return t('ws.trend.down');
    case 'flat':
      return t('ws.trend.flat');
    case null:
      return t('ws.trend.first');
  }
}

export const trendGlyph = { up: '↑', down: '↓', flat: '→' } as const;
