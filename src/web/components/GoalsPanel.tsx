/**
 * Goals agreed in an engagement (Journeys → Therapist 3, Client 5), usable from either side:
 * `side` says whose ratings are "yours". Lists the goals (active first), adds one, and lets this
 * side rate progress and agreement next to the other side's latest ratings.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { createGoalRequest, type GoalView } from '../../core/workspace';
import { api } from '../api';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { useResource } from '../useResource';
import { Alert } from './Alert';
import { Field } from './Field';
import { GoalCard, type Side } from './GoalCard';

const statusOrder: Record<GoalView['status'], number> = { active: 0, achieved: 1, dropped: 2 };

function AddGoal({
  engagementId,
  onAdded,
}: {
  engagementId: string;
  onAdded: (goal: GoalView) => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!createGoalRequest.safeParse({ title }).success) {
      setFieldError(title.trim() === '' ? t('form.required') : t('ws.tooLong', { max: 200 }));
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      onAdded(await api.addGoal(engagementId, title.trim()));
      setTitle('');
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form form--inline" onSubmit={(event) => void submit(event)} noValidate>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <Field
        label={t('ws.goals.new')}
        hint={t('ws.goals.newHint')}
        value={title}
        maxLength={200}
        error={fieldError}
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('form.working') : t('ws.goals.add')}
      </button>
    </form>
  );
}

export function GoalsPanel({
  engagementId,
  side,
  sessionId = null,
}: {
  engagementId: string;
  side: Side;
  /** The session new ratings belong to (the latest attended one), if any. */
  sessionId?: string | null;
}) {
  const { t } = useI18n();
  const load = useCallback(() => api.goals(engagementId), [engagementId]);
  const { data, error, setData } = useResource(load);
  const [status, setStatus] = useState('');

  const replace = (goal: GoalView) => {
    setData((current) =>
      current
        ? { items: current.items.map((item) => (item.id === goal.id ? goal : item)) }
        : current,
    );
    setStatus(t('form.saved'));
  };

  const goals = data
    ? [...data.items].sort(
        (a, b) =>
          statusOrder[a.status] - statusOrder[b.status] || a.createdAt.localeCompare(b.createdAt),
      )
    : null;

  return (
    <div className="goals">
      <p className="note">
        {t(side === 'therapist' ? 'ws.goals.leadTherapist' : 'ws.goals.leadClient')}
      </p>
      {error && !data ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {!goals && !error ? <p className="note">{t('shell.loading')}</p> : null}
      {goals && goals.length === 0 ? (
        <p className="empty">
          {t(side === 'therapist' ? 'ws.goals.noneTherapist' : 'ws.goals.noneClient')}
        </p>
      ) : null}
      {goals && goals.length > 0 ? (
        <ul className="goal-list">
          {goals.map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              side={side}
              sessionId={sessionId}
              onChanged={replace}
            />
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <AddGoal
        engagementId={engagementId}
        onAdded={(goal) => {
          setData((current) => ({ items: [...(current?.items ?? []), goal] }));
          setStatus(t('ws.goals.added', { title: goal.title }));
        }}
      />
    </div>
  );
}
