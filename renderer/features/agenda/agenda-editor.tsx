import { useEffect, useMemo, useState } from 'react';
import { useLang, useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { useAppStores, useMeeting, useSeries } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import type { MeetingDetail, SeriesSection } from '../../state/types';
import { AgendaProvider, useAgenda, useAgendaBuilder } from './agenda-context';
import { sectionTargetProps } from './agenda-dnd';
import { AgendaItemForm } from './agenda-item-form';
import { AgendaItemView } from './agenda-item-view';
import { LockedBanner } from '../../ui/locked-banner';
import { siblingsOf } from './agenda-moves';
import { FormError } from '../../ui/form-error';
import { useMay } from '../session';
import './agenda.css';

/**
 * The agenda builder: the series' sections in their order; items numbered by the core (`4.1`, `4.1.1`);
 * add, edit, delete; drag or keys to reorder and to move between sections; files per item.
 * Read-only once the minutes are certified.
 */
export function AgendaEditor({ meeting, focusItem = null }: { meeting: MeetingDetail; focusItem?: string | null }) {
  const t = useT();
  const stores = useAppStores();
  const series = useSeries((s) => s.series.find((x) => x.id === meeting.seriesId));
  const sections = useMemo(() => (series ? [...series.sections].sort((a, b) => a.position - b.position) : []), [series]);
  const builder = useAgendaBuilder(meeting, sections);
  const mayEdit = useMay('agenda.update');
  const filesError = useMeeting((s) => (s.attachmentsStatus === 'error' ? s.attachmentsError : null));

  useEffect(() => {
    if (stores.meeting.getState().id === meeting.id) void stores.meeting.getState().loadAttachments();
  }, [stores, meeting.id]);

  // Asked for one item (a search result's `?item=`): open it, bring it to the middle and give it the focus.
  const wanted = focusItem && meeting.agendaItems.some((i) => i.id === focusItem) ? focusItem : null;
  const { openItem } = builder;
  useEffect(() => {
    if (!wanted) return;
    openItem(wanted);
    revealItem(`agenda-${wanted}`);
  }, [wanted, openItem]);

  return (
    <AgendaProvider value={builder}>
      <div className={`agenda${builder.dragging ? ' agenda--dragging' : ''}`}>
        <h2 id="agenda-title">{t('meetingPage.agenda')}</h2>
        {builder.readOnly ? <LockedBanner area="agenda" reader={!mayEdit} /> : <p className="agenda__hint" id="agenda-hint">{t('agenda.hint')}</p>}
        <FormError message={filesError} title={t('attachments.loadFailed')} />
        {series && sections.length === 0 ? <p className="muted">{t('agenda.noSections')}</p> : null}
        {sections.map((section) => (
          <AgendaSection key={section.id} section={section} />
        ))}
        {[...builder.drafts.keys()].map((id) => (
          <DraftFlag key={id} id={id} />
        ))}
        <p className="agenda__announce visually-hidden" role="status" aria-live="polite">
          {builder.announcement}
        </p>
      </div>
    </AgendaProvider>
  );
}

/** A draft kept for an item makes the page "unsaved": leaving it asks first (app.tsx's guard). */
function DraftFlag({ id }: { id: string }) {
  useDirtyFlag(`agenda-draft-${id}`, true);
  return null;
}

/**
 * Scroll to an element and focus it once it is shown: the meeting page may still be switching to
 * the tab that holds it, so try for a few frames.
 */
function revealItem(elementId: string, frames = 10) {
  requestAnimationFrame(() => {
    const el = document.getElementById(elementId);
    if (!el || (el.offsetParent === null && frames > 0)) {
      if (frames > 0) revealItem(elementId, frames - 1);
      return;
    }
    el.setAttribute('tabindex', '-1');
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  });
}

function AgendaSection({ section }: { section: SeriesSection }) {
  const t = useT();
  const lang = useLang();
  const b = useAgenda();
  const template = useSeries((s) => s.templates.find((x) => x.kind === section.kind));
  const [adding, setAdding] = useState(false);
  const title = lang === 'en' && template ? template.titleEn : section.titleTh;
  const topLevel = siblingsOf(b.items, { sectionId: section.id, parentId: null });
  const headingId = `section-${section.id}`;
  const addId = `section-${section.id}-add`;
  const dropHere = b.over?.kind === 'section' && b.over.sectionId === section.id;

  return (
    <section
      className={`agenda__section${dropHere ? ' agenda__section--drop' : ''}`}
      aria-labelledby={headingId}
      data-testid={`agenda-section-${section.position}`}
      {...(b.readOnly ? {} : sectionTargetProps(b, section.id))}
    >
      <h3 id={headingId} className="agenda__section-title">{t('agenda.sectionTitle', { number: section.position, title })}</h3>
      {topLevel.length === 0 && !adding ? <p className="agenda__none">{t('common.none')}</p> : null}
      {topLevel.length ? (
        <ol className="agenda__items">
          {topLevel.map((item) => (
            <AgendaItemView key={item.id} item={item} section={section} />
          ))}
        </ol>
      ) : null}
      {b.readOnly ? null : adding ? (
        <AgendaItemForm
          section={section}
          onDone={(saved) => {
            setAdding(false);
            focusLater(saved ? `agenda-${saved.id}-toggle` : addId);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--small"
          id={addId}
          onClick={() => {
            setAdding(true);
            focusLater(`agenda-new-${section.id}-subject`);
          }}
          aria-label={t('agenda.addItemIn', { number: section.position })}
        >
          + {t('agenda.addItem')}
        </button>
      )}
    </section>
  );
}
