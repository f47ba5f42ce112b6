import { useMemo, useState } from 'react';
import { nextMeetingNumber } from '../../../shared/numbering';
import { toArabicDigits } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { SaveBar } from '../../ui/save-bar';
import { useT } from '../../i18n';
import { currentBuddhistYear, meetingNumber } from '../../lib/labels';
import { useAppStores, useMeetings } from '../../state/app-context';
import type { Series } from '../../state/types';
import { useCardDraft } from './use-card-draft';
import { useNextNumberPreview } from './use-next-number-preview';

interface Draft {
  number: string;
  year: string;
}

const draftOf = (s: Series): Draft =>
  s.nextNumber ? { number: String(s.nextNumber.number), year: String(s.nextNumber.yearBe) } : { number: '', year: String(currentBuddhistYear()) };

/** A whole number in [min, max] from what was typed (Thai digits too), or null. */
const wholeIn = (text: string, min: number, max: number): number | null => {
  const n = Number(toArabicDigits(text.trim()));
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** What the fields mean: a number and year, `null` (count as usual), or `undefined` when not valid. */
function parse(d: Draft): { number: number; yearBe: number } | null | undefined {
  if (!d.number.trim()) return null;
  const number = wholeIn(d.number, 1, 9999);
  const yearBe = wholeIn(d.year, 2500, 2700);
  return number !== null && yearBe !== null ? { number, yearBe } : undefined;
}
const sameDraft = (a: Draft, b: Draft) => {
  const x = parse(a);
  const y = parse(b);
  if (x === undefined || y === undefined) return a.number.trim() === b.number.trim() && a.year.trim() === b.year.trim();
  return x === y || (x !== null && y !== null && x.number === y.number && x.yearBe === y.yearBe);
};

/**
 * The number the next meeting takes (adopting Lekha mid-year): set, previewed live through
 * `meetings.nextNumber` (what is saved) and by the shared numbering rule (what saving would give), or cleared.
 */
export function NextNumberForm({ series }: { series: Series }) {
  const t = useT();
  const stores = useAppStores();
  const meetings = useMeetings((s) => s.meetings);
  const saved = useMemo(() => draftOf(series), [series]);
  const [showErrors, setShowErrors] = useState(false);
  const card = useCardDraft<Draft>({
    key: 'series-next-number',
    series,
    pick: draftOf,
    saved,
    same: sameDraft,
    save: async (d, version) => {
      const after = draftOf(await stores.series.getState().update({ id: series.id, version, nextNumber: parse(d) ?? null }));
      // Cleared: the preview stays on the year the officer was looking at.
      return after.number ? after : { ...after, year: d.year };
    },
  });
  const d = card.draft;
  const parsed = parse(d);
  const year = wholeIn(d.year, 2500, 2700);
  const numberBad = d.number.trim() !== '' && wholeIn(d.number, 1, 9999) === null;
  const yearBad = year === null;
  const now = useNextNumberPreview(series, year);
  const existing = meetings.filter((m) => m.seriesId === series.id);
  const draftNext = year !== null && parsed !== undefined ? nextMeetingNumber(series.numbering, year, existing, parsed) : null;
  const set = (key: keyof Draft, value: string) => card.update((x) => ({ ...x, [key]: value }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setShowErrors(true);
    if (parsed === undefined) {
      document.getElementById(numberBad ? 'next-number' : 'next-number-year')?.focus();
      return;
    }
    if (await card.submit()) setShowErrors(false);
  }

  return (
    <form className="card series-card" onSubmit={submit} noValidate aria-labelledby="next-number-title">
      <h2 id="next-number-title" tabIndex={-1}>{t('nextNumber.title')}</h2>
      <p className="muted">{t('nextNumber.intro')}</p>
      <FormError ref={card.errorRef} message={card.error ? errorMessage(card.error) : null} />
      {card.notice}
      <div className="row">
        <TextField
          id="next-number"
          label={t('nextNumber.number')}
          hint={t('nextNumber.numberHint')}
          value={d.number}
          onChange={(v) => set('number', v)}
          inputMode="numeric"
          error={showErrors && numberBad ? t('nextNumber.numberInvalid') : null}
          className="next-number__field"
        />
        <TextField
          id="next-number-year"
          label={t('nextNumber.year')}
          hint={series.numbering === 'running' ? t('nextNumber.yearHintRunning') : t('nextNumber.yearHint')}
          value={d.year}
          onChange={(v) => set('year', v)}
          inputMode="numeric"
          maxLength={4}
          error={(showErrors || d.year.trim().length >= 4) && yearBad ? t('nextNumber.yearInvalid') : null}
          className="next-number__field"
        />
      </div>
      <div className="number-preview next-number__preview" aria-live="polite" data-testid="next-number-preview">
        <span className="number-preview__label">{year !== null ? t('nextNumber.previewLabel', { year }) : t('nextNumber.previewPending')}</span>
        {year !== null && now ? (
          <span>
            {t('nextNumber.previewNow')} <strong data-testid="next-number-now">{meetingNumber(now)}</strong>
          </span>
        ) : null}
        {card.dirty && year !== null && draftNext !== null ? (
          <span>
            {t('nextNumber.previewDraft')} <strong data-testid="next-number-draft">{meetingNumber({ number: draftNext, yearBe: year })}</strong>
          </span>
        ) : null}
        {parsed && draftNext !== null && draftNext > parsed.number && parsed.yearBe === year ? (
          <span className="number-preview__note muted">{t('nextNumber.taken', { number: parsed.number, year })}</span>
        ) : null}
      </div>
      {series.nextNumber ? <p className="muted">{t('nextNumber.saved', { number: series.nextNumber.number, year: series.nextNumber.yearBe })}</p> : null}
      <div className="next-number__actions">
        <SaveBar busy={card.busy} dirty={card.dirty} justSaved={card.justSaved} onRevert={() => { setShowErrors(false); card.revert(); }} />
        {series.nextNumber ? (
          <button type="button" className="button next-number__clear" disabled={card.busy} onClick={() => void card.submit({ ...d, number: '' })}>
            {t('nextNumber.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
