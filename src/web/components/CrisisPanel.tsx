/** Crisis resources, shown at once when something a client wrote holds risk language. */
import { useEffect, useRef } from 'react';
import type { CrisisResource } from '../../core/crisis';
import { useI18n } from '../i18n';

export function CrisisPanel({
  resources,
  footer,
}: {
  resources: readonly CrisisResource[];
  /** The closing line; by default, that the therapist will see the check-in. */
  footer?: string;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="crisis" role="alert" aria-labelledby="crisis-title">
      <h2 id="crisis-title" ref={heading} tabIndex={-1}>
        {t('crisis.title')}
      </h2>
      <p>{t('crisis.body')}</p>
      <ul className="crisis__list">
        {resources.map((resource) => (
          <li key={`${resource.name}-${resource.region ?? ''}`}>
            <strong>{resource.name}</strong>
            {resource.region ? <span className="crisis__region"> ({resource.region})</span> : null}
            <span className="crisis__actions">
              {resource.phone ? (
                <a className="button button--crisis" href={`tel:${resource.phone}`}>
                  {t('crisis.call', { phone: resource.phone })}
                </a>
              ) : null}
              {resource.text ? (
                <a className="button button--secondary" href={`sms:${resource.text}`}>
                  {t('crisis.textLine', { number: resource.text })}
                </a>
              ) : null}
              {resource.url ? (
                <a href={resource.url} rel="noreferrer">
                  {t('crisis.website')}
                </a>
              ) : null}
            </span>
            <span className="crisis__hours">{t('crisis.hours', { hours: resource.hours })}</span>
          </li>
        ))}
      </ul>
      <p>{footer ?? t('crisis.therapistSees')}</p>
    </section>
  );
}
