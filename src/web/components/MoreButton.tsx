/** The button under a list that reads its next page; it says it is working while it does. */
import { useI18n } from '../i18n';

export function MoreButton({
  busy,
  label,
  onMore,
}: {
  busy: boolean;
  label: string;
  onMore: () => void;
}) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button--secondary" disabled={busy} onClick={onMore}>
      {busy ? t('form.working') : label}
    </button>
  );
}
