/**
 * "Something feels off?" (DESIGN.md, Client 6): pick the therapist and what it is about, read
 * words for saying it in the next session, write it in your own words if you like, and choose
 * who hears it — nobody (a private note), your therapist, and for a boundary concern the clinic.
 * Risk language shows crisis contacts at once; a boundary concern shows where to report outside
 * the clinic. Below the form, the client's own notes and concerns, with private notes deletable.
 */
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { Link, useSearch } from 'wouter';
import {
  concernCategories,
  concernTextMaxLength,
  type ConcernCategory,
  type ConcernView,
  type CreateConcernResult,
} from '../../core/concerns';
import type { EngagementView } from '../../core/engagements';
import { concernGuidance, concernHowToSayHeadingKey } from '../../core/guide';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { CrisisPanel } from '../components/CrisisPanel';
import { MoreButton } from '../components/MoreButton';
import { Page } from '../components/Page';
import { RegulatorList } from '../components/RegulatorList';
import { TextArea } from '../components/TextArea';
import { concernsApi } from '../concerns-api';
import { formatDate } from '../format';
import { useI18n } from '../i18n';
import { useMore } from '../useMore';
import { useResource } from '../useResource';
import { errorMessage } from './errors';

type Audience = 'private' | 'share' | 'clinic';

const isCategory = (value: string | null): value is ConcernCategory =>
  concernCategories.some((category) => category === value);

