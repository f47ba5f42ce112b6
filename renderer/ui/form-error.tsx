import type { Ref } from 'react';
import { useT } from '../i18n/index';

/**
 * The core's refusal, in its Thai words, right by the form that caused it.
 * Focusable so a failed save can move focus here and a screen reader reads it.
 */
export function FormError({ message, title, ref }: { message: string | null; title?: string; ref?: Ref<HTMLDivElement> }) {
  const t = useT();
  if (!message) return null;
  return (
    <div ref={ref} className="form-error" role="alert" tabIndex={-1}>
      <strong>{title ?? t('error.title')}</strong> <span>{message}</span>
    </div>
  );
}
