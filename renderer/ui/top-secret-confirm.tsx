import { type ReactNode, useState } from 'react';
import { useT } from '../i18n';
import { ConfirmDialog } from './confirm-dialog';

interface Pending {
  paper: string;
  answer(yes: boolean): void;
}

/**
 * The second yes before a ลับที่สุด paper leaves the core as a file (issue 14), in the app's own modal
 * dialog rather than the browser's: it names the paper and its class, starts on "cancel", keeps focus
 * inside, and Escape cancels. `ask(paper)` answers true only on the officer's explicit confirmation;
 * render `dialog` anywhere in the component that asks.
 */
export function useTopSecretConfirm(): { ask: (paper: string) => Promise<boolean>; dialog: ReactNode } {
  const t = useT();
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = (paper: string) =>
    new Promise<boolean>((resolve) => {
      setPending({
        paper,
        answer: (yes) => {
          setPending(null);
          resolve(yes);
        },
      });
    });
  const dialog = pending ? (
    <ConfirmDialog
      title={t('secrecy.topSecret.title')}
      confirmLabel={t('secrecy.topSecret.confirm')}
      busy={false}
      irreversible
      onConfirm={() => pending.answer(true)}
      onCancel={() => pending.answer(false)}
      fallbackFocus={() => {}}
    >
      <p>{t('secrecy.topSecret.body', { paper: pending.paper })}</p>
    </ConfirmDialog>
  ) : null;
  return { ask, dialog };
}
