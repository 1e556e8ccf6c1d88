/**
 * The clinic's therapists (/admin/therapists): invite by e-mail, the invitations still waiting
 * (withdraw one), each therapist with their status and "credentials checked" mark (verify,
 * deactivate with a confirmation that says what happens, reactivate), and the clients left
 * needing a new therapist.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { emailSchema } from '../../../core/accounts';
import type { TherapistAdminView } from '../../../core/clinic-admin';
import { invitationDays, type InvitationView } from '../../../core/invitations';
import { adminApi } from '../../admin-api';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import { VerifiedBadge } from '../../directory/parts';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { useResource } from '../../useResource';
import { errorMessage } from '../errors';
import { BackToClinic, ShowMore, usePaged } from './parts';

function InviteForm({ onSent }: { onSent: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const value = email.trim();
    if (value === '') return setProblem(t('form.required'));
    if (!emailSchema.safeParse(value).success) return setProblem(t('form.invalidEmail'));
    setProblem(null);
    setBusy(true);
    try {
      const invitation = await adminApi.invite(value);
      setSent(invitation.email);
      setEmail('');
      onSent();
    } catch (caught) {
      setProblem(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('adm.invite.title')}</h2>
      <p className="note">{t('adm.invite.lead', { days: invitationDays })}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          label={t('adm.invite.email')}
          type="email"
          name="email"
          autoComplete="off"
          value={email}
          maxLength={254}
          required
          error={problem}
          onChange={(event) => setEmail(event.target.value)}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('form.working') : t('adm.invite.submit')}
          </button>
        </div>
      </form>
      {sent ? <Alert kind="success">{t('adm.invite.sent', { email: sent })}</Alert> : null}
    </section>
  );
}

function Invitations() {
  const { t, locale } = useI18n();
  const load = useCallback((cursor: string | null) => adminApi.invitations(cursor), []);
  const list = usePaged<InvitationView>(load);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const withdraw = async (invitation: InvitationView) => {
    setNotice(null);
    setProblem(null);
    try {
      await adminApi.withdrawInvitation(invitation.id);
      list.replace((items) => items.filter((item) => item.id !== invitation.id));
      setNotice(t('adm.invitations.withdrawn', { email: invitation.email }));
    } catch (caught) {
      setProblem(errorMessage(caught, t));
    }
  };

  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('adm.invitations.title')}</h2>
      {list.error ? <Alert kind="error">{errorMessage(list.error, t)}</Alert> : null}
      {problem ? <Alert kind="error">{problem}</Alert> : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {list.loaded && list.items.length === 0 ? (
        <p className="empty">{t('adm.invitations.empty')}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="notes">
          {list.items.map((invitation) => (
            <li key={invitation.id} className="notes__item">
              <p className="notes__text">
                <strong>{invitation.email}</strong>
              </p>
              <p className="notes__meta">
                {t('adm.invitations.sent', { date: formatDate(invitation.createdAt, locale) })}
                {' · '}
                {invitation.expired ? (
                  <span className="tag tag--warning">{t('adm.invitations.expired')}</span>
                ) : (
                  t('adm.invitations.expires', { date: formatDate(invitation.expiresAt, locale) })
                )}
              </p>
              <div className="button-row">
                <button
                  className="button button--quiet"
                  type="button"
                  onClick={() => void withdraw(invitation)}
                >
                  {t('adm.invitations.withdraw', { email: invitation.email })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <ShowMore list={list} />
    </section>
  );
}

function ConfirmDeactivate({
  therapist,
  busy,
  onConfirm,
  onCancel,
}: {
  therapist: TherapistAdminView;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const name = therapist.displayName;
  return (
    <div className="confirm" role="group" aria-labelledby={`confirm-${therapist.id}`}>
      <h3 id={`confirm-${therapist.id}`} ref={heading} tabIndex={-1}>
        {t('adm.confirm.title', { name })}
      </h3>
      <ul>
        <li>{t('adm.confirm.sessions')}</li>
        <li>{t('adm.confirm.directory')}</li>
        <li>{t('adm.confirm.clients', { count: therapist.openEngagements })}</li>
        <li>{t('adm.confirm.undo')}</li>
      </ul>
      <div className="button-row">
        <button className="button button--danger" type="button" disabled={busy} onClick={onConfirm}>
          {t('adm.confirm.yes', { name })}
        </button>
        <button className="button button--secondary" type="button" onClick={onCancel}>
          {t('adm.cancel')}
        </button>
      </div>
    </div>
  );
}

function TherapistList({ onDeactivated }: { onDeactivated: () => void }) {
  const { t } = useI18n();
  const load = useCallback((cursor: string | null) => adminApi.therapists({ cursor }), []);
  const list = usePaged<TherapistAdminView>(load);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const change = async (
    therapist: TherapistAdminView,
    body: { status?: 'active' | 'deactivated'; verified?: boolean },
  ) => {
    setBusy(therapist.id);
    setNotice(null);
    setProblem(null);
    try {
      const updated = await adminApi.updateTherapist(therapist.id, body);
      list.replace((items) => items.map((item) => (item.id === updated.id ? updated : item)));
      const name = updated.displayName;
      if (body.status === 'deactivated') {
        setNotice(t('adm.list.deactivated.done', { name }));
        onDeactivated();
      } else if (body.status === 'active') setNotice(t('adm.list.reactivated', { name }));
      else setNotice(t(updated.verified ? 'adm.list.verified' : 'adm.list.unverified', { name }));
      setConfirming(null);
    } catch (caught) {
      setProblem(errorMessage(caught, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="therapists-title">
      <h2 id="therapists-title">{t('adm.list.title')}</h2>
      <p className="note">{t('adm.list.verifyHint')}</p>
      {list.error ? <Alert kind="error">{errorMessage(list.error, t)}</Alert> : null}
      {problem ? <Alert kind="error">{problem}</Alert> : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {list.loaded && list.items.length === 0 ? (
        <p className="empty">{t('adm.list.empty')}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="cards admin-therapists">
          {list.items.map((therapist) => {
            const active = therapist.status === 'active';
            const name = therapist.displayName;
            return (
              <li key={therapist.id} className="card">
                <h3>{name}</h3>
                <p className="admin-therapists__email">{therapist.email}</p>
                <p className="admin-therapists__tags">
                  <span className={active ? 'tag tag--info' : 'tag tag--warning'}>
                    {t(active ? 'adm.list.active' : 'adm.list.deactivated')}
                  </span>{' '}
                  <VerifiedBadge verified={therapist.verified} />{' '}
                  <span className="tag tag--quiet">
                    {t(therapist.published ? 'adm.list.published' : 'adm.list.unpublished')}
                  </span>
                </p>
                <p>{t('adm.list.open', { count: therapist.openEngagements })}</p>
                {confirming === therapist.id ? (
                  <ConfirmDeactivate
                    therapist={therapist}
                    busy={busy === therapist.id}
                    onConfirm={() => void change(therapist, { status: 'deactivated' })}
                    onCancel={() => setConfirming(null)}
                  />
                ) : (
                  <div className="button-row">
                    <button
                      className="button button--secondary"
                      type="button"
                      disabled={busy === therapist.id}
                      onClick={() => void change(therapist, { verified: !therapist.verified })}
                    >
                      {t(therapist.verified ? 'adm.list.unverify' : 'adm.list.verify')}
                    </button>
                    {active ? (
                      <button
                        className="button button--quiet"
                        type="button"
                        onClick={() => setConfirming(therapist.id)}
                      >
                        {t('adm.list.deactivate', { name })}
                      </button>
                    ) : (
                      <button
                        className="button button--quiet"
                        type="button"
                        disabled={busy === therapist.id}
                        onClick={() => void change(therapist, { status: 'active' })}
                      >
                        {t('adm.list.reactivate', { name })}
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <ShowMore list={list} />
    </section>
  );
}

function Reassignments() {
  const { t, locale } = useI18n();
  const load = useCallback(() => adminApi.reassignments(), []);
  const { data, error } = useResource(load);
  return (
    <section aria-labelledby="reassign-title">
      <h2 id="reassign-title">{t('adm.reassign.title')}</h2>
      <p className="note">{t('adm.reassign.lead')}</p>
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {data && data.items.length === 0 ? <p className="empty">{t('adm.reassign.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="notes">
          {data.items.map((item) => (
            <li key={item.engagementId} className="notes__item">
              <p className="notes__text">
                {t('adm.reassign.item', {
                  client: item.client.displayName,
                  therapist: item.therapist.displayName,
                })}
              </p>
              <p className="notes__meta">
                {t('adm.reassign.since', { date: formatDate(item.since, locale) })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function Therapists() {
  const { t } = useI18n();
  const [invitations, setInvitations] = useState(0);
  const [reassignments, setReassignments] = useState(0);
  return (
    <Page title={t('adm.therapists.title')} lead={t('adm.therapists.lead')}>
      <BackToClinic />
      <InviteForm onSent={() => setInvitations((v) => v + 1)} />
      {/* A new key loads the list again (a new invitation, a deactivation). */}
      <Invitations key={`invitations-${invitations}`} />
      <TherapistList onDeactivated={() => setReassignments((v) => v + 1)} />
      <Reassignments key={`reassignments-${reassignments}`} />
    </Page>
  );
}
