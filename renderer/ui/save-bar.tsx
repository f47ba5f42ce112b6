import { useT } from '../i18n/index';

/** Save, revert while there are changes, and the saved state read out to screen readers. */
export function SaveBar({ busy, dirty, justSaved, onRevert }: { busy: boolean; dirty: boolean; justSaved: boolean; onRevert(): void }) {
  const t = useT();
  return (
    <div className="actions">
      <button type="submit" className="button button--primary" disabled={busy || !dirty}>
        {busy ? t('common.saving') : t('common.save')}
      </button>
      {dirty ? (
        <button type="button" className="button" onClick={onRevert}>
          {t('common.revert')}
        </button>
      ) : null}
      <span className={`save-state${dirty ? ' save-state--dirty' : ''}`} role="status">
        {dirty ? t('common.unsaved') : justSaved ? t('common.saved') : ''}
      </span>
    </div>
  );
}
