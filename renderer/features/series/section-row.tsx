import type { HTMLAttributes, KeyboardEvent } from 'react';
import { GripIcon } from '../../ui/icons';
import { TextField } from '../../ui/fields';
import { useT } from '../../i18n';
import type { DraftSection, WhenEmpty } from './sections-draft';

export interface SectionRowProps {
  rowId: string;
  section: DraftSection;
  index: number;
  total: number;
  /** The heading shown in labels and messages (a placeholder when empty). */
  title: string;
  error?: string | null;
  /** The officer tried to remove it, but items are filed under it. */
  blocked: boolean;
  dragging: boolean;
  dropAt: 'before' | 'after' | null;
  handleProps: HTMLAttributes<HTMLButtonElement> & { draggable: boolean };
  targetProps: HTMLAttributes<HTMLLIElement>;
  onTitle(titleTh: string): void;
  onWhenEmpty(whenEmpty: WhenEmpty): void;
  /** Move one place up (-1) or down (1); focus goes to `focusId` afterwards. */
  onStep(delta: -1 | 1, focusId: string): void;
  onRemove(): void;
}

const whenEmptyChoices: readonly WhenEmpty[] = ['none', 'omit'];

/** One section: its heading, what kind it is, what prints when it is empty, and the moves. */
export function SectionRow(p: SectionRowProps) {
  const t = useT();
  const { rowId, section: s, index } = p;
  const first = index === 0;
  const last = index === p.total - 1;
  const ids = { handle: `${rowId}-handle`, up: `${rowId}-up`, down: `${rowId}-down`, blocked: `${rowId}-blocked` };

  // Alt+Arrow moves the section from its handle or buttons (the heading field keeps its own keys).
  function onKeyDown(e: KeyboardEvent) {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if (e.target instanceof HTMLInputElement && e.target.type === 'text') return;
    e.preventDefault();
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    if ((delta < 0 && first) || (delta > 0 && last)) return;
    const focused = document.activeElement?.id;
    p.onStep(delta, focused?.startsWith(rowId) ? focused : ids.handle);
  }

  // A button that becomes disabled at the end of the list would drop the focus: hand it to its pair.
  const stepFocus = (delta: -1 | 1) => (delta < 0 ? (index - 1 === 0 ? ids.down : ids.up) : index + 1 === p.total - 1 ? ids.up : ids.down);
  const kind = s.kind === 'custom' ? t('sections.kind.custom') : t('sections.kind.standard', { kind: t(`sections.kind.${s.kind}`) });
  const classes = ['section-row', p.dragging ? 'section-row--dragging' : '', p.dropAt ? `section-row--drop-${p.dropAt}` : ''];

  // Alt+Arrow shortcuts reach the row from its handle and buttons; drops land on the row.
  return (
    <li className={classes.filter(Boolean).join(' ')} data-testid="section-row" data-key={s.key} onKeyDown={onKeyDown} {...p.targetProps}>
      <div className="section-row__head">
        <button
          type="button"
          id={ids.handle}
          className="section-row__handle"
          aria-label={t('sections.handle', { title: p.title })}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          title={t('sections.howToMove')}
          {...p.handleProps}
        >
          <GripIcon />
        </button>
        <span className="section-row__number" aria-hidden="true">
          {index + 1}
        </span>
        <TextField
          id={`${rowId}-title`}
          label={t('sections.heading', { number: index + 1 })}
          value={s.titleTh}
          onChange={p.onTitle}
          error={p.error}
          required
          maxLength={300}
          className="field--grow section-row__title"
        />
        <div className="section-row__buttons">
          <button type="button" id={ids.up} className="button button--small" disabled={first} aria-label={t('sections.upNamed', { title: p.title })} onClick={() => p.onStep(-1, stepFocus(-1))}>
            ↑ {t('sections.up')}
          </button>
          <button type="button" id={ids.down} className="button button--small" disabled={last} aria-label={t('sections.downNamed', { title: p.title })} onClick={() => p.onStep(1, stepFocus(1))}>
            ↓ {t('sections.down')}
          </button>
          <button
            type="button"
            id={`${rowId}-remove`}
            className="button button--small button--quiet-danger"
            aria-label={t('sections.removeNamed', { title: p.title })}
            aria-describedby={p.blocked ? ids.blocked : undefined}
            onClick={p.onRemove}
          >
            {t('sections.remove')}
          </button>
        </div>
      </div>
      <div className="section-row__meta">
        <span className={`badge section-kind section-kind--${s.kind === 'custom' ? 'own' : 'standard'}`}>{kind}</span>
        {s.itemCount > 0 ? <span className="section-row__items">{t('sections.items', { count: s.itemCount })}</span> : null}
        {s.kind === 'certification' || s.kind === 'continuing' ? <span className="muted section-row__role">{t(`sections.role.${s.kind}`)}</span> : null}
        <fieldset className="radio-group section-row__empty">
          <legend>
            {t('sections.whenEmpty')}
            <span className="visually-hidden"> ({t('sections.number', { number: index + 1 })})</span>
          </legend>
          {whenEmptyChoices.map((choice) => (
            <label key={choice} className="radio-group__choice">
              <input type="radio" name={`${rowId}-empty`} value={choice} checked={s.whenEmpty === choice} onChange={() => p.onWhenEmpty(choice)} />
              <span>{t(`sections.whenEmpty.${choice}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {p.blocked ? (
        <p id={ids.blocked} className="field__error section-row__blocked">
          {t('sections.hasItems', { title: p.title, count: s.itemCount })}
        </p>
      ) : null}
    </li>
  );
}
