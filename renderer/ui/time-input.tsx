import { useState } from 'react';
import { parseTimeInput } from '../../shared/thai';
import { formatTime, useLang, useT } from '../i18n/index';
import { describedBy, Field } from './fields';

interface TimeInputProps {
  id: string;
  label: string;
  value: string;
  onChange(text: string, hhmm: string | null): void;
  showErrors?: boolean;
  error?: string | null;
}

/** Typed as `9.30`, `09:30` or `0930`; stored as `09:30`; shown as `09.30 น.`. */
export function TimeInput({ id, label, value, onChange, showErrors, error }: TimeInputProps) {
  const t = useT();
  const lang = useLang();
  const [touched, setTouched] = useState(false);
  const hhmm = parseTimeInput(value);
  const blank = value.trim() === '';
  const ownError = (touched || showErrors) && !blank && !hhmm ? t('time.invalid') : null;
  const shownError = ownError ?? error ?? null;
  const hint = hhmm ? formatTime(lang, hhmm) : t('time.hint');
  return (
    <Field id={id} label={label} hint={hint} error={shownError} className="field--time">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        placeholder={t('time.placeholder')}
        value={value}
        onChange={(e) => onChange(e.target.value, parseTimeInput(e.target.value))}
        onBlur={() => setTouched(true)}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(id, hint, shownError)}
      />
    </Field>
  );
}

/** `09:30` → `09.30`, the way officers type it back. */
export const timeToText = (hhmm: string | null): string => (hhmm ? hhmm.replace(':', '.') : '');
