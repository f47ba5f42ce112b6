import { useEffect, useRef, useState } from 'react';
import { useMay } from '../session';
import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { useSeries } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import { useMinutes, useMinutesStore } from '../../state/minutes-store';
import type { AgendaItem, MeetingDetail, SeriesSection } from '../../state/types';
import { MinutesAgendaList } from './minutes-agenda-list';
import { type EditorHandle, fieldId, MinutesItemEditor } from './minutes-item-editor';
import { isSaveKey, itemStep, phraseNumber, useKeydown } from '../../ui/shortcuts-keys';
import './minutes.css';

export interface OrderedItem {
  item: AgendaItem;
  section: SeriesSection;
  depth: number;
}

/** Items in reading order: the series' sections in order, each item followed by its sub-items. */
export function orderItems(sections: readonly SeriesSection[], items: readonly AgendaItem[]): OrderedItem[] {
  const out: OrderedItem[] = [];
  const visit = (section: SeriesSection, parentId: string | null, depth: number) => {
    const level = items.filter((i) => i.sectionId === section.id && i.parentId === parentId).sort((a, b) => a.position - b.position);
    for (const item of level) {
      out.push({ item, section, depth });
      visit(section, item.id, depth + 1);
    }
  };
  for (const section of [...sections].sort((a, b) => a.position - b.position)) visit(section, null, 0);
  return out;
}

const selectionKey = (meetingId: string) => `lekha.minutes-item:${meetingId}`;

function rememberedItem(meetingId: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(selectionKey(meetingId)) ?? null;
  } catch {
    return null;
  }
}

/**
 * "บันทึกรายงานการประชุม": the agenda on the left, the chosen item's minutes on the right, saved as
 * the officer types (and kept on this computer until the core has it).
 */
export function MinutesDrafting({ meeting, active }: { meeting: MeetingDetail; active: boolean }) {
  const t = useT();
  const store = useMinutesStore();
  const series = useSeries((s) => s.series.find((x) => x.id === meeting.seriesId));
  const sections = [...(series?.sections ?? [])].sort((a, b) => a.position - b.position);
  const ordered = orderItems(sections, meeting.agendaItems);
  // Certified minutes, or a reader's account (the text is saved through agenda.update): shown, not edited.
  const mayWrite = useMay('agenda.update');
  const locked = meeting.minutesStatus === 'certified' || !mayWrite;
  const [chosen, setChosen] = useState<string | null>(() => rememberedItem(meeting.id));
  const selected = ordered.find((o) => o.item.id === chosen) ?? ordered[0];
  const editorRef = useRef<EditorHandle>(null);
  const unsaved = useMinutes((s) => Object.values(s.edits).some((e) => e.phase === 'error'));
  const restorable = useMinutes((s) => s.restorable);
  const waiting = ordered.filter((o) => restorable[o.item.id]);
  const resolved = ordered.filter((o) => o.item.resolution.trim()).length;

  useEffect(() => {
    store.getState().track(meeting.id, meeting.agendaItems, locked);
  }, [store, meeting.id, meeting.agendaItems, locked]);

  // Leaving the page sends what is still waiting for a pause; what fails stays on this computer.
  useEffect(() => () => void store.getState().saveNow(), [store]);
  useDirtyFlag('minutes-drafting', unsaved);

  function choose(itemId: string, focus?: 'discussion' | 'resolution') {
    if (selected && selected.item.id !== itemId) void store.getState().saveNow(selected.item.id);
    setChosen(itemId);
    try {
      globalThis.sessionStorage?.setItem(selectionKey(meeting.id), itemId);
    } catch {
      // only a convenience: the first item is chosen after a reload instead
    }
    if (focus) focusLater(fieldId(itemId, focus));
  }

  useKeydown((e) => {
    if (isSaveKey(e)) {
      e.preventDefault();
      void store.getState().saveNow();
      // A directive being written is a form of its own: Ctrl+S saves it too.
      const form = document.activeElement instanceof HTMLElement ? document.activeElement.closest('form') : null;
      form?.requestSubmit();
      return;
    }
    const step = itemStep(e);
    if (step && selected) {
      e.preventDefault();
      const index = ordered.findIndex((o) => o.item.id === selected.item.id);
      const next = ordered[index + step];
      if (!next) return;
      const inResolution = document.activeElement?.id === fieldId(selected.item.id, 'resolution');
      choose(next.item.id, inResolution ? 'resolution' : 'discussion');
      return;
    }
    const phrase = phraseNumber(e);
    if (phrase && !locked) {
      e.preventDefault();
      editorRef.current?.insertPhrase(phrase - 1);
    }
  }, active);

  if (!series) return <p className="muted">{t('common.loading')}</p>;
  if (ordered.length === 0) {
    return (
      <div className="card">
        <h2>{t('minutes.draftingTitle')}</h2>
        <p className="muted">{t('minutes.noItems')}</p>
      </div>
    );
  }

  return (
    <div className="minutes-drafting">
      {waiting.length && !locked ? (
        <div className="notice notice--warn" role="status">
          <p>{t('minutes.draftsWaiting', { count: waiting.length })}</p>
          <div className="actions">
            {waiting.map((o) => (
              <button key={o.item.id} type="button" className="button button--small" onClick={() => { choose(o.item.id); focusLater(`restore-${o.item.id}-yes`); }}>
                {t('minutes.goToItem', { number: o.item.number })}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <div className="minutes-drafting__columns">
        <MinutesAgendaList sections={sections} ordered={ordered} selectedId={selected?.item.id ?? null} onChoose={(id) => choose(id)} resolved={resolved} />
        <div className="minutes-drafting__editor card">
          {selected ? <MinutesItemEditor key={selected.item.id} ref={editorRef} item={selected.item} meeting={meeting} locked={locked} /> : null}
          <nav className="minutes-drafting__steps" aria-label={t('minutes.stepNav')}>
            <StepButton ordered={ordered} selected={selected} step={-1} onChoose={choose} />
            <StepButton ordered={ordered} selected={selected} step={1} onChoose={choose} />
          </nav>
        </div>
      </div>
    </div>
  );
}

function StepButton({ ordered, selected, step, onChoose }: { ordered: OrderedItem[]; selected: OrderedItem | undefined; step: 1 | -1; onChoose(id: string): void }) {
  const t = useT();
  const index = selected ? ordered.findIndex((o) => o.item.id === selected.item.id) : -1;
  const target = ordered[index + step];
  const label = step < 0 ? t('minutes.previousItem') : t('minutes.nextItem');
  return (
    <button
      type="button"
      className="button"
      disabled={!target}
      onClick={() => target && onChoose(target.item.id)}
      aria-keyshortcuts={step < 0 ? 'Alt+ArrowUp' : 'Alt+ArrowDown'}
    >
      {step < 0 ? `← ${label}` : `${label} →`}
      {target ? <span className="muted"> {target.item.number}</span> : null}
    </button>
  );
}
