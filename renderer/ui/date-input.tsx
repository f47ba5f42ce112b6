import { useState } from 'react';
import { buddhistYear, readThaiDateInput } from '../../shared/thai';
import { formatDateLong, useLang, useT } from '../i18n/index';
import { describedBy, Field } from './fields';

interface DateInputProps {
  id: string;
  label: string;
  /** What the officer typed, e.g. `25/11/2569`. */
  value: string;
  /** The text, and the ISO date it means (null when empty or not a date). */
  onChange(text: string, iso: string | null): void;
  required?: boolean;
  /** Show the format error even before the field lost focus (after a save attempt). */
  showErrors?: boolean;
  /** An error from elsewhere (the core's refusal about this field). */
  error?: string | null;
}

const isoOf = (text: string) => {
  const reading = readThaiDateInput(text);
  return reading.ok ? reading.iso : null;
};

/**
 * Typed as `25/11/2569` (Buddhist era); once understood, shown back as `วันพุธที่ 25 พฤศจิกายน 2569`.
 * A Gregorian year (24/3/2025) is converted and the note says so; an impossible year is refused.
 */
export function DateInput({ id, label, value, onChange, required, showErrors, error }: DateInputProps) {
  const t = useT();
  const lang = useLang();
  const [touched, setTouched] = useState(false);
  const reading = readThaiDateInput(value);
  const blank = value.trim() === '';
  let ownError: string | null = null;
  if ((touched || showErrors) && !blank && !reading.ok) ownError = t(reading.reason === 'range' ? 'date.outOfRange' : 'date.invalid');
  else if (showErrors && blank && required) ownError = error ?? t('date.required');
  const shownError = ownError ?? error ?? null;
  let hint = t('date.hint');
  if (reading.ok) {
    const long = formatDateLong(lang, reading.iso);
    hint = reading.fromGregorian
      ? t('date.fromGregorian', { gregorian: reading.iso.slice(0, 4), buddhist: buddhistYear(reading.iso), date: long })
      : long;
  }
  return (
    <Field id={id} label={label} hint={hint} error={shownError} required={required} className="field--date">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        value={value}
        onChange={(e) => onChange(e.target.value, isoOf(e.target.value))}
        onBlur={() => setTouched(true)}
        aria-invalid={shownError ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, shownError)}
      />
    </Field>
  );
}
