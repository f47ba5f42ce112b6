import { useT } from '../../i18n/index';
import type { AgendaItem } from '../../state/types';

type ResolutionKind = NonNullable<AgendaItem['resolutionKind']>;

/** The place the officer types into: `…` in a phrase (THAI-DOCUMENTS.md §2, the agency). */
export const BLANK = '…';

/**
 * Standard wording of มติที่ประชุม. They are the text of the minutes, so they stay Thai in the English
 * interface too. Each suggests the kind of resolution it records.
 */
export const standardPhrases: readonly { text: string; kind: ResolutionKind }[] = [
  { text: 'ที่ประชุมรับทราบ', kind: 'noted' },
  { text: 'ที่ประชุมพิจารณาแล้วมีมติเห็นชอบ', kind: 'approved' },
  { text: 'ที่ประชุมเห็นชอบในหลักการ', kind: 'approved_in_principle' },
  { text: `มอบหมายให้ ${BLANK} ดำเนินการต่อไป`, kind: 'assigned' },
];

export interface Inserted {
  value: string;
  /** What to select afterwards: the `…` to type over, or a caret after the phrase. */
  selectionStart: number;
  selectionEnd: number;
}

/**
 * Put `phrase` in place of the selection (or at the caret), with a space between it and the words
 * around it, as Thai separates phrases with spaces.
 */
export function insertPhrase(value: string, start: number, end: number, phrase: string): Inserted {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  const before = value.slice(0, from);
  const after = value.slice(to);
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const tail = after && !/^\s/.test(after) ? ' ' : '';
  const inserted = `${lead}${phrase}${tail}`;
  const at = before.length + lead.length;
  const blank = phrase.indexOf(BLANK);
  return {
    value: `${before}${inserted}${after}`,
    selectionStart: blank >= 0 ? at + blank : at + phrase.length,
    selectionEnd: blank >= 0 ? at + blank + BLANK.length : at + phrase.length,
  };
}

/** One button per phrase; Alt+1 … Alt+4 do the same from the keyboard. */
export function PhrasePicker({ onPick, disabled }: { onPick(index: number): void; disabled?: boolean }) {
  const t = useT();
  return (
    <fieldset className="phrases">
      <legend className="phrases__label">{t('minutes.phrases')}</legend>
      {standardPhrases.map((p, i) => (
        <button
          key={p.text}
          type="button"
          className="button button--small phrases__phrase"
          disabled={disabled}
          onClick={() => onPick(i)}
          // Keep the caret where it is in the text: the phrase goes there.
          onMouseDown={(e) => e.preventDefault()}
          aria-keyshortcuts={`Alt+${i + 1}`}
          title={t('minutes.phraseKey', { key: `Alt+${i + 1}` })}
        >
          {p.text}
        </button>
      ))}
    </fieldset>
  );
}
