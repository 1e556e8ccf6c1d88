/** Rapport's mark: two overlapping circles, the two people in the relationship. */
export function BrandMark() {
  return (
    <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
      <circle cx="12" cy="16" r="6" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <circle
        cx="20"
        cy="16"
        r="6"
        fill="none"
        stroke="currentColor"
        strokeOpacity="0.55"
        strokeWidth="2.5"
      />
    </svg>
  );
}

/**
 * The brand bar alone, while the app finds out who is signed in: the same bar as the page's
 * first paint (src/web/index.html) and as the top of Layout, so nothing jumps or blinks.
 */
export function BrandBar({ name }: { name: string }) {
  return (
    <header className="header">
      <div className="header__inner">
        <span className="brand">
          <BrandMark />
          <span>{name}</span>
        </span>
      </div>
    </header>
  );
}
