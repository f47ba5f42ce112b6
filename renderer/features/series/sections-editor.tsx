import { useState } from 'react';
import { TextField } from '../../ui/fields';
import { useT } from '../../i18n';
import { focusLater } from '../../lib/errors';
import type { SectionTemplate } from '../../state/types';
import { SectionRow } from './section-row';
import { useSectionDrag } from './sections-dnd';
import {
  addOwnSection, addStandardSection, applyPreset, cabinetPreset, type DraftSection, MAX_SECTIONS, missingStandard, moveSection,
  type PresetEntry, standardPreset,
} from './sections-draft';

interface Props {
  idPrefix: string;
  sections: readonly DraftSection[];
  onChange(next: DraftSection[]): void;
  templates: readonly SectionTemplate[];
  /** Problems of single headings (empty), by section key. */
  errors?: ReadonlyMap<string, string>;
}

/**
 * The series' sections in order, edited as one list: headings, the empty-section choice, order (drag,
 * buttons, Alt+Arrow), removal, own sections, standard ones added back, and ready-made lists. Every
 * change is announced, so a screen reader hears where a section went.
 */
export function SectionsEditor({ idPrefix, sections, onChange, templates, errors }: Props) {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const [blocked, setBlocked] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [newTitleError, setNewTitleError] = useState<string | null>(null);
  const [kept, setKept] = useState<readonly DraftSection[]>([]);
  const title = (s: DraftSection) => s.titleTh.trim() || t('sections.untitled');
  const rowId = (s: DraftSection) => `${idPrefix}-${s.key}`;
  const full = sections.length >= MAX_SECTIONS;

  const change = (next: DraftSection[], said: string) => {
    onChange(next);
    setBlocked(null);
    setKept([]);
    setAnnouncement(said);
  };
  const move = (from: number, to: number, focusId?: string) => {
    if (to < 0 || to >= sections.length || from === to) return;
    change(moveSection(sections, from, to), t('sections.moved', { title: title(sections[from]), number: to + 1, total: sections.length }));
    if (focusId) focusLater(focusId);
  };
  const drag = useSectionDrag(
    sections.map((s) => s.key),
    (from, to) => move(from, to),
  );

  function remove(index: number) {
    const s = sections[index];
    if (s.itemCount > 0) {
      // The core would refuse: say why here, before anything is sent.
      setBlocked(s.key);
      setAnnouncement(t('sections.hasItems', { title: title(s), count: s.itemCount }));
      return;
    }
    const next = sections.filter((x) => x.key !== s.key);
    change(next, t('sections.removed', { title: title(s) }));
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour ? `${rowId(neighbour)}-remove` : `${idPrefix}-new-title`);
  }

  function addOwn() {
    if (!newTitle.trim()) {
      setNewTitleError(t('sections.newTitleRequired'));
      focusLater(`${idPrefix}-new-title`);
      return;
    }
    const next = addOwnSection(sections, newTitle);
    change(next, t('sections.added', { title: newTitle.trim(), number: next.length }));
    setNewTitle('');
    setNewTitleError(null);
  }

  function addStandard(template: SectionTemplate) {
    const next = addStandardSection(sections, template, templates);
    const at = next.findIndex((s) => !sections.includes(s));
    change(next, t('sections.added', { title: template.titleTh, number: at + 1 }));
    focusLater(`${rowId(next[at])}-title`);
  }

  function choosePreset(preset: PresetEntry[]) {
    const result = applyPreset(sections, preset);
    change(result.sections, t('sections.preset.applied', { count: result.sections.length }));
    setKept(result.kept);
  }

  const missing = missingStandard(sections, templates);
  const setAt = (index: number, patch: Partial<DraftSection>) => {
    setBlocked(null);
    onChange(sections.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  };

  return (
    <div className="sections-editor">
      <p className="muted" id={`${idPrefix}-how`}>
        {t('sections.howToMove')}
      </p>
      <ol className="sections-editor__list" aria-label={t('sections.list')} aria-describedby={`${idPrefix}-how`}>
        {sections.map((s, index) => (
          <SectionRow
            key={s.key}
            rowId={rowId(s)}
            section={s}
            index={index}
            total={sections.length}
            title={title(s)}
            error={errors?.get(s.key)}
            blocked={blocked === s.key}
            dragging={drag.dragging === s.key}
            dropAt={drag.over?.key === s.key ? drag.over.where : null}
            handleProps={drag.handleProps(s.key, title(s))}
            targetProps={drag.targetProps(s.key)}
            onTitle={(titleTh) => setAt(index, { titleTh })}
            onWhenEmpty={(whenEmpty) => setAt(index, { whenEmpty })}
            onStep={(delta, focusId) => move(index, index + delta, focusId)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {(['certification', 'continuing'] as const)
        .filter((kind) => missing.some((m) => m.kind === kind))
        .map((kind) => (
          <p key={kind} className="muted sections-editor__missing">
            {t(`sections.missing.${kind}`)}
          </p>
        ))}
      {kept.length > 0 ? <p className="notice">{t('sections.preset.kept', { titles: kept.map(title).join(', ') })}</p> : null}

      <div className="sections-editor__add">
        <div className="row row--end">
          <TextField
            id={`${idPrefix}-new-title`}
            label={t('sections.newTitle')}
            hint={full ? t('sections.tooMany', { max: MAX_SECTIONS }) : t('sections.newTitleHint')}
            value={newTitle}
            onChange={(v) => {
              setNewTitle(v);
              setNewTitleError(null);
            }}
            // Enter adds the section here instead of sending the whole form.
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              if (!full) addOwn();
            }}
            error={newTitleError}
            maxLength={300}
            className="field--grow"
          />
          <button type="button" className="button field-button" disabled={full} onClick={addOwn}>
            + {t('sections.addOwn')}
          </button>
        </div>
        {missing.length > 0 ? (
          <fieldset className="sections-editor__standard">
            <legend>{t('sections.addStandard')}</legend>
            <div className="row-actions sections-editor__choices">
              {missing.map((m) => (
                <button key={m.kind} type="button" className="button button--small" disabled={full} onClick={() => addStandard(m)}>
                  + {t('sections.addStandardNamed', { title: m.titleTh })}
                </button>
              ))}
            </div>
          </fieldset>
        ) : null}
        <fieldset className="sections-editor__presets" aria-describedby={`${idPrefix}-presets-hint`}>
          <legend>{t('sections.presets')}</legend>
          <div className="row-actions sections-editor__choices">
            <button type="button" className="button button--small" onClick={() => choosePreset(standardPreset(templates))} disabled={templates.length === 0}>
              {t('sections.preset.standard')}
            </button>
            <button type="button" className="button button--small" onClick={() => choosePreset(cabinetPreset())} aria-describedby={`${idPrefix}-cabinet-hint`}>
              {t('sections.preset.cabinet')}
            </button>
          </div>
          <p className="field__hint" id={`${idPrefix}-cabinet-hint`}>
            {t('sections.preset.cabinetHint')}
          </p>
          <p className="field__hint" id={`${idPrefix}-presets-hint`}>
            {t('sections.preset.keepsItems')}
          </p>
        </fieldset>
      </div>
    </div>
  );
}
