import { type ReactNode, useEffect, useRef } from 'react';
import { keepTabInside } from './focus-trap';
import { FormError } from './form-error';
import { useT } from '../i18n';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  /** The refusal of the confirmed action, shown inside the dialog. */
  error?: string | null;
  /** An action that cannot be undone starts on "cancel", so Enter alone does no harm. */
  irreversible?: boolean;
  onConfirm(): void;
  onCancel(): void;
  /** Where focus goes when the element that opened the dialog is gone (its row left the list). */
  fallbackFocus(): void;
}

/**
 * A modal question before a change: the native `<dialog>` keeps the rest of the page inert and Tab
 * goes round its own controls (`keepTabInside`); Escape cancels; focus goes back to whatever opened it.
 */
export function ConfirmDialog({ title, children, confirmLabel, busy, error, irreversible, onConfirm, onCancel, fallbackFocus }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLButtonElement>(irreversible ? '.confirm-dialog__cancel' : '.confirm-dialog__confirm')?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
      else fallback.current();
    };
  }, [irreversible]);

  return (
    <dialog
      ref={ref}
      className="dialog confirm-dialog"
      aria-labelledby="confirm-dialog-title"
      aria-describedby="confirm-dialog-body"
      onKeyDown={keepTabInside}
      onCancel={(e) => {
        // Escape: the page decides when the dialog goes, so its state and the screen agree.
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <div className="dialog__body">
        <div className="dialog__head">
          <h2 id="confirm-dialog-title">{title}</h2>
        </div>
        <div id="confirm-dialog-body" className="confirm-dialog__body">
          {children}
        </div>
        <FormError message={error ?? null} />
        <div className="actions dialog__actions">
          <button type="button" className="button button--primary confirm-dialog__confirm" aria-disabled={busy || undefined} onClick={() => !busy && onConfirm()}>
            {busy ? t('common.saving') : confirmLabel}
          </button>
          <button type="button" className="button confirm-dialog__cancel" disabled={busy} onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
