/** The clinic's questionnaires (built-in and imported) as the admin pages list them. Pure. */
import type { Locale } from '../../../core/i18n';
import { builtinInstruments, localize, readQuestionnaire } from '../../../core/instruments';

export interface InstrumentSummary {
  id: string;
  title: string;
  respondent: 'client' | 'therapist';
  items: number;
  scales: { id: string; min: number; max: number; reliableChange: number | null }[];
  builtin: boolean;
}

const builtinIds = new Set(builtinInstruments.map((instrument) => instrument.id));

/** Each questionnaire read into its summary; one that cannot be read is left out. */
export function summarizeInstruments(
  questionnaires: unknown[],
  locale: Locale,
): InstrumentSummary[] {
  return questionnaires.flatMap((json) => {
    const read = readQuestionnaire(json);
    if (!read.success) return [];
    const { instrument } = read;
    return [
      {
        id: instrument.id,
        title: localize(instrument.title, locale, instrument.language),
        respondent: instrument.respondent,
        items: instrument.items.length,
        scales: instrument.scales.map((scale) => ({
          id: scale.id,
          min: scale.min,
          max: scale.max,
          reliableChange: scale.reliableChange ?? null,
        })),
        builtin: builtinIds.has(instrument.id),
      },
    ];
  });
}
