/**
 * Free consultation slots grouped by calendar day on the viewer's own clock: the therapist's page
 * (to book) and the client's consultations (to move one) show them the same way.
 */
import { useId } from 'react';
import type { SlotsView } from '../../core/directory';
import { useI18n } from '../i18n';
import { formatDay, formatTime } from '../format';

export type Slot = SlotsView['items'][number];

/** Slots by calendar day in `timeZone`, in order. */
export function slotsByDay(
  slots: readonly Slot[],
  timeZone: string,
): { day: string; slots: Slot[] }[] {
  const key = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const groups = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = key.format(new Date(slot.start));
    const list = groups.get(day) ?? [];
    list.push(slot);
    groups.set(day, list);
  }
  return [...groups].map(([day, list]) => ({ day, slots: list }));
}

/**
 * The days and their times. With `onChoose`, each time is a button (pressed when chosen);
 * without it, the times are only shown.
 */
export function SlotDays({
  slots,
  timeZone,
  chosen,
  onChoose,
  headingLevel = 3,
}: {
  slots: readonly Slot[];
  timeZone: string;
  chosen: Slot | null;
  onChoose?: ((slot: Slot) => void) | undefined;
  headingLevel?: 3 | 4;
}) {
  const { locale } = useI18n();
  const prefix = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const time = (iso: string) => formatTime(iso, locale, timeZone);
  const dayTitle = (iso: string) => formatDay(iso, locale, timeZone);

  return (
    <div className="slot-days">
      {slotsByDay(slots, timeZone).map((group) => {
        const headingId = `${prefix}-day-${group.day}`;
        return (
          <section key={group.day} className="slot-day" aria-labelledby={headingId}>
            <Heading id={headingId}>{dayTitle(group.slots[0]!.start)}</Heading>
            <ul className="slot-list">
              {group.slots.map((slot) => (
                <li key={slot.start}>
                  {onChoose ? (
                    <button
                      type="button"
                      className="slot"
                      data-start={slot.start}
                      aria-pressed={chosen?.start === slot.start}
                      onClick={() => onChoose(slot)}
                    >
                      {time(slot.start)}
                    </button>
                  ) : (
                    <span className="slot slot--text">
                      <time dateTime={slot.start}>{time(slot.start)}</time>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
