import { formatTime, useLang, useT } from '../../i18n/index';
import type { ItemEdit } from '../../state/minutes-store';

import { localHhmm } from '../../../shared/local-time';

/**
 * Where the item's text stands: กำลังบันทึก… / บันทึกแล้ว 10.42 น. / บันทึกไม่สำเร็จ + the core's reason.
 * Read out politely when it changes; a failure is an alert.
 */
export function SaveState({ edit, onRetry }: { edit: ItemEdit | undefined; onRetry(): void }) {
  const t = useT();
  const lang = useLang();
  if (!edit) return <p className="save-state" aria-live="polite" />;
  if (edit.phase === 'error' && edit.error) {
    return (
      <div className="save-state save-state--error" role="alert" data-testid="save-state">
        <strong>{t('minutes.saveFailed')}</strong> <span>{edit.error.message}</span>
        {edit.error.code === 'LOCKED' ? null : (
          <>
            <span className="save-state__kept"> {t('minutes.keptLocally')}</span>{' '}
            <button type="button" className="button button--small" onClick={onRetry}>
              {t('minutes.retrySave')}
            </button>
          </>
        )}
      </div>
    );
  }
  let text = '';
  let modifier = '';
  if (edit.phase === 'saving') {
    text = t('common.saving');
    modifier = ' save-state--busy';
  } else if (edit.phase === 'pending') {
    text = t('minutes.pending');
    modifier = ' save-state--dirty';
  } else if (edit.savedAt) {
    text = t('minutes.savedAt', { time: formatTime(lang, localHhmm(edit.savedAt)) });
  }
  return (
    <p className={`save-state${modifier}`} aria-live="polite" data-testid="save-state">
      {text}
    </p>
  );
}
