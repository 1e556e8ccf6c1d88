/** Pieces of the workspace's data tables. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/** A value cell: the text, or a dash that screen readers hear as "none". */
export function Cell({ value }: { value: string | null }) {
  const { t } = useI18n();
  if (value !== null) return <>{value}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('ws.none')}</span>
    </>
  );
}

/** A table that may be wider than a phone: it scrolls on its own, and can be focused to scroll. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
