import { useLang, useT } from '../../i18n/index';
import { useSeries } from '../../state/app-context';
import { useMinutes } from '../../state/minutes-store';
import type { SeriesSection } from '../../state/types';
import type { OrderedItem } from './minutes-drafting';

interface Props {
  sections: readonly SeriesSection[];
  ordered: readonly OrderedItem[];
  selectedId: string | null;
  onChoose(itemId: string): void;
  resolved: number;
}

/** The agenda by section, numbers and subjects; marks show which items have a resolution or unsaved text. */
export function MinutesAgendaList({ sections, ordered, selectedId, onChoose, resolved }: Props) {
  const t = useT();
  const lang = useLang();
  const templates = useSeries((s) => s.templates);
  const edits = useMinutes((s) => s.edits);
  const restorable = useMinutes((s) => s.restorable);

  /** One tab stop for the whole list: ↑ ↓ Home End move between items, Enter opens one. */
  function onKeyDown(e: React.KeyboardEvent<HTMLElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.minutes-nav__item')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (to === undefined || !buttons[to]) return;
    e.preventDefault();
    buttons[to].focus();
  }

  return (
    <nav className="minutes-nav card" aria-label={t('meetingPage.agenda')} onKeyDown={onKeyDown}>
      <p className="minutes-nav__progress">{t('minutes.progress', { done: resolved, total: ordered.length })}</p>
      {sections.map((section) => (
        <div key={section.id} className="minutes-nav__section">
          <p className="minutes-nav__section-title">
            {t('agenda.sectionTitle', {
              number: section.position,
              title: lang === 'en' ? (templates.find((x) => x.kind === section.kind)?.titleEn ?? section.titleTh) : section.titleTh,
            })}
          </p>
          {ordered.some((o) => o.section.id === section.id) ? (
          <ol className="minutes-nav__items">
            {ordered
              .filter((o) => o.section.id === section.id)
              .map(({ item, depth }) => {
                const edit = edits[item.id];
                const failed = edit?.phase === 'error';
                const waiting = !!restorable[item.id] || edit?.phase === 'pending' || edit?.phase === 'saving';
                const done = (edit?.local.resolution ?? item.resolution).trim() !== '';
                return (
                  <li key={item.id} style={depth ? { paddingLeft: `${depth * 1.1}rem` } : undefined}>
                    <button
                      type="button"
                      className="minutes-nav__item"
                      aria-current={item.id === selectedId ? 'true' : undefined}
                      tabIndex={item.id === selectedId ? 0 : -1}
                      onClick={() => onChoose(item.id)}
                      data-testid="minutes-nav-item"
                    >
                      <span className="minutes-nav__number">{item.number}</span>
                      <span className="minutes-nav__subject">{item.subject}</span>
                      <span className="minutes-nav__marks">
                        {failed ? (
                          <span className="minutes-nav__mark minutes-nav__mark--failed" title={t('minutes.saveFailed')}>
                            !<span className="visually-hidden"> {t('minutes.saveFailed')}</span>
                          </span>
                        ) : waiting ? (
                          <span className="minutes-nav__mark minutes-nav__mark--waiting" title={t('minutes.pending')}>
                            ●<span className="visually-hidden"> {t('minutes.pending')}</span>
                          </span>
                        ) : null}
                        {done ? (
                          <span className="minutes-nav__mark minutes-nav__mark--done" title={t('minutes.hasResolution')}>
                            ✓<span className="visually-hidden"> {t('minutes.hasResolution')}</span>
                          </span>
                        ) : null}
                      </span>
                    </button>
                  </li>
                );
              })}
          </ol>
          ) : (
            <p className="minutes-nav__none">{t('common.none')}</p>
          )}
        </div>
      ))}
    </nav>
  );
}
