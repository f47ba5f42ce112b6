import { useState } from 'react';
import { parseThaiDateInput } from '../../shared/thai';
import { formatDateLong, useLang, useT } from '../i18n';
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

/** Typed as `25/11/2569` (Buddhist era); once understood, shown back as `วันพุธที่ 25 พฤศจิกายน 2569`. */
export function DateInput({ id, label, value, onChange, required, showErrors, error }: DateInputProps) {
  const t = useT();
  const lang = useLang();
  const [touched, setTouched] = useState(false);
  const iso = parseThaiDateInput(value);
  const blank = value.trim() === '';
  let ownError: string | null = null;
  if ((touched || showErrors) && !blank && !iso) ownError = t('date.invalid');
  else if (showErrors && blank && required) ownError = t('date.required');
  const shownError = ownError ?? error ?? null;
  const hint = iso ? formatDateLong(lang, iso) : t('date.hint');
  return (
    <Field id={id} label={label} hint={hint} error={shownError} required={required} className="field--date">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        value={value}
        onChange={(e) => onChange(e.target.value, parseThaiDateInput(e.target.value))}
        onBlur={() => setTouched(true)}
        aria-invalid={shownError ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, shownError)}
      />
    </Field>
  );
}
