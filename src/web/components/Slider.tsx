/**
 * A 0–10 visual-analogue line as a native range input: large, with the anchor words at both
 * ends (read out with the question), steps of 0.1 with the arrow keys and 1 with Page Up/Down.
 * It starts unanswered, so that a value is always the person's own choice.
 */
import { useId, type KeyboardEvent } from 'react';
import { formatScoreFixed } from '../format';
import { useI18n } from '../i18n';

export interface SliderItem {
  id: string;
  text: string;
  lower: string;
  upper: string;
  min: number;
  max: number;
  step: number;
}

export function Slider({
  item,
  value,
  onChange,
  invalid,
}: {
  item: SliderItem;
  value: number | null;
  onChange: (value: number) => void;
  invalid: boolean;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const shown = value ?? (item.min + item.max) / 2;
  const format = (n: number) => formatScoreFixed(n, locale);
  const clamp = (n: number) => Math.min(item.max, Math.max(item.min, Math.round(n * 10) / 10));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      onChange(clamp(shown + (event.key === 'PageUp' ? 1 : -1)));
    }
  };

  return (
    <div
      className={`slider${value === null ? ' slider--unanswered' : ''}${invalid ? ' slider--invalid' : ''}`}
    >
      <label className="slider__question" htmlFor={id}>
        {item.text}
      </label>
      <div className="slider__row">
        <input
          id={id}
          name={item.id}
          type="range"
          min={item.min}
          max={item.max}
          step={item.step}
          value={shown}
          aria-describedby={`${id}-anchors`}
          aria-valuetext={
            value === null
              ? t('checkin.notAnswered')
              : t('checkin.valueText', { value: format(value) })
          }
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(clamp(Number(event.target.value)))}
          onKeyDown={onKeyDown}
        />
        <output htmlFor={id} className="slider__value" aria-hidden="true">
          {value === null ? '–' : format(value)}
        </output>
      </div>
      <p className="slider__anchors" id={`${id}-anchors`}>
        <span>
          {format(item.min)}: {item.lower}
        </span>
        <span>
          {format(item.max)}: {item.upper}
        </span>
      </p>
    </div>
  );
}
