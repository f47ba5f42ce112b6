import { formatDateShort, formatTime, useLang, useT } from '../../i18n/index';
import type { Draft, ItemFields } from '../../state/drafts';
import { useMinutesStore } from '../../state/minutes-store';
import type { AgendaItem } from '../../state/types';
import { localHhmm } from '../../../shared/local-time';

const localIsoDate = (iso: string): string => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * Text typed on this computer that the core never confirmed (a reload, a crash, a lost connection).
 * The officer sees it and chooses; until then the item's fields wait, so nothing overwrites it.
 */
export function RestorePrompt({ item, draft }: { item: AgendaItem; draft: Draft }) {
  const t = useT();
  const lang = useLang();
  const store = useMinutesStore();
  const when = `${formatDateShort(lang, localIsoDate(draft.at))} ${formatTime(lang, localHhmm(draft.at))}`;
  const texts: { key: keyof ItemFields; label: string }[] = [
    { key: 'discussion', label: t('minutes.discussion') },
    { key: 'resolution', label: t('agenda.resolution') },
  ];
  const changed = texts.filter(({ key }) => draft.fields[key] !== item[key]);
  const headingId = `restore-${item.id}-title`;
  return (
    <section className="restore" role="alert" aria-labelledby={headingId} data-testid="restore-prompt">
      <h4 id={headingId}>{t('minutes.restoreTitle', { when })}</h4>
      {changed.map(({ key, label }) => (
        <div key={key} className="restore__text">
          <p className="restore__label">{label}</p>
          <p className="restore__value">{String(draft.fields[key]) || t('minutes.emptyText')}</p>
        </div>
      ))}
      {changed.length === 0 ? <p>{t('minutes.restoreChoices')}</p> : null}
      <div className="actions">
        <button type="button" className="button button--primary" id={`restore-${item.id}-yes`} onClick={() => store.getState().restore(item.id)}>
          {t('minutes.restore')}
        </button>
        <button type="button" className="button" onClick={() => store.getState().discard(item.id)}>
          {t('minutes.discardDraft')}
        </button>
      </div>
    </section>
  );
}
