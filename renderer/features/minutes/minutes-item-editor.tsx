import { type Ref, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { useLang, useT } from '../../i18n/index';
import { useDirectory, useSeries } from '../../state/app-context';
import { fieldsOf, type ItemFields } from '../../state/drafts';
import { useMinutes, useMinutesStore } from '../../state/minutes-store';
import type { AgendaItem, MeetingDetail } from '../../state/types';
import { describedBy, Field, SelectField } from '../../ui/fields';
import { MinutesActions } from './minutes-actions';
import { insertPhrase, PhrasePicker, standardPhrases } from './minutes-phrases';
import { RestorePrompt } from './minutes-restore';
import { SaveState } from './minutes-save-state';

type ResolutionKind = NonNullable<AgendaItem['resolutionKind']>;
export const resolutionKinds: readonly ResolutionKind[] = ['noted', 'approved', 'approved_in_principle', 'rejected', 'deferred', 'assigned'];

export interface EditorHandle {
  insertPhrase(index: number): void;
}

interface Props {
  item: AgendaItem;
  meeting: MeetingDetail;
  locked: boolean;
  ref?: Ref<EditorHandle>;
}

export const fieldId = (itemId: string, field: 'discussion' | 'resolution') => `minutes-${itemId}-${field}`;

/** One agenda item's minutes: the discussion, the resolution with standard phrases, its kind, and its actions. */
export function MinutesItemEditor({ item, meeting, locked, ref }: Props) {
  const t = useT();
  const lang = useLang();
  const store = useMinutesStore();
  const edit = useMinutes((s) => s.edits[item.id]);
  const draft = useMinutes((s) => s.restorable[item.id]);
  const series = useSeries((s) => s.series.find((x) => x.id === meeting.seriesId));
  const template = useSeries((s) => s.templates);
  const org = useDirectory((s) => (item.presenterOrgId ? s.organisations.find((o) => o.id === item.presenterOrgId) : undefined));
  const local = edit?.local ?? fieldsOf(item);
  // Until the officer decides about kept text, the fields wait, so that text is not overwritten.
  const readOnly = locked || draft !== undefined;
  const resolutionRef = useRef<HTMLTextAreaElement>(null);
  const lastSelection = useRef<{ start: number; end: number } | null>(null);
  const selectAfter = useRef<{ start: number; end: number } | null>(null);
  const section = series?.sections.find((s) => s.id === item.sectionId);
  const sectionTitle = section
    ? t('agenda.sectionTitle', {
        number: section.position,
        title: lang === 'en' ? (template.find((x) => x.kind === section.kind)?.titleEn ?? section.titleTh) : section.titleTh,
      })
    : '';
  const titleId = `minutes-${item.id}-title`;
  const discussionId = fieldId(item.id, 'discussion');
  const resolutionId = fieldId(item.id, 'resolution');
  const change = (patch: Partial<ItemFields>, now = false) => store.getState().edit(item.id, patch, { now });

  function pick(index: number) {
    const phrase = standardPhrases[index];
    if (!phrase || readOnly) return;
    const el = resolutionRef.current;
    const focused = el !== null && document.activeElement === el;
    const sel = focused ? { start: el.selectionStart, end: el.selectionEnd } : (lastSelection.current ?? { start: local.resolution.length, end: local.resolution.length });
    const r = insertPhrase(local.resolution, sel.start, sel.end, phrase.text);
    selectAfter.current = { start: r.selectionStart, end: r.selectionEnd };
    change({ resolution: r.value, ...(local.resolutionKind === null ? { resolutionKind: phrase.kind } : {}) });
  }
  useImperativeHandle(ref, () => ({ insertPhrase: pick }));

  // After a phrase goes in, the caret (or the `…` to type over) is where the officer continues.
  useLayoutEffect(() => {
    const el = resolutionRef.current;
    const sel = selectAfter.current;
    if (!el || !sel || el.value !== local.resolution) return;
    selectAfter.current = null;
    el.focus();
    el.setSelectionRange(sel.start, sel.end);
    lastSelection.current = sel;
  }, [local.resolution]);

  const rememberSelection = (el: HTMLTextAreaElement) => {
    lastSelection.current = { start: el.selectionStart, end: el.selectionEnd };
  };

  const discussionHint = series?.recordingStyle === 'resolution_only' ? t('minutes.discussionNotPrinted') : t('minutes.discussionHint');
  const actions = meeting.actions.filter((a) => a.agendaItemId === item.id);

  return (
    <article className="minutes-editor" aria-labelledby={titleId} data-testid="minutes-editor">
      <header className="minutes-editor__head">
        <div>
          {sectionTitle ? <p className="minutes-editor__section">{sectionTitle}</p> : null}
          <h3 id={titleId}>
            <span className="minutes-editor__number">{item.number}</span>{' '}
            {item.subject.startsWith('เรื่อง') ? item.subject : t('agenda.itemSubject', { subject: item.subject })}
          </h3>
          {org ? (
            <p className="minutes-editor__meta">
              {t('agenda.presenter')}: {org.abbrTh || org.nameTh}
            </p>
          ) : null}
        </div>
        {locked ? null : <SaveState edit={edit} onRetry={() => void store.getState().saveNow(item.id)} />}
      </header>

      {draft && !locked ? <RestorePrompt item={item} draft={draft} /> : null}

      {item.summary || item.proposal ? (
        <details className="minutes-editor__context">
          <summary>{t('minutes.context')}</summary>
          {item.summary ? <p className="minutes-editor__context-text">{item.summary}</p> : null}
          {item.proposal ? (
            <p className="minutes-editor__context-text">
              <strong>{t('agenda.proposal')}:</strong> {item.proposal}
            </p>
          ) : null}
        </details>
      ) : null}

      <Field id={discussionId} label={t('minutes.discussion')} hint={discussionHint}>
        <textarea
          id={discussionId}
          rows={7}
          value={local.discussion}
          readOnly={readOnly}
          onChange={(e) => change({ discussion: e.target.value })}
          aria-describedby={describedBy(discussionId, discussionHint)}
        />
      </Field>

      <Field id={resolutionId} label={t('agenda.resolution')} hint={t('minutes.resolutionHint')} className="minutes-editor__resolution">
        {readOnly ? null : <PhrasePicker onPick={pick} />}
        <textarea
          id={resolutionId}
          ref={resolutionRef}
          rows={4}
          value={local.resolution}
          readOnly={readOnly}
          onChange={(e) => {
            rememberSelection(e.target);
            change({ resolution: e.target.value });
          }}
          onSelect={(e) => rememberSelection(e.currentTarget)}
          onBlur={(e) => rememberSelection(e.currentTarget)}
          aria-describedby={describedBy(resolutionId, t('minutes.resolutionHint'))}
        />
      </Field>

      <div className="row minutes-editor__kind">
        <SelectField
          id={`minutes-${item.id}-kind`}
          label={t('minutes.resolutionKind')}
          value={local.resolutionKind ?? ''}
          onChange={(v) => change({ resolutionKind: v ? (v as ResolutionKind) : null }, true)}
          placeholder={t('common.notSet')}
          options={resolutionKinds.map((k) => ({ value: k, label: t(`resolutionKind.${k}`) }))}
          disabled={readOnly}
        />
        <label className="checkbox minutes-editor__carry">
          <input
            type="checkbox"
            checked={local.carryForward}
            disabled={readOnly}
            onChange={(e) => change({ carryForward: e.target.checked }, true)}
          />
          <span>{t('minutes.carryForward')}</span>
          <span className="field__hint">{t('minutes.carryForwardHint')}</span>
        </label>
      </div>

      <MinutesActions item={item} actions={actions} locked={locked} />
    </article>
  );
}
