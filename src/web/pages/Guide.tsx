/**
 * The red-flags guide (DESIGN.md, Client 6), public: what a good therapy relationship looks like,
 * what red flags look like, and what to do about each. The content is data
 * (src/core/guide/guide.ts); this page renders its sections in order, turns each action into a
 * link, and shows the clinic's crisis contacts and where to report a therapist's conduct.
 */
import { useCallback, useEffect } from 'react';
import { Link } from 'wouter';
import { guide, type GuideAction, type GuideSection } from '../../core/guide';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { RegulatorList } from '../components/RegulatorList';
import { concernsApi } from '../concerns-api';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { useSession } from '../session';
import { errorMessage } from './errors';

function actionHref(action: GuideAction, signedInClient: boolean): string {
  switch (action.kind) {
    case 'raise_concern':
      return signedInClient ? '/concern' : '/sign-in';
    case 'switch_therapist':
      return '/therapists';
    case 'report_boundary':
      return signedInClient ? '/concern?category=boundary' : '#report';
    case 'crisis':
      return '#crisis-contacts';
  }
}

function Section({ section, signedInClient }: { section: GuideSection; signedInClient: boolean }) {
  const { t } = useI18n();
  const titleId = `${section.id}-title`;
  return (
    <section
      id={section.id}
      className={
        section.kind === 'red_flag'
          ? 'ws-section guide-section guide-section--flag'
          : 'ws-section guide-section'
      }
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{t(section.titleKey)}</h2>
      {section.paragraphKeys.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      {section.listKeys ? (
        <ul>
          {section.listKeys.map((key, index) => {
            const target = section.listLinks?.[index];
            return <li key={key}>{target ? <a href={`#${target}`}>{t(key)}</a> : t(key)}</li>;
          })}
        </ul>
      ) : null}
      {section.afterListKeys?.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      {section.sayKeys ? (
        <>
          <p>
            <strong>{t(guide.sayHeadingKey)}</strong>
          </p>
          <ul className="guide-say">
            {section.sayKeys.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {section.actions.length > 0 ? (
        <p className="actions">
          {section.actions.map((action) => {
            const href = actionHref(action, signedInClient);
            return href.startsWith('#') ? (
              <a key={action.kind} href={href} className="button button--secondary">
                {t(action.labelKey)}
              </a>
            ) : (
              <Link key={action.kind} href={href} className="button button--secondary">
                {t(action.labelKey)}
              </Link>
            );
          })}
        </p>
      ) : null}
    </section>
  );
}

export function Guide() {
  const { t } = useI18n();
  const { user } = useSession();
  const signedInClient = user?.role === 'client';
  const load = useCallback(() => concernsApi.supportContacts(), []);
  const contacts = useResource(load);

  useEffect(() => {
    // Linked to a section (e.g. from the concern form): go there once the page is drawn.
    const id = window.location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);

  return (
    <Page title={t(guide.titleKey)} lead={t(guide.leadKey)}>
      <nav className="toc" aria-label={t('guidePage.contents')}>
        <ul>
          {guide.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.titleKey)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {guide.sections.map((section) => (
        <Section key={section.id} section={section} signedInClient={signedInClient} />
      ))}
      <section id="crisis-contacts" className="ws-section" aria-labelledby="crisis-contacts-title">
        <h2 id="crisis-contacts-title">{t('guidePage.crisisContacts')}</h2>
        {contacts.error ? <Alert kind="error">{errorMessage(contacts.error, t)}</Alert> : null}
        {contacts.data ? (
          <ul className="cards">
            {contacts.data.crisisResources.map((resource) => (
              <li key={`${resource.name}-${resource.region ?? ''}`} className="card">
                <h3>
                  {resource.name}
                  {resource.region ? (
                    <span className="crisis__region"> ({resource.region})</span>
                  ) : null}
                </h3>
                <p>
                  {resource.phone ? (
                    <a href={`tel:${resource.phone}`}>
                      {t('crisis.call', { phone: resource.phone })}
                    </a>
                  ) : null}
                  {resource.text ? (
                    <>
                      {' · '}
                      <a href={`sms:${resource.text}`}>
                        {t('crisis.textLine', { number: resource.text })}
                      </a>
                    </>
                  ) : null}
                  {resource.url ? (
                    <>
                      {' · '}
                      <a href={resource.url} rel="noreferrer">
                        {t('crisis.website')}
                      </a>
                    </>
                  ) : null}
                  {' · '}
                  {t('crisis.hours', { hours: resource.hours })}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section id="report" className="ws-section" aria-labelledby="report-title">
        <h2 id="report-title">{t('guidePage.report')}</h2>
        <p>{t('guidePage.reportLead')}</p>
        {contacts.data ? <RegulatorList contacts={contacts.data.regulatorContacts} /> : null}
        {signedInClient ? (
          <p>
            <Link href="/concern?category=boundary" className="button">
              {t('guide.action.report_boundary')}
            </Link>
          </p>
        ) : (
          <p>{t('guidePage.reportSignIn')}</p>
        )}
      </section>
    </Page>
  );
}
