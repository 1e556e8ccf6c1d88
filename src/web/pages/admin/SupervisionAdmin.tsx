/**
 * Supervision for the administrator (/admin/supervision): the clinic's policy (may supervisors
 * read the records of clients who agreed?) with what it means, who supervises whom, and a form
 * to pair a supervisor with a therapist. The supervisor's own page is /supervision.
 */
import { useCallback, useState, type FormEvent } from 'react';
import type { SupervisionView } from '../../../core/supervision';
import { adminApi } from '../../admin-api';
import { Alert } from '../../components/Alert';
import { Page } from '../../components/Page';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { useResource } from '../../useResource';
import { errorMessage } from '../errors';
import { BackToClinic, ShowMore, usePaged } from './parts';

function Policy() {
  const { t } = useI18n();
  const load = useCallback(() => adminApi.supervisionPolicy(), []);
  const policy = useResource(load);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The box shows the choice at once while it is saved; it goes back if saving fails.
  const [pending, setPending] = useState<boolean | null>(null);

  const change = async (allow: boolean) => {
    setPending(allow);
    setBusy(true);
    setSaved(false);
    setProblem(null);
    try {
      const view = await adminApi.setSupervisionPolicy(allow);
      policy.setData(() => view);
      setSaved(true);
    } catch (caught) {
      setProblem(errorMessage(caught, t));
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  const view = policy.data;
  return (
    <section className="panel" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('adm.supervision.policy')}</h2>
      <p id="policy-hint">{t('adm.supervision.policyHint')}</p>
      {policy.error ? <Alert kind="error">{errorMessage(policy.error, t)}</Alert> : null}
      {view ? (
        <>
          <label className="choice">
            <input
              type="checkbox"
              checked={pending ?? view.allowWithConsent}
              disabled={busy}
              aria-describedby="policy-hint policy-state"
              onChange={(event) => void change(event.target.checked)}
            />
            <span>{t('adm.supervision.policyToggle')}</span>
          </label>
          <p id="policy-state" className="muted">
            {t(view.allowWithConsent ? 'adm.supervision.policyOn' : 'adm.supervision.policyOff')}
          </p>
        </>
      ) : null}
      {problem ? <Alert kind="error">{problem}</Alert> : null}
      {saved && !problem ? <Alert kind="success">{t('adm.supervision.policySaved')}</Alert> : null}
    </section>
  );
}

function PairForm({ onPaired }: { onPaired: (pair: SupervisionView) => void }) {
  const { t } = useI18n();
  const load = useCallback(() => adminApi.therapists({ status: 'active', limit: 200 }), []);
  const therapists = useResource(load);
  const [supervisorId, setSupervisorId] = useState('');
  const [therapistId, setTherapistId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const people = therapists.data?.items ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!supervisorId || !therapistId) return setProblem(t('form.fixErrors'));
    if (supervisorId === therapistId) return setProblem(t('adm.supervision.same'));
    setProblem(null);
    setBusy(true);
    try {
      onPaired(await adminApi.designateSupervisor(supervisorId, therapistId));
      setSupervisorId('');
      setTherapistId('');
    } catch (caught) {
      setProblem(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const select = (id: string, label: string, value: string, onChange: (value: string) => void) => (
    <div className={problem && !value ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        required
        aria-invalid={problem && !value ? true : undefined}
        aria-describedby={problem ? 'pair-problem' : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('adm.supervision.choose')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.displayName}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="pair-title">
      <h2 id="pair-title">{t('adm.supervision.add')}</h2>
      {therapists.error ? <Alert kind="error">{errorMessage(therapists.error, t)}</Alert> : null}
      {therapists.data && people.length < 2 ? (
        <p className="empty">{t('adm.supervision.needTwo')}</p>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          {select(
            'pair-supervisor',
            t('adm.supervision.supervisor'),
            supervisorId,
            setSupervisorId,
          )}
          {select('pair-therapist', t('adm.supervision.therapist'), therapistId, setTherapistId)}
          {problem ? (
            <p className="field__error" id="pair-problem" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="button-row">
            <button className="button" type="submit" disabled={busy}>
              {busy ? t('form.working') : t('adm.supervision.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

export function SupervisionAdmin() {
  const { t, locale } = useI18n();
  const load = useCallback((cursor: string | null) => adminApi.supervisions(cursor), []);
  const pairs = usePaged<SupervisionView>(load);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const names = (pair: SupervisionView) => ({
    supervisor: pair.supervisor.displayName,
    therapist: pair.therapist.displayName,
  });
  const remove = async (pair: SupervisionView) => {
    setNotice(null);
    setProblem(null);
    try {
      await adminApi.endSupervision(pair.id);
      pairs.replace((items) => items.filter((item) => item.id !== pair.id));
      setNotice(t('adm.supervision.removed', names(pair)));
    } catch (caught) {
      setProblem(errorMessage(caught, t));
    }
  };

  return (
    <Page title={t('adm.supervision.title')} lead={t('adm.supervision.lead')}>
      <BackToClinic />
      <Policy />
      <section aria-labelledby="pairs-title">
        <h2 id="pairs-title">{t('adm.supervision.pairs')}</h2>
        {pairs.error ? <Alert kind="error">{errorMessage(pairs.error, t)}</Alert> : null}
        {problem ? <Alert kind="error">{problem}</Alert> : null}
        {notice ? <Alert kind="success">{notice}</Alert> : null}
        {pairs.loaded && pairs.items.length === 0 ? (
          <p className="empty">{t('adm.supervision.pairsEmpty')}</p>
        ) : null}
        {pairs.items.length > 0 ? (
          <ul className="notes">
            {pairs.items.map((pair) => (
              <li key={pair.id} className="notes__item">
                <p className="notes__text">{t('adm.supervision.pair', names(pair))}</p>
                <p className="notes__meta">
                  {t('adm.supervision.pairSince', { date: formatDate(pair.createdAt, locale) })}
                </p>
                <div className="button-row">
                  <button
                    className="button button--quiet"
                    type="button"
                    onClick={() => void remove(pair)}
                  >
                    {t('adm.supervision.remove', names(pair))}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        <ShowMore list={pairs} />
      </section>
      <PairForm
        onPaired={(pair) => {
          setProblem(null);
          setNotice(t('adm.supervision.added', names(pair)));
          pairs.replace((items) => [pair, ...items]);
        }}
      />
    </Page>
  );
}
