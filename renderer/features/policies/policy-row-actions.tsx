import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';

interface RowActionsProps {
  /** Ids `${prefix}-edit`, `-remove`, `-confirm`: focus moves between them as the row changes. */
  prefix: string;
  confirming: boolean;
  busy: boolean;
  confirmText: string;
  removeLabel: string;
  onConfirm(): void;
  onConfirmingChange(confirming: boolean): void;
  /** Leave out for rows that can only be removed. */
  edit?: { expanded: boolean; label: string; onToggle(): void };
}

/** Edit, and remove only after a second, confirming press: the actions of a row in a policy's tables. */
export function RowActions({ prefix, confirming, busy, confirmText, removeLabel, onConfirm, onConfirmingChange, edit }: RowActionsProps) {
  const t = useT();
  return (
    <div className="row-actions">
      {confirming ? (
        <>
          <button type="button" className="button button--small button--danger" id={`${prefix}-confirm`} disabled={busy} onClick={onConfirm}>
            {confirmText}
          </button>
          <button type="button" className="button button--small" onClick={() => { onConfirmingChange(false); focusLater(`${prefix}-remove`); }}>
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <>
          {edit ? (
            <button type="button" className="button button--small" id={`${prefix}-edit`} aria-expanded={edit.expanded} onClick={edit.onToggle} aria-label={edit.label}>
              {t('common.edit')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small button--quiet-danger"
            id={`${prefix}-remove`}
            onClick={() => { onConfirmingChange(true); focusLater(`${prefix}-confirm`); }}
            aria-label={removeLabel}
          >
            {t('common.delete')}
          </button>
        </>
      )}
    </div>
  );
}
