/** "Who saw my data": every read or change of the client's records by someone else. */
import { useCallback, useState, type FormEvent } from 'react';
import type { AccessView } from '../../core/my-data';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { myDataApi } from '../my-data-api';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

export function WhoSawMyData() {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [filters, setFilters] = useState({ from: '', to: '' });
  const [older, setOlder] = useState<{ items: AccessView[]; cursor: string | null } | null>(null);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      myDataApi.accesses({
        ...(filters.from ? { from: filters.from } : {}),
        ...(filters.to ? { to: filters.to } : {}),
      }),
    [filters],
  );
  const { data, error } = useResource(load);
  const items = data ? [...data.items, ...(older?.items ?? [])] : [];
  const cursor = older ? older.cursor : (data?.nextCursor ?? null);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setRangeError(t('whoSaw.badRange'));
      return;
    }
    setRangeError(null);
    setOlder(null);
    setFilters(draft);
  };

  const loadOlder = async () => {
    if (!cursor) return;
    const page = await myDataApi.accesses({ ...filters, cursor });
    setOlder({ items: [...(older?.items ?? []), ...page.items], cursor: page.nextCursor });
  };

  const who = (item: AccessView) => {
    if (item.actor.role === 'system') return t('whoSaw.system');
    if (item.actor.displayName === null) return t('whoSaw.someone');
    return t('whoSaw.whoLine', {
      name: item.actor.displayName,
      role: t(`role.${item.actor.role}`),
    });
  };

  return (
    <Page title={t('whoSaw.title')} lead={t('whoSaw.lead')}>
      <form className="form form--inline filters" onSubmit={apply} noValidate>
        <Field
          label={t('whoSaw.from')}
          type="date"
          value={draft.from}
          onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          error={rangeError}
        />
        <Field
          label={t('whoSaw.to')}
          type="date"
          value={draft.to}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        />
        <div className="button-row">
          <button className="button" type="submit">
            {t('whoSaw.filter')}
          </button>
          {filters.from || filters.to ? (
            <button
              className="button button--secondary"
              type="button"
              onClick={() => {
                setDraft({ from: '', to: '' });
                setOlder(null);
                setFilters({ from: '', to: '' });
              }}
            >
              {t('whoSaw.clear')}
            </button>
          ) : null}
        </div>
      </form>
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {data && items.length === 0 ? <p className="empty">{t('whoSaw.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('whoSaw.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('whoSaw.when')}</th>
                <th scope="col">{t('whoSaw.who')}</th>
                <th scope="col">{t('whoSaw.what')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <time dateTime={item.occurredAt}>
                      {formatDateTime(item.occurredAt, locale)}
                    </time>
                  </td>
                  <td>{who(item)}</td>
                  <td>
                    {item.what}
                    {item.outcome === 'success' ? null : ` ${t('whoSaw.denied')}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {cursor ? (
        <button type="button" className="button button--secondary" onClick={() => void loadOlder()}>
          {t('whoSaw.more')}
        </button>
      ) : null}
    </Page>
  );
}
