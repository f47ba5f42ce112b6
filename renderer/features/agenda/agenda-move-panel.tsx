import { useState } from 'react';
import { useLang, useT } from '../../i18n/index';
import { useSeries } from '../../state/app-context';
import type { AgendaItem } from '../../state/types';
import { useAgenda } from './agenda-context';
import { indent, outdent, siblingsOf, toSection } from './agenda-moves';

/**
 * The keyboard's (and anyone's) way to do what a drag does: move to another section, make a sub-item
 * of the item above, or an item again. Shortcuts on the item do the same: Alt+Arrow keys.
 */
export function AgendaMovePanel({ item, onClose }: { item: AgendaItem; onClose(): void }) {
  const t = useT();
  const lang = useLang();
  const b = useAgenda();
  const templates = useSeries((s) => s.templates);
  const [sectionId, setSectionId] = useState(item.sectionId);
  const id = `agenda-${item.id}`;
  const siblings = siblingsOf(b.items, item);
  const above = siblings[siblings.findIndex((s) => s.id === item.id) - 1];
  const canIndent = indent(b.items, item) !== null;
  const canOutdent = outdent(b.items, item) !== null;

  return (
    // Escape closes the panel from any of its controls.
    <fieldset
      className="move-panel"
      id={`${id}-move-panel`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <legend className="visually-hidden">{t('agenda.movePanelLabel', { number: item.number })}</legend>
      <div className="move-panel__row">
        <label htmlFor={`${id}-move-section`}>{t('agenda.moveToSection')}</label>
        <select id={`${id}-move-section`} value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
          {b.sections.map((s) => {
            const title = lang === 'en' ? (templates.find((x) => x.kind === s.kind)?.titleEn ?? s.titleTh) : s.titleTh;
            return (
              <option key={s.id} value={s.id}>
                {t('agenda.sectionTitle', { number: s.position, title })}
              </option>
            );
          })}
        </select>
        <button
          type="button"
          className="button button--small button--primary"
          id={`${id}-move-submit`}
          onClick={() => void b.move(item, toSection(b.items, item, sectionId), `${id}-handle`)}
          aria-label={t('agenda.moveToSectionOf', { number: item.number })}
        >
          {t('agenda.moveSubmit')}
        </button>
      </div>
      <div className="move-panel__row">
        {item.parentId === null ? (
          <button
            type="button"
            className="button button--small"
            disabled={!canIndent}
            onClick={() => void b.move(item, indent(b.items, item), `${id}-handle`)}
            aria-keyshortcuts="Alt+ArrowRight"
          >
            → {above ? t('agenda.indent', { number: above.number }) : t('agenda.indentNone')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            disabled={!canOutdent}
            onClick={() => void b.move(item, outdent(b.items, item), `${id}-handle`)}
            aria-keyshortcuts="Alt+ArrowLeft"
          >
            ← {t('agenda.outdent')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={onClose}>
          {t('agenda.closePanel')}
        </button>
      </div>
    </fieldset>
  );
}