function Guidance({ category }: { category: ConcernCategory }) {
  const { t } = useI18n();
  const guidance = concernGuidance[category];
  return (
    <aside className="card concern-guidance" aria-labelledby="concern-guidance-title">
      <h2 id="concern-guidance-title">{t('concernForm.guidanceTitle')}</h2>
      {'noteKey' in guidance ? (
        <p className="concern-guidance__note">{t(guidance.noteKey)}</p>
      ) : null}
      <p>{t(concernHowToSayHeadingKey)}</p>
      <ul>
        {guidance.howToSayKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>
        <Link href={category === 'boundary' ? '/guide#boundary_violation' : '/guide#raising_it'}>
          {t('concernForm.readGuide')}
        </Link>
      </p>
    </aside>
  );
}

/** A group of radio choices with its question, and the problem with the answer above them. */
function Choices({
  id,
  legend,
  error,
  children,
}: {
  id: string;
  legend: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <fieldset className="choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

function MyConcerns({ version }: { version: number }) {
  const { t, locale } = useI18n();
  const load = useCallback(() => concernsApi.mine(), []);
  const resource = useResource(load);
  const { data, error, reload, setData } = resource;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [version, reload]);

  const remove = async (concern: ConcernView) => {
    try {
      await concernsApi.remove(concern.id);
      setData((current) =>
        current ? { ...current, items: current.items.filter((c) => c.id !== concern.id) } : current,
      );
      setStatus(t('concernForm.mine.deleted'));
      setActionError(null);
    } catch (caught) {
      setActionError(errorMessage(caught, t));
    } finally {
      setConfirming(null);
    }
  };

  const more = useMore(resource, concernsApi.mine, (caught) => {
    if (caught) setActionError(errorMessage(caught, t));
  });

  return (
    <section className="ws-section" aria-labelledby="my-concerns-title">
      <h2 id="my-concerns-title">{t('concernForm.mine.title')}</h2>
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {actionError ? <Alert kind="error">{actionError}</Alert> : null}
      {status ? <Alert kind="success">{status}</Alert> : null}
      {!data && !error ? <p role="status">{t('shell.loading')}</p> : null}
      {data && data.items.length === 0 ? (
        <p className="note">{t('concernForm.mine.empty')}</p>
      ) : null}
      {data && data.items.length > 0 ? (
        <ul className="cards">
          {data.items.map((concern) => {
            const isPrivate = !concern.sharedWithTherapist && !concern.reportedToClinic;
            return (
              <li key={concern.id} className="card concern-item">
                <h3>{t(concernGuidance[concern.category].labelKey)}</h3>
                <p className="meta">
                  {t('concernForm.mine.about', {
                    name: concern.therapist.displayName,
                    date: formatDate(concern.createdAt, locale),
                  })}
                  {' · '}
                  {concern.sharedWithTherapist && concern.reportedToClinic
                    ? t('concernForm.mine.sharedAndReported')
                    : concern.sharedWithTherapist
                      ? t('concernForm.mine.shared')
                      : concern.reportedToClinic
                        ? t('concernForm.mine.reported')
                        : t('concernForm.mine.private')}
                </p>
                {concern.text ? <p className="concern-item__text">{concern.text}</p> : null}
                {isPrivate ? (
                  confirming === concern.id ? (
                    <div className="actions">
                      <button type="button" className="button" onClick={() => void remove(concern)}>
                        {t('concernForm.mine.confirmDelete')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setConfirming(null)}
                      >
                        {t('concernForm.mine.keep')}
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => setConfirming(concern.id)}
                    >
                      {t('concernForm.mine.delete')}
                    </button>
                  )
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {data?.nextCursor ? (
        <MoreButton
          busy={more.busy}
          label={t('concernForm.mine.more')}
          onMore={() => void more.loadMore()}
        />
      ) : null}
    </section>
  );
}

function Result({ result, onAnother }: { result: CreateConcernResult; onAnother: () => void }) {
  const { t } = useI18n();
  const name = result.therapist.displayName;
  const message = result.sharedWithTherapist
    ? result.reportedToClinic
      ? t('concernForm.done.sharedAndReported', { name })
      : t('concernForm.done.shared', { name })
    : result.reportedToClinic
      ? t('concernForm.done.reported', { name })
      : t('concernForm.done.private');
  return (
    <>
      {result.crisisResources ? (
        <CrisisPanel resources={result.crisisResources} footer={t('concernForm.crisisFooter')} />
      ) : null}
      <Alert kind="success">{message}</Alert>
      {result.regulatorContacts ? (
        <section className="ws-section" aria-labelledby="regulator-title">
          <h2 id="regulator-title">{t('concernForm.regulator.title')}</h2>
          <p>{t('concernForm.regulator.lead')}</p>
          <RegulatorList contacts={result.regulatorContacts} />
        </section>
      ) : null}
      <div className="actions">
        <Link href="/my-therapy" className="button">
          {t('concernForm.done.back')}
        </Link>
        <Link href="/guide" className="button button--secondary">
          {t('concernForm.readGuide')}
        </Link>
        <button type="button" className="button button--quiet" onClick={onAnother}>
          {t('concernForm.done.another')}
        </button>
      </div>
    </>
  );
}

export function Concern() {
  const { t } = useI18n();
  const search = new URLSearchParams(useSearch());
  const wantedEngagement = search.get('engagement');
  const wantedCategory = search.get('category');
  const loadEngagements = useCallback(() => api.myEngagements(), []);
  const engagements = useResource(loadEngagements);
  const [engagementId, setEngagementId] = useState<string>(wantedEngagement ?? '');
  const [category, setCategory] = useState<ConcernCategory | null>(
    isCategory(wantedCategory) ? wantedCategory : null,
  );
  const [text, setText] = useState('');
  const [audience, setAudience] = useState<Audience | null>(null);
  const [problems, setProblems] = useState<
    Partial<Record<'engagement' | 'category' | 'audience', string>>
  >({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CreateConcernResult | null>(null);
  const [version, setVersion] = useState(0);
  const ids = useId();

  // Concerns are about a therapist the client works with, met, or worked with.
  const choices: EngagementView[] = engagements.data?.items ?? [];
  const selected =
    choices.find((engagement) => engagement.id === engagementId) ??
    (choices.length === 1 ? choices[0] : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof problems = {};
    if (!selected) found.engagement = t('concernForm.problem.engagement');
    if (!category) found.category = t('concernForm.problem.category');
    if (!audience) found.audience = t('concernForm.problem.audience');
    setProblems(found);
    if (!selected || !category || !audience) {
      setError(t('concernForm.problem.summary'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const raised = await concernsApi.raise({
        engagementId: selected.id,
        category,
        text,
        shareWithTherapist: audience === 'share',
        ...(category === 'boundary' ? { reportToClinic: audience !== 'private' } : {}),
      });
      setResult(raised);
      setVersion((v) => v + 1);
      window.scrollTo(0, 0);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setResult(null);
    setText('');
    setAudience(null);
    setCategory(null);
  };

  const therapistName = selected?.therapist.displayName ?? t('concernForm.yourTherapist');

  return (
    <Page title={t('concernForm.title')} lead={t('concernForm.lead')}>
      {result ? <Result result={result} onAnother={reset} /> : null}
      {engagements.error ? <Alert kind="error">{errorMessage(engagements.error, t)}</Alert> : null}
      {!engagements.data && !engagements.error ? <p role="status">{t('shell.loading')}</p> : null}
      {engagements.data && choices.length === 0 ? (
        <div className="card">
          <p>{t('concernForm.noTherapist')}</p>
          <p>
            <Link href="/guide">{t('concernForm.readGuide')}</Link>
            {' · '}
            <Link href="/therapists">{t('concernForm.findTherapist')}</Link>
          </p>
        </div>
      ) : null}
      {!result && choices.length > 0 ? (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          {error ? <Alert kind="error">{error}</Alert> : null}
          {choices.length > 1 ? (
            <div className={problems.engagement ? 'field field--error' : 'field'}>
              <label htmlFor={`${ids}-engagement`}>{t('concernForm.engagement')}</label>
              {problems.engagement ? (
                <p className="field__error" id={`${ids}-engagement-error`}>
                  {problems.engagement}
                </p>
              ) : null}
              <select
                id={`${ids}-engagement`}
                value={selected?.id ?? ''}
                aria-invalid={problems.engagement ? true : undefined}
                aria-describedby={problems.engagement ? `${ids}-engagement-error` : undefined}
                onChange={(event) => setEngagementId(event.target.value)}
              >
                <option value="">{t('concernForm.engagementPick')}</option>
                {choices.map((engagement) => (
                  <option key={engagement.id} value={engagement.id}>
                    {engagement.therapist.displayName} (
                    {t(`engagement.status.${engagement.status}`)})
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <p className="meta">{t('concernForm.about', { name: therapistName })}</p>
          )}

          <Choices
            id={`${ids}-category`}
            legend={t('concernForm.category')}
            error={problems.category}
          >
            {concernCategories.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="category"
                  value={value}
                  checked={category === value}
                  onChange={() => {
                    setCategory(value);
                    // "Tell the clinic only" is for boundary concerns.
                    if (value !== 'boundary' && audience === 'clinic') setAudience(null);
                  }}
                />
                {t(concernGuidance[value].labelKey)}
              </label>
            ))}
          </Choices>

          {category ? <Guidance category={category} /> : null}

          <TextArea
            label={t('concernForm.text')}
            hint={t('concernForm.textHint')}
            value={text}
            onChange={setText}
            maxLength={concernTextMaxLength}
            rows={5}
          />

          <Choices
            id={`${ids}-audience`}
            legend={t('concernForm.audience')}
            error={problems.audience}
          >
            <label className="choice">
              <input
                type="radio"
                name="audience"
                value="private"
                checked={audience === 'private'}
                onChange={() => setAudience('private')}
              />
              {t('concernForm.audience.private')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="audience"
                value="share"
                checked={audience === 'share'}
                onChange={() => setAudience('share')}
              />
              {category === 'boundary'
                ? t('concernForm.audience.shareAndClinic', { name: therapistName })
                : t('concernForm.audience.share', { name: therapistName })}
            </label>
            {category === 'boundary' ? (
              <label className="choice">
                <input
                  type="radio"
                  name="audience"
                  value="clinic"
                  checked={audience === 'clinic'}
                  onChange={() => setAudience('clinic')}
                />
                {t('concernForm.audience.clinic', { name: therapistName })}
              </label>
            ) : null}
          </Choices>
          <p className="note">
            {audience === 'share'
              ? t('concernForm.audience.shareNote', { name: therapistName })
              : audience === 'clinic'
                ? t('concernForm.audience.clinicNote', { name: therapistName })
                : t('concernForm.audience.privateNote')}
          </p>

          <button type="submit" className="button button--wide" disabled={busy}>
            {busy
              ? t('form.working')
              : audience === 'private'
                ? t('concernForm.submitPrivate')
                : t('concernForm.submit')}
          </button>
        </form>
      ) : null}
      <MyConcerns version={version} />
    </Page>
  );
}
