/** An instrument's wording in the reader's language, falling back to the instrument's own. */
import type { Locale } from '../i18n';
import type { Instrument, InstrumentItem, LocalizedText } from './types';

export function localize(text: LocalizedText, locale: Locale, fallback: string): string {
  return text[locale] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

export interface LocalizedItem {
  id: string;
  text: string;
  /** The labels at the two ends of the line. */
  lower: string;
  upper: string;
  min: number;
  max: number;
  step: number;
}

export function itemStep(item: InstrumentItem): number {
  return 10 ** -item.decimals;
}

function localizeItem(item: InstrumentItem, locale: Locale, fallback: string): LocalizedItem {
  return {
    id: item.id,
    text: localize(item.text, locale, fallback),
    lower: localize(item.lower, locale, fallback),
    upper: localize(item.upper, locale, fallback),
    min: item.min,
    max: item.max,
    step: itemStep(item),
  };
}

/** One item's wording and anchors in a locale; undefined for an unknown item id. */
export function itemText(
  instrument: Instrument,
  itemId: string,
  locale: Locale,
): LocalizedItem | undefined {
  const item = instrument.items.find((candidate) => candidate.id === itemId);
  return item && localizeItem(item, locale, instrument.language);
}

/** What a check-in form needs: the title and every item in the reader's language. */
export function localizeInstrument(
  instrument: Instrument,
  locale: Locale,
): { id: string; title: string; items: LocalizedItem[] } {
  return {
    id: instrument.id,
    title: localize(instrument.title, locale, instrument.language),
    items: instrument.items.map((item) => localizeItem(item, locale, instrument.language)),
  };
}
