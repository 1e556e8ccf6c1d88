import { useEffect, useRef, type ReactNode } from 'react';

/** A message that is announced and focused when it appears (form errors, confirmations). */
export function Alert({
  kind,
  children,
}: {
  kind: 'error' | 'success' | 'info';
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (kind === 'error') ref.current?.focus();
  }, [kind, children]);
  return (
    <div
      ref={ref}
      className={`alert alert--${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      tabIndex={-1}
    >
      {children}
    </div>
  );
}
