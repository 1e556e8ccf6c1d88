/** A flag's title, one-line reason and resolution in the reader's language, from its evidence alone. */
import { catalogues, interpolate } from '../i18n';
import type { Locale } from '../i18n';
import type { MessageParams, SignalEvidence, SignalKind, SignalResolution } from './types';

function lookup(locale: Locale, key: string): string | undefined {
  const catalogue: Readonly<Record<string, string>> = catalogues[locale];
  return catalogue[key];
}

/** Item and scale ids in params become words ("safety" → "feeling safe to be honest"). */
function localParams(locale: Locale, params: MessageParams): Record<string, string | number> {
  const result: Record<string, string | number> = { ...params };
  if (typeof params.item === 'string')
    result.item = lookup(locale, `signal.item.${params.item}`) ?? params.item;
  if (typeof params.scale === 'string')
    result.scale = lookup(locale, `signal.scale.${params.scale}`) ?? params.scale;
  // A concern's category, in the words the client picked it by (src/core/i18n/guide.*.ts).
  if (typeof params.category === 'string')
    result.category = lookup(locale, `concern.category.${params.category}`) ?? params.category;
  return result;
}

export interface SignalDescription {
  title: string;
  reason: string;
  /** Why it was resolved automatically, when it was. */
  resolution: string | null;
}

export function describeSignal(
  signal: {
    kind: SignalKind;
    evidence: Pick<SignalEvidence, 'messageKey' | 'params'>;
    resolution: SignalResolution | null;
  },
  locale: Locale,
): SignalDescription {
  const text = (key: string, params: MessageParams) =>
    interpolate(lookup(locale, key) ?? lookup('en', key) ?? key, localParams(locale, params));
  // A flag raised by a concern the client shared says so in its title (the reason's key tells,
  // so a list that loads only the key and its params gets the same title).
  const concernTitle = `signal.${signal.kind}.title.concern`;
  const fromConcern =
    signal.evidence.messageKey.startsWith(`signal.${signal.kind}.reason.concern`) &&
    lookup('en', concernTitle) !== undefined;
  return {
    title: text(fromConcern ? concernTitle : `signal.${signal.kind}.title`, {}),
    reason: text(signal.evidence.messageKey, signal.evidence.params),
    resolution: signal.resolution
      ? text(signal.resolution.messageKey, signal.resolution.params)
      : null,
  };
}
