import type { ReactNode, SelectHTMLAttributes, InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n/index';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  required?: boolean;
  className?: string;
  /** The hint changes as the officer types (how many matched): screen readers read it out when it does. */
  liveHint?: boolean;
  children: ReactNode;
}

/** `aria-describedby` for a control whose field has a hint and/or an error. */
export function describedBy(id: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A label, the control, then its hint and its error, in reading order. */
export function Field({ id, label, hint, error, required, className, liveHint, children }: FieldProps) {
  const t = useT();
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          // The control says aria-required; the star is for the eye only.
          <span className="field__required" title={t('common.required')} aria-hidden="true">
            {' '}*
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint" aria-live={liveHint ? 'polite' : undefined}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Common = { id: string; label: string; hint?: string; error?: string | null; required?: boolean; className?: string; liveHint?: boolean };

export function TextField({
  id, label, hint, error, required, className, liveHint, value, onChange, ...rest
}: Common & { value: string; onChange(value: string): void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className} liveHint={liveHint}>
      <input
        id={id}
        type="text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </Field>
  );
}

export function TextArea({
  id, label, hint, error, required, className, value, onChange, ...rest
}: Common & { value: string; onChange(value: string): void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <textarea
        id={id}
        value={value}
        rows={3}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  id, label, hint, error, required, className, value, onChange, options, placeholder, ...rest
}: Common & {
  value: string;
  onChange(value: string): void;
  options: readonly Option[];
  /** A first, empty choice (`— ไม่ระบุ —`). */
  placeholder?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A group of radio buttons in a fieldset, so the group's name is read with each choice. */
export function RadioGroup({
  name, legend, value, onChange, options, className,
}: { name: string; legend: string; value: string; onChange(value: string): void; options: readonly Option[]; className?: string }) {
  return (
    <fieldset className={`radio-group${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="radio-group__choice">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
