import { useT } from '../../i18n/index';
import type { AgendaItem, SeriesSection } from '../../state/types';
import { useAgenda } from './agenda-context';
import { AgendaItemForm } from './agenda-item-form';
import { AgendaItemPolicies } from './agenda-item-policies';
import { AttachmentAdd, AttachmentsList } from './attachments-list';

/**
 * The opened item: its form (or, once certified, its text), its files and its policies.
 * Escape closes it from anywhere inside; what was typed and not saved stays as a draft.
 */
export function AgendaItemPanel({ item, section, onClose }: { item: AgendaItem; section: SeriesSection; onClose(): void }) {
  const t = useT();
  const b = useAgenda();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the item from any of its fields.
    <div
      className="agenda-item__panel"
      id={`agenda-${item.id}-panel`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onClose();
      }}
    >
      {b.readOnly ? (
        <>
          {item.summary ? <p className="agenda-item__text">{item.summary}</p> : null}
          {item.proposal ? (
            <p className="agenda-item__text">
              <strong>{t('agenda.proposal')}:</strong> {item.proposal}
            </p>
          ) : null}
          {item.resolution ? (
            <p className="agenda-item__resolution">
              <strong>{t('agenda.resolution')}:</strong> {item.resolution}
            </p>
          ) : null}
        </>
      ) : (
        <AgendaItemForm section={section} item={item} onDone={onClose} />
      )}
      <div className="agenda-item__extras">
        <AttachmentsList item={item} files={b.attachmentsOf(item.id)} readOnly={b.readOnly} />
        {b.readOnly ? null : (
          <div className="agenda-item__tools">
            <AttachmentAdd item={item} />
          </div>
        )}
        <AgendaItemPolicies item={item} />
      </div>
    </div>
  );
}

