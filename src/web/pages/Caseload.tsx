/**
 * The therapist's caseload (Journeys → Therapist 2): clients in the server's order of need for
 * attention, each with the reason for every open flag. Cards on a phone, a table-like grid on a
 * wide screen; every cell carries its own label, so a screen reader hears "Alliance: 8.4, down
 * from the last check-in" rather than bare numbers.
 */
import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import type { CaseloadItem } from '../../core/workspace';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { formatDateTime, formatScoreFixed } from '../format';
import { useI18n } from '../i18n';
import { trendGlyph, trendText } from '../labels';
import { AttentionBadge } from '../workspace/badges';
import { InviteClient } from '../workspace/InviteClient';
import { usePagedList } from '../usePagedList';

function Score({ label, latest }: { label: string; latest: CaseloadItem['latestAlliance'] }) {
  const { t, locale } = useI18n();
  return (
    <div className="caseload__cell">
      <span className="caseload__label">{label}</span>
      {latest ? (
        <span className="score">
          <span className="score__value">{formatScoreFixed(latest.score, locale)}</span>
          {latest.trend ? (
            <span className={`trend trend--${latest.trend}`} aria-hidden="true">
              {trendGlyph[latest.trend]}
            </span>
          ) : null}
          <span className="visually-hidden">, {trendText(latest.trend, t)}</span>
        </span>
      ) : (
        <span className="muted">{t('ws.caseload.noCheckin')}</span>
      )}
    </div>
  );
}

function Row({ item }: { item: CaseloadItem }) {
  const { t, locale } = useI18n();
  const when = (iso: string | null, none: string) => (iso ? formatDateTime(iso, locale) : none);
  return (
    <li className={`caseload__row caseload__row--${item.attention}`}>
      <div className="caseload__client">
        <h2 className="caseload__name">
          <Link href={`/engagements/${item.engagementId}`}>{item.client.displayName}</Link>
        </h2>
        <AttentionBadge level={item.attention} />
        {item.status !== 'active' ? (
          <span className="tag">{t(`engagement.status.${item.status}`)}</span>
        ) : null}
      </div>
      <Score label={t('ws.caseload.alliance')} latest={item.latestAlliance} />
      <Score label={t('ws.caseload.wellbeing')} latest={item.latestWellbeing} />
      <div className="caseload__cell caseload__flags">
        <span className="caseload__label">{t('ws.caseload.flags')}</span>
        {item.openFlags.length > 0 ? (
          <ul className="flag-lines">
            {item.openFlags.map((flag) => (
              <li key={flag.id} className={`flag-line flag-line--${flag.severity}`}>
                <strong>{flag.title}</strong>
                {flag.severity === 'urgent' ? (
                  <span className="tag tag--urgent">{t('ws.severity.urgent')}</span>
                ) : null}{' '}
                <span>{flag.reason}</span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('ws.caseload.noFlags')}</span>
        )}
      </div>
      <div className="caseload__cell caseload__sessions">
        <span className="caseload__label">{t('ws.caseload.sessions')}</span>
        <span>
          {t('ws.caseload.last', { when: when(item.lastSessionAt, t('ws.caseload.never')) })}
        </span>
        <span>
          {t('ws.caseload.next', { when: when(item.nextSessionAt, t('ws.caseload.notPlanned')) })}
        </span>
      </div>
    </li>
  );
}

export function Caseload() {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const load = useCallback(
    (cursor?: string) => api.caseload(cursor === undefined ? {} : { cursor }),
    [],
  );
  // A client invited from this page reloads the list (version).
  const { items, cursor, error, busy, more } = usePagedList<CaseloadItem>(load, version);

  return (
    <Page title={t('ws.caseload.title')} lead={t('ws.caseload.lead')}>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {items === null && !error ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : null}
      {items && items.length === 0 ? (
        <div className="empty">
          <h2>{t('ws.caseload.emptyTitle')}</h2>
          <p>{t('ws.caseload.emptyBody')}</p>
        </div>
      ) : null}
      {items && items.length > 0 ? (
        <>
          <div className="caseload__head" aria-hidden="true">
            <span>{t('ws.caseload.client')}</span>
            <span>{t('ws.caseload.alliance')}</span>
            <span>{t('ws.caseload.wellbeing')}</span>
            <span>{t('ws.caseload.flags')}</span>
            <span>{t('ws.caseload.sessions')}</span>
          </div>
          <ul className="caseload" aria-label={t('ws.caseload.listLabel')}>
            {items.map((item) => (
              <Row key={item.engagementId} item={item} />
            ))}
          </ul>
          <p className="visually-hidden" aria-live="polite">
            {t('ws.caseload.showing', { count: items.length })}
          </p>
          {cursor ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void more()}
            >
              {busy ? t('form.working') : t('ws.caseload.more')}
            </button>
          ) : null}
        </>
      ) : null}
      {items ? <InviteClient onInvited={() => setVersion((v) => v + 1)} /> : null}
    </Page>
  );
}
