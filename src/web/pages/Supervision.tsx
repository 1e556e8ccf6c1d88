/**
 * The supervisor's page: clients of supervised therapists who agreed to share their record; each
 * record opens only with a reason (the client sees the access), and reads only.
 */
import { useCallback, useState, type FormEvent } from 'react';
import type { SupervisedEngagementView, SupervisionRecordView } from '../../core/supervision';
import { supervisionReasonLength } from '../../core/supervision';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { formatDate, formatDateTime, formatScore } from '../format';
import { useI18n } from '../i18n';
import { supervisionApi } from '../supervision-api';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

function ReasonForm({
  item,
  onOpened,
}: {
  item: SupervisedEngagementView;
  onOpened: (record: SupervisionRecordView) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < supervisionReasonLength.min) {
      setProblem(t('error.supervision_reason_required'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onOpened(await supervisionApi.record(item.engagementId, reason.trim()));
    } catch (error) {
      setProblem(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        label={t('supervision.reasonLabel')}
        hint={t('supervision.reasonHint', { therapist: item.therapist.displayName })}
        value={reason}
        maxLength={supervisionReasonLength.max}
        required
        error={problem}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="button-row">
        <button className="button" type="submit" disabled={busy}>
          {t('supervision.readButton')}
        </button>
      </div>
    </form>
  );
}

function Record({ record, onBack }: { record: SupervisionRecordView; onBack: () => void }) {
  const { t, locale } = useI18n();
  const none = <p className="muted">{t('supervision.none')}</p>;
  return (
    <article aria-labelledby="record-title">
      <h2 id="record-title">
        {t('supervision.recordTitle', {
          client: record.engagement.client.displayName,
          therapist: record.engagement.therapist.displayName,
        })}
      </h2>
      <Alert kind="info">{t('supervision.readOnly')}</Alert>
      <h3>{t('supervision.sessions')}</h3>
      {record.sessions.length === 0 ? (
        none
      ) : (
        <ul>
          {record.sessions.map((session) => (
            <li key={session.id}>
              {session.number}. {formatDateTime(session.scheduledAt, locale)} — {session.status}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('supervision.checkins')}</h3>
      {record.checkins.length === 0 ? (
        none
      ) : (
        <ul>
          {record.checkins.map((checkin) => (
            <li key={checkin.id}>
              <time dateTime={checkin.submittedAt}>{formatDate(checkin.submittedAt, locale)}</time>{' '}
              {Object.entries(checkin.scores)
                .map(([scale, score]) =>
                  t('supervision.score', { instrument: scale, score: formatScore(score, locale) }),
                )
                .join(' · ')}
              {checkin.comment ? <blockquote>{checkin.comment}</blockquote> : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('supervision.flags')}</h3>
      {record.signals.length === 0 ? (
        none
      ) : (
        <ul>
          {record.signals.map((signal) => (
            <li key={signal.id}>
              <strong>{signal.title}</strong> — {signal.reason}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('supervision.goals')}</h3>
      {record.goals.length === 0 ? (
        none
      ) : (
        <ul>
          {record.goals.map((goal) => (
            <li key={goal.id}>{goal.title}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button className="button button--secondary" type="button" onClick={onBack}>
          {t('supervision.back')}
        </button>
      </div>
    </article>
  );
}

export function Supervision() {
  const { t, locale } = useI18n();
  const load = useCallback(() => supervisionApi.supervised(), []);
  const { data, error } = useResource(load);
  const [more, setMore] = useState<{ items: SupervisedEngagementView[]; cursor: string | null }>();
  const [opening, setOpening] = useState<string | null>(null);
  const [record, setRecord] = useState<SupervisionRecordView | null>(null);
  const items = [...(data?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.cursor : (data?.nextCursor ?? null);

  const loadMore = async () => {
    if (!cursor) return;
    const page = await supervisionApi.supervised(cursor);
    setMore({ items: [...(more?.items ?? []), ...page.items], cursor: page.nextCursor });
  };

  if (record) {
    return (
      <Page title={t('supervision.title')}>
        <Record record={record} onBack={() => setRecord(null)} />
      </Page>
    );
  }
  return (
    <Page title={t('supervision.title')} lead={t('supervision.lead')}>
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {data && items.length === 0 ? <p className="empty">{t('supervision.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="cards">
          {items.map((item) => (
            <li key={item.engagementId} className="card">
              <p>
                <strong>{item.client.displayName}</strong> · {t('supervision.therapist')}:{' '}
                {item.therapist.displayName}
              </p>
              <p className="muted">
                {t('supervision.since')} {formatDate(item.consentSince, locale)}
              </p>
              {opening === item.engagementId ? (
                <ReasonForm item={item} onOpened={setRecord} />
              ) : (
                <button
                  className="button button--secondary"
                  type="button"
                  onClick={() => setOpening(item.engagementId)}
                >
                  {t('supervision.open', { client: item.client.displayName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {cursor ? (
        <button className="button button--secondary" type="button" onClick={() => void loadMore()}>
          {t('supervision.more')}
        </button>
      ) : null}
    </Page>
  );
}
