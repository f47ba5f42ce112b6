import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { navigate, setNavigationGuard } from '../router';
import { hasUnsavedChanges } from '../state/dirty';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Unsaved typing is never dropped silently: moving to another page asks first, in the app's own dialog
 * (the browser's confirm box said "127.0.0.1 says" and could not be styled or read in Thai by a screen
 * reader in context). Closing the window or reloading still gets the browser's own question, the only
 * one a page may ask then.
 */
export function LeaveGuard() {
  const t = useT();
  const [target, setTarget] = useState<string | null>(null);

  useEffect(() => {
    setNavigationGuard((to) => {
      if (!hasUnsavedChanges()) return true;
      setTarget(to);
      return false;
    });
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (hasUnsavedChanges()) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setNavigationGuard(() => true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  if (target === null) return null;
  return (
    <ConfirmDialog
      title={t('unsaved.title')}
      confirmLabel={t('unsaved.discard')}
      busy={false}
      irreversible
      onConfirm={() => {
        setTarget(null);
        navigate(target, { force: true });
      }}
      onCancel={() => setTarget(null)}
      fallbackFocus={() => document.getElementById('main')?.focus()}
    >
      <p>{t('unsaved.leave')}</p>
    </ConfirmDialog>
  );
}
