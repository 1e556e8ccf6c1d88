/**
 * The clinic's audit log for its administrators: who did what with whose data, when. Filters by
 * person (who, or whose data), action and dates; newest first, with "show older". Every search
 * is itself recorded by the server.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { AuditEventView, AuditSearchInput } from '../../../core/audit-search';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import { Cell, ScrollTable } from '../../components/TableParts';
import { formatInstant } from '../../format';
import { useI18n } from '../../i18n';
import { securityApi } from '../../security-api';
import { errorMessage } from '../errors';

interface Filters {
  actor: string;
  subject: string;
  action: string;
  from: string;
  to: string;
}

const empty: Filters = { actor: '', subject: '', action: '', from: '', to: '' };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A local date (yyyy-mm-dd) as the start of that day in the viewer's time zone. */
function startOfDay(date: string, plusDays = 0): string | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return new Date(y, m - 1, d + plusDays).toISOString();
}

function toQuery(filters: Filters): Partial<AuditSearchInput> {
  return {
    actor: filters.actor.trim() || undefined,
    subject: filters.subject.trim() || undefined,
    action: filters.action.trim().toLowerCase() || undefined,
    from: startOfDay(filters.from),
    // "Until" includes the whole day.
    to: startOfDay(filters.to, 1),
    limit: 50,
  };
}

export function AuditLog() {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<Filters>(empty);
  const [applied, setApplied] = useState<Filters>(empty);
  const [items, setItems] = useState<AuditEventView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Partial<Record<keyof Filters, string>>>({});

  const load = async (filters: Filters, after: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await securityApi.auditSearch({
        ...toQuery(filters),
        ...(after ? { cursor: after } : {}),
      });
      setItems((previous) => (after ? [...previous, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    let cancelled = false;
    securityApi
      .auditSearch(toQuery(empty))
      .then((page) => {
        if (cancelled) return;
        setItems(page.items);
        setCursor(page.nextCursor);
      })
      .catch((caught: unknown) => {
        if (!cancelled) setError(errorMessage(caught, t));
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [t]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<keyof Filters, string>> = {};
    if (draft.actor.trim() && !uuid.test(draft.actor.trim()))
      found.actor = t('audit.filter.idHint');
    if (draft.subject.trim() && !uuid.test(draft.subject.trim()))
      found.subject = t('audit.filter.idHint');
    if (draft.action.trim() && !/^[a-z][a-z_]*(\.[a-z_]+)*$/i.test(draft.action.trim()))
      found.action = t('form.fixErrors');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setApplied(draft);
    void load(draft, null);
  };

  const when = (iso: string) =>
    formatInstant(iso, locale, { dateStyle: 'medium', timeStyle: 'short' });
  const who = (item: AuditEventView) =>
    item.actor
      ? (item.actor.displayName ?? item.actor.id)
      : item.actorRole === 'system'
        ? t('audit.system')
        : t('audit.nobody');
  const whose = (item: AuditEventView) => {
    if (!item.subject) return item.subjectCount > 1 ? String(item.subjectCount) : null;
    return item.subject.displayName ?? item.subject.id;
  };
  const set = (name: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [name]: event.target.value });

  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.lead')}</p>
      <form className="form" onSubmit={search} noValidate aria-label={t('audit.filter.submit')}>
        <Field
          label={t('audit.filter.actor')}
          hint={t('audit.filter.idHint')}
          value={draft.actor}
          onChange={set('actor')}
          error={problems.actor ?? null}
          autoComplete="off"
          spellCheck={false}
        />
        <Field
          label={t('audit.filter.subject')}
          hint={t('audit.filter.idHint')}
          value={draft.subject}
          onChange={set('subject')}
          error={problems.subject ?? null}
          autoComplete="off"
          spellCheck={false}
        />
        <Field
          label={t('audit.filter.action')}
          value={draft.action}
          onChange={set('action')}
          error={problems.action ?? null}
          autoComplete="off"
          spellCheck={false}
        />
        <Field
          label={t('audit.filter.from')}
          type="date"
          value={draft.from}
          onChange={set('from')}
        />
        <Field label={t('audit.filter.to')} type="date" value={draft.to} onChange={set('to')} />
        <div className="actions">
          <button className="button" type="submit" disabled={loading}>
            {t('audit.filter.submit')}
          </button>
          <button
            className="button button--secondary"
            type="button"
            onClick={() => {
              setDraft(empty);
              setProblems({});
              setApplied(empty);
              void load(empty, null);
            }}
          >
            {t('audit.filter.clear')}
          </button>
        </div>
      </form>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <p role="status" aria-live="polite">
        {loading && items.length === 0
          ? t('shell.loading')
          : items.length === 0
            ? t('audit.none')
            : t('audit.count', { count: items.length })}
      </p>
      {items.length > 0 ? (
        <ScrollTable label={t('audit.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('audit.col.when')}</th>
                <th scope="col">{t('audit.col.who')}</th>
                <th scope="col">{t('audit.col.what')}</th>
                <th scope="col">{t('audit.col.whose')}</th>
                <th scope="col">{t('audit.col.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.seq}>
                  <td>
                    <time dateTime={item.occurredAt}>{when(item.occurredAt)}</time>
                  </td>
                  <td>{who(item)}</td>
                  <td>
                    <code>{item.action}</code>
                  </td>
                  <td>
                    <Cell value={whose(item)} />
                  </td>
                  <td>{t(`audit.outcome.${item.outcome}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      {cursor ? (
        <button
          className="button button--secondary"
          type="button"
          disabled={loading}
          onClick={() => void load(applied, cursor)}
        >
          {t('audit.more')}
        </button>
      ) : null}
    </Page>
  );
}
