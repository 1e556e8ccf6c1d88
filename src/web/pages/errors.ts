import type { MessageKey } from '../../core/i18n';
import { ApiError } from '../http';

/** A message for a failed request: the server's own (already in the person's language), or ours when offline. */
export function errorMessage(error: unknown, t: (key: MessageKey) => string): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return t('error.network');
    return error.message || t('error.internal_error');
  }
  return t('error.internal_error');
}
