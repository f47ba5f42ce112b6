import type { Method } from '../../../shared/contract';
import { useT } from '../../i18n';
import { useMay } from './may';
import './session.css';

/**
 * Said once at the top of a page whose editing controls a role may not use (a reader in team mode): the
 * controls are left out, and this says why, in LockedBanner's words, instead of leaving the officer to wonder.
 * Nothing with no officer or a role that may call `method`.
 */
export function ReaderNote({ method }: { method: Method }) {
  const t = useT();
  if (useMay(method)) return null;
  return (
    <p className="reader-note" role="note" data-testid="reader-note">
      {t('session.readerNote')}
    </p>
  );
}
