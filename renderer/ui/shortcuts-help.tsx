import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/index';
import { isHelpKey, shortcutList, useKeydown } from './shortcuts-keys';

/** A button, and `?` anywhere outside a text field, open the list of keyboard shortcuts. */
export function ShortcutsHelp() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useKeydown((e) => {
    if (!open && isHelpKey(e)) {
      e.preventDefault();
      show();
    }
  });

  function show() {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }

  useEffect(() => {
    const dialog = dialogRef.current;
    if (open && dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>('.shortcuts__close')?.focus();
    }
  }, [open]);

  return (
    <>
      <button type="button" className="button button--small button--quiet shortcuts__opener" onClick={show} aria-keyshortcuts="Shift+/">
        <span aria-hidden="true">⌨</span> {t('shortcuts.open')}
      </button>
      {open ? (
        <dialog
          ref={dialogRef}
          className="dialog shortcuts"
          aria-labelledby="shortcuts-title"
          onClose={() => {
            setOpen(false);
            returnTo.current?.focus();
          }}
        >
          <div className="dialog__body">
            <div className="dialog__head">
              <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
            </div>
            <table className="table shortcuts__table">
              <thead>
                <tr>
                  <th scope="col">{t('shortcuts.keys')}</th>
                  <th scope="col">{t('shortcuts.action')}</th>
                </tr>
              </thead>
              <tbody>
                {shortcutList.map((s) => (
                  <tr key={s.what}>
                    <td>
                      <kbd>{s.keys}</kbd>
                    </td>
                    <td>{t(s.what)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted shortcuts__note">{t('shortcuts.note')}</p>
            <div className="actions dialog__actions">
              <button type="button" className="button shortcuts__close" onClick={() => dialogRef.current?.close()}>
                {t('export.close')}
              </button>
            </div>
          </div>
        </dialog>
      ) : null}
    </>
  );
}
