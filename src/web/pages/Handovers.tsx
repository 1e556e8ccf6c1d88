/** The client's hand-overs: share part of their history with a new therapist, and withdraw it. */
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearch } from 'wouter';
import {
  handoverDays,
  handoverParts,
  handoverSummaryMax,
  type HandoverPart,
  type HandoverView,
} from '../../core/handovers';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { TextArea } from '../components/TextArea';
import { formatDate } from '../format';
import { useI18n } from '../i18n';
import { myDataApi } from '../my-data-api';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

export function Handovers() {
  const { t, locale } = useI18n();
  // From the ending flow: /handovers?from=<engagement id> chooses that history to share.
  const fromParam = new URLSearchParams(useSearch()).get('from');
  const load = useCallback(
    () => Promise.all([myDataApi.handovers(), myDataApi.handoverRecipients(), api.myEngagements()]),
    [],
  );
  const { data, error, reload } = useResource(load);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [more, setMore] = useState<{ items: HandoverView[]; cursor: string | null } | null>(null);

  const list = data ? [...data[0].items, ...(more?.items ?? [])] : [];
  const cursor = more ? more.cursor : (data?.[0].nextCursor ?? null);

  const withdraw = async (handover: HandoverView) => {
    try {
      await myDataApi.withdrawHandover(handover.id);
      setStatus({
        kind: 'success',
        text: t('handover.withdrawn', { name: handover.toTherapist.displayName }),
      });
      setMore(null);
      reload();
    } catch (caught) {
      setStatus({ kind: 'error', text: errorMessage(caught, t) });
    }
  };

  const loadMore = async () => {
    if (!cursor) return;
    const page = await myDataApi.handovers(cursor);
    setMore({ items: [...(more?.items ?? []), ...page.items], cursor: page.nextCursor });
  };

  const ending = data?.[2].items.find((e) => e.id === fromParam && e.status !== 'ended');

  return (
    <Page title={t('handover.title')} lead={t('handover.lead')}>
      {ending ? (
        <p className="breadcrumb">
          <Link href={`/my-therapy/${ending.id}/end`}>
            {t('handover.backToEnding', { name: ending.therapist.displayName })}
          </Link>
        </p>
      ) : null}
      {status ? <Alert kind={status.kind}>{status.text}</Alert> : null}
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {data ? (
        <NewHandover
          engagements={data[2].items
            .filter((e) => e.status !== 'consulting' || e.sessionsAttended > 0)
            .map((e) => ({ id: e.id, therapistId: e.therapist.id, name: e.therapist.displayName }))}
          recipients={data[1].items}
          initialFrom={fromParam}
          onCreated={(created) => {
            setStatus({
              kind: 'success',
              text: t('handover.created', {
                name: created.toTherapist.displayName,
                date: formatDate(created.expiresAt, locale),
              }),
            });
            setMore(null);
            reload();
          }}
        />
      ) : null}

      <section aria-labelledby="handover-list">
        <h2 id="handover-list">{t('handover.listHeading')}</h2>
        {data && list.length === 0 ? <p className="empty">{t('handover.empty')}</p> : null}
        <ul className="cards">
          {list.map((handover) => (
            <li key={handover.id} className="card">
              <h3>
                {t('handover.itemTitle', {
                  from: handover.fromTherapist.displayName,
                  to: handover.toTherapist.displayName,
                })}
              </h3>
              <p>
                {t(`handover.status.${handover.status}`, {
                  date: formatDate(
                    handover.status === 'withdrawn' && handover.withdrawnAt
                      ? handover.withdrawnAt
                      : handover.expiresAt,
                    locale,
                  ),
                })}
              </p>
              <p>
                {t('handover.includes', {
                  parts: handover.include.map((part) => t(`handover.part.${part}`)).join('; '),
                })}
              </p>
              <div className="button-row">
                <Link href={`/handovers/${handover.id}`}>{t('handover.preview')}</Link>
                {handover.status === 'active' ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => void withdraw(handover)}
                  >
                    {t('handover.withdraw')}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
        {cursor ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void loadMore()}
          >
            {t('handover.more')}
          </button>
        ) : null}
      </section>
    </Page>
  );
}

function NewHandover({
  engagements,
  recipients,
  initialFrom,
  onCreated,
}: {
  engagements: { id: string; therapistId: string; name: string }[];
  recipients: { id: string; displayName: string; via: 'engagement' | 'consultation' }[];
  /** The engagement to preselect (from the ending flow), when it is one of the choices. */
  initialFrom: string | null;
  onCreated: (created: HandoverView) => void;
}) {
  const { t } = useI18n();
  const [fromId, setFromId] = useState(
    engagements.find((e) => e.id === initialFrom)?.id ?? engagements[0]?.id ?? '',
  );
  const from = engagements.find((e) => e.id === fromId);
  const choices = useMemo(
    () => recipients.filter((r) => r.id !== from?.therapistId),
    [recipients, from],
  );
  const [toId, setToId] = useState('');
  const [parts, setParts] = useState<HandoverPart[]>(['goals', 'checkins']);
  const [summary, setSummary] = useState('');
  const [days, setDays] = useState(String(handoverDays.default));
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (engagements.length === 0) return <p className="empty">{t('handover.needEngagement')}</p>;
  const to = choices.some((c) => c.id === toId) ? toId : (choices[0]?.id ?? '');
  if (choices.length === 0) {
    return (
      <p className="empty">
        {t('handover.needRecipient')} <Link href="/therapists">{t('handover.findTherapist')}</Link>
      </p>
    );
  }
  const dayCount = Number(days);
  const daysOk =
    Number.isInteger(dayCount) && dayCount >= handoverDays.min && dayCount <= handoverDays.max;
  const summaryOk = !parts.includes('summary') || summary.trim() !== '';
  const partsOk = parts.length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!daysOk || !summaryOk || !partsOk) {
      setError(t('form.fixErrors'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await myDataApi.createHandover({
        fromEngagementId: fromId,
        toTherapistId: to,
        include: parts,
        ...(parts.includes('summary') ? { summary } : {}),
        expiresInDays: dayCount,
      });
      setSummary('');
      setTried(false);
      onCreated(created);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="handover-new">
      <h2 id="handover-new">{t('handover.newHeading')}</h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="handover-from">{t('handover.from')}</label>
          <p className="field__hint" id="handover-from-hint">
            {t('handover.fromHint')}
          </p>
          <select
            id="handover-from"
            aria-describedby="handover-from-hint"
            value={fromId}
            onChange={(event) => setFromId(event.target.value)}
          >
            {engagements.map((e) => (
              <option key={e.id} value={e.id}>
                {t('handover.fromOption', { name: e.name })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="handover-to">{t('handover.to')}</label>
          <p className="field__hint" id="handover-to-hint">
            {t('handover.toHint')}
          </p>
          <select
            id="handover-to"
            aria-describedby="handover-to-hint"
            value={to}
            onChange={(event) => setToId(event.target.value)}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {t(
                  c.via === 'engagement'
                    ? 'handover.toViaEngagement'
                    : 'handover.toViaConsultation',
                  { name: c.displayName },
                )}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="choices" aria-describedby="handover-parts-hint">
          <legend>{t('handover.include')}</legend>
          <p className="field__hint" id="handover-parts-hint">
            {t('handover.includeHint')}
          </p>
          {tried && !partsOk ? <p className="field__error">{t('handover.required')}</p> : null}
          {handoverParts.map((part) => (
            <label key={part} className="choice">
              <input
                type="checkbox"
                checked={parts.includes(part)}
                onChange={(event) =>
                  setParts((current) =>
                    event.target.checked
                      ? [...current, part]
                      : current.filter((chosen) => chosen !== part),
                  )
                }
              />
              <span>{t(`handover.part.${part}`)}</span>
            </label>
          ))}
        </fieldset>
        {parts.includes('summary') ? (
          <TextArea
            label={t('handover.summary')}
            hint={t('handover.summaryHint', { max: handoverSummaryMax })}
            value={summary}
            onChange={setSummary}
            maxLength={handoverSummaryMax}
            rows={6}
            error={tried && !summaryOk ? t('handover.summaryRequired') : null}
          />
        ) : null}
        <Field
          label={t('handover.days')}
          hint={t('handover.daysHint', { min: handoverDays.min, max: handoverDays.max })}
          type="number"
          inputMode="numeric"
          min={handoverDays.min}
          max={handoverDays.max}
          value={days}
          onChange={(event) => setDays(event.target.value)}
          error={
            tried && !daysOk
              ? t('handover.daysHint', { min: handoverDays.min, max: handoverDays.max })
              : null
          }
        />
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('form.working') : t('handover.create')}
        </button>
      </form>
    </section>
  );
}
