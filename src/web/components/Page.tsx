/** A page: sets the document title and moves focus to its heading, so screen-reader users hear where they are after navigating. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';

export function Page({
  title,
  lead,
  children,
  narrow = false,
}: {
  title: string;
  lead?: string;
  children?: ReactNode;
  narrow?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
    heading.current?.focus();
  }, [title, t]);
  return (
    <div className={narrow ? 'page page--narrow' : 'page'}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}
