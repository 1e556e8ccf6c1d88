/**
 * One agreed goal: both sides' latest ratings side by side (a gap of 3 or more is named in words),
 * a form to rate it from this side, its status, and the history of ratings.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../core/i18n';
import { defaultSignalSettings } from '../../core/signals';
import type { GoalView } from '../../core/workspace';
import { api } from '../api';
import { formatDate, formatScoreFixed } from '../format';
import { useI18n } from '../i18n';
import { errorMessage } from '../pages/errors';
import { Alert } from './Alert';
import { Slider, type SliderItem } from './Slider';
import { Cell, ScrollTable } from './TableParts';

export type Side = 'client' | 'therapist';
type Rating = GoalView['ratings'][number];

// Agreement gap on goals (DESIGN.md, Signals): ratings 3 or more points apart are worth a talk.
const gapAlert = defaultSignalSettings.agreementGap.goal;

const statusKey: Record<GoalView['status'], MessageKey> = {
  active: 'ws.goals.status.active',
  achieved: 'ws.goals.status.achieved',
  dropped: 'ws.goals.status.dropped',
};

function latest(ratings: readonly Rating[], role: Side): Rating | null {
  return (
    [...ratings]
      .filter((rating) => rating.raterRole === role)
      .sort((a, b) => a.ratedAt.localeCompare(b.ratedAt))
      .pop() ?? null
  );
}

function RateGoal({
  goal,
  side,
  sessionId,
  onRated,
  onCancel,
}: {
  goal: GoalView;
  side: Side;
  sessionId: string | null;
  onRated: (goal: GoalView) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<number | null>(null);
  const [agreement, setAgreement] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const line = (
    id: string,
    text: MessageKey,
    lower: MessageKey,
    upper: MessageKey,
  ): SliderItem => ({
    id,
    text: t(text),
    lower: t(lower),
    upper: t(upper),
    min: 0,
    max: 10,
    step: 0.1,
  });
  const progressItem = line(
    'progress',
    side === 'therapist' ? 'ws.goals.progressTherapist' : 'ws.goals.progressClient',
    'ws.goals.progressLow',
    'ws.goals.progressHigh',
  );
  const agreementItem = line(
    'agreement',
    side === 'therapist' ? 'ws.goals.agreementTherapist' : 'ws.goals.agreementClient',
    'ws.goals.agreementLow',
    'ws.goals.agreementHigh',
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress === null) {
      setMissing(true);
      setError(t('ws.goals.progressRequired'));
      return;
    }
    setBusy(true);
    try {
      onRated(
        await api.rateGoal(goal.id, {
          progress,
          ...(agreement === null ? {} : { agreement }),
          ...(sessionId ? { sessionId } : {}),
        }),
      );
    } catch (caught) {
      setError(errorMessage(caught, t));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="checkin__group">
        <legend>{t('ws.goals.rateLegend', { title: goal.title })}</legend>
        <Slider
          item={progressItem}
          value={progress}
          invalid={missing}
          onChange={(value) => {
            setProgress(value);
            setMissing(false);
          }}
        />
        <Slider item={agreementItem} value={agreement} invalid={false} onChange={setAgreement} />
        <p className="field__hint">{t('ws.goals.agreementOptional')}</p>
      </fieldset>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.working') : t('ws.goals.saveRating')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('ws.cancel')}
        </button>
      </div>
    </form>
  );
}

export function GoalCard({
  goal,
  side,
  sessionId,
  onChanged,
}: {
  goal: GoalView;
  side: Side;
  sessionId: string | null;
  onChanged: (goal: GoalView) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [rating, setRating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const client = latest(goal.ratings, 'client');
  const therapist = latest(goal.ratings, 'therapist');
  const who = (role: Side): string =>
    role === side
      ? t('ws.goals.you')
      : t(role === 'client' ? 'ws.goals.yourClient' : 'ws.goals.yourTherapist');
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? null : formatScoreFixed(value, locale);

  const measures = (['progress', 'agreement'] as const).map((measure) => {
    const a = client?.[measure] ?? null;
    const b = therapist?.[measure] ?? null;
    const gap = a !== null && b !== null ? Math.abs(a - b) : null;
    return { measure, a, b, gap, wide: gap !== null && gap >= gapAlert - 1e-9 };
  });

  const setStatus = async (status: GoalView['status']) => {
    setBusy(true);
    try {
      onChanged(await api.updateGoal(goal.id, status));
      setError(null);
      heading.current?.focus();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const history = [...goal.ratings].sort((a, b) => b.ratedAt.localeCompare(a.ratedAt));

  return (
    <li className={`goal goal--${goal.status}`}>
      <article aria-labelledby={`${id}-title`}>
        <div className="goal__head">
          <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {goal.title}
          </h3>
          <span className={`tag tag--goal-${goal.status}`}>{t(statusKey[goal.status])}</span>
        </div>
        <table className="goal__compare">
          <caption className="visually-hidden">
            {t('ws.goals.compareCaption', { title: goal.title })}
          </caption>
          <thead>
            <tr>
              <td />
              <th scope="col">
                {who('client')}
                {client ? <small>{formatDate(client.ratedAt, locale)}</small> : null}
              </th>
              <th scope="col">
                {who('therapist')}
                {therapist ? <small>{formatDate(therapist.ratedAt, locale)}</small> : null}
              </th>
            </tr>
          </thead>
          <tbody>
            {measures.map((row) => (
              <tr key={row.measure} className={row.wide ? 'goal__gap-row' : undefined}>
                <th scope="row">{t(`ws.goals.${row.measure}`)}</th>
                <td className="num">
                  <Cell value={score(row.a)} />
                </td>
                <td className="num">
                  <Cell value={score(row.b)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {measures
          .filter((row) => row.wide && row.gap !== null)
          .map((row) => (
            <p key={row.measure} className="goal__gap">
              <span aria-hidden="true">⚠ </span>
              {t('ws.goals.gap', {
                measure: t(`ws.goals.${row.measure}`),
                gap: formatScoreFixed(row.gap ?? 0, locale),
              })}
            </p>
          ))}
        {error ? <Alert kind="error">{error}</Alert> : null}
        {rating ? (
          <RateGoal
            goal={goal}
            side={side}
            sessionId={sessionId}
            onCancel={() => {
              setRating(false);
              heading.current?.focus();
            }}
            onRated={(updated) => {
              setRating(false);
              onChanged(updated);
              heading.current?.focus();
            }}
          />
        ) : (
          <div className="button-row">
            {goal.status === 'active' ? (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setRating(true)}
              >
                {t('ws.goals.rate')}
              </button>
            ) : null}
            {goal.status === 'active' ? (
              <>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  onClick={() => void setStatus('achieved')}
                >
                  {t('ws.goals.markAchieved')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  onClick={() => void setStatus('dropped')}
                >
                  {t('ws.goals.markDropped')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--quiet"
                disabled={busy}
                onClick={() => void setStatus('active')}
              >
                {t('ws.goals.reactivate')}
              </button>
            )}
          </div>
        )}
        {history.length > 0 ? (
          <details className="goal__history">
            <summary>{t('ws.goals.history', { count: history.length })}</summary>
            <ScrollTable label={t('ws.goals.historyCaption', { title: goal.title })}>
              <table className="data-table">
                <caption>{t('ws.goals.historyCaption', { title: goal.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ws.table.date')}</th>
                    <th scope="col">{t('ws.goals.who')}</th>
                    <th scope="col" className="num">
                      {t('ws.goals.progress')}
                    </th>
                    <th scope="col" className="num">
                      {t('ws.goals.agreement')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((entry) => (
                    <tr key={entry.id}>
                      <td>{formatDate(entry.ratedAt, locale)}</td>
                      <td>{who(entry.raterRole)}</td>
                      <td className="num">{formatScoreFixed(entry.progress, locale)}</td>
                      <td className="num">
                        <Cell value={score(entry.agreement)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </details>
        ) : null}
      </article>
    </li>
  );
}
