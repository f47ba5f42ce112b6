import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/contract';
import type { MinutesState } from '../../../shared/schemas/minutes';
import { formatBeSlash, parseThaiDateInput } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { meetingNumber } from '../../lib/labels';
import { useAppStores, useSeries } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import { useMinutesStore } from '../../state/minutes-store';
import type { AgendaItem, MeetingDetail, MeetingSummary } from '../../state/types';
import { DateInput } from '../../ui/date-input';
import { SelectField, TextArea } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { VersionsDiff } from './versions-diff';

type How = NonNullable<MinutesState['certifiedHow']>;
const hows: readonly How[] = ['next_meeting', 'same_meeting', 'circulation'];

const isLater = (m: { number: number; yearBe: number }, than: { number: number; yearBe: number }) =>
  m.yearBe > than.yearBe || (m.yearBe === than.yearBe && m.number > than.number);

/** The sentence the minutes of the later meeting will carry (Thai: it is the text of the document). */
export function certificationSentence(number: string, amended: boolean, text: string): string {
  return amended
    ? `ที่ประชุมรับรองรายงานการประชุมครั้งที่ ${number} โดยมีการแก้ไข ดังนี้ ${text.trim() || '…'}`
    : `ที่ประชุมรับรองรายงานการประชุมครั้งที่ ${number} โดยไม่มีการแก้ไข`;
}

/** Certify: how, when, and with or without amendments; asks once more, because it cannot be undone. */
export function CertificationForm({ meeting, minutes }: { meeting: MeetingDetail; minutes: MinutesState }) {
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const store = useMinutesStore();
  const series = useSeries((s) => s.series.find((x) => x.id === meeting.seriesId));
  const draft = minutes.status === 'draft';
  const [how, setHow] = useState<How>(draft ? 'same_meeting' : 'next_meeting');
  const howRef = useRef(how);
  howRef.current = how;
  const [later, setLater] = useState<MeetingSummary[] | null>(null);
  const [laterId, setLaterId] = useState('');
  const [laterItems, setLaterItems] = useState<AgendaItem[] | null>(null);
  const [itemId, setItemId] = useState('');
  const [dateText, setDateText] = useState(() => (draft && meeting.date ? formatBeSlash(meeting.date) : ''));
  const [dateTouched, setDateTouched] = useState(false);
  const touchedRef = useRef(false);
  touchedRef.current = dateTouched;
  const [laterDate, setLaterDate] = useState<string | null>(null);
  const [amended, setAmended] = useState(false);
  const [amendment, setAmendment] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [lookupError, setLookupError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const number = meetingNumber(meeting);
  useDirtyFlag('certification-form', amendment.trim() !== '' || dateTouched);
  const changes = useDraftChanges(meeting);
  // The facts choose the default: text changed since it was circulated means "with amendments".
  const [amendedTouched, setAmendedTouched] = useState(false);
  useEffect(() => {
    if (changes && !amendedTouched) setAmended(changes.changed);
  }, [changes, amendedTouched]);
  const claimMismatch = changes !== null && changes.from !== null && amended !== changes.changed;

  // The later meetings of the series, nearest first.
  useEffect(() => {
    let live = true;
    stores.client
      .call('meetings.list', { seriesId: meeting.seriesId })
      .then((all) => {
        if (!live) return;
        const found = all.filter((m) => m.id !== meeting.id && isLater(m, meeting)).sort((a, b) => a.yearBe - b.yearBe || a.number - b.number);
        setLater(found);
        setLaterId((id) => id || (found[0]?.id ?? ''));
      })
      .catch((e: unknown) => live && setLookupError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [stores, meeting]);

  // Its section-2 items (รับรองรายงานการประชุม); the one naming this meeting is chosen first.
  useEffect(() => {
    if (!laterId) return;
    let live = true;
    setLaterItems(null);
    stores.client
      .call('meetings.get', { id: laterId })
      .then((detail) => {
        if (!live) return;
        const certificationSections = new Set(series?.sections.filter((s) => s.kind === 'certification').map((s) => s.id));
        const items = detail.agendaItems.filter((i) => certificationSections.has(i.sectionId));
        setLaterItems(items);
        setItemId(items.find((i) => i.subject.includes(number))?.id ?? items[0]?.id ?? '');
        setLaterDate(detail.date);
        // Certified at that meeting: its date, unless the officer already typed one.
        if (!touchedRef.current && detail.date && howRef.current === 'next_meeting') setDateText(formatBeSlash(detail.date));
      })
      .catch((e: unknown) => live && setLookupError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [stores, laterId, series, number]);

  function chooseHow(next: How) {
    setHow(next);
    setConfirming(false);
    if (dateTouched) return;
    const suggested = next === 'same_meeting' ? meeting.date : next === 'next_meeting' ? laterDate : null;
    setDateText(suggested ? formatBeSlash(suggested) : '');
  }

  const dateIso = parseThaiDateInput(dateText);
  const invalid =
    !dateIso || (amended && !amendment.trim()) || (how === 'next_meeting' && !itemId) || (draft && how !== 'same_meeting') || claimMismatch;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setShowErrors(true);
    setError(null);
    if (invalid) return;
    setConfirming(true);
    focusLater('certify-confirm');
  }

  async function certify() {
    if (!dateIso) return;
    setBusy(true);
    setError(null);
    try {
      await store.getState().certify({
        how, atItemId: how === 'next_meeting' ? itemId : null, date: dateIso, amended, amendmentText: amended ? amendment.trim() : '',
      });
      setAmendment('');
      setDateTouched(false);
    } catch (err) {
      setError(err);
      setConfirming(false);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const laterLabel = (m: MeetingSummary) => `${t('meeting.number', { number: meetingNumber(m) })}${m.date ? ` (${formatDateShort(lang, m.date)})` : ''}`;
  const itemError = showErrors && how === 'next_meeting' && !itemId ? t('certify.itemRequired') : fieldErrorOf(error, 'atItemId');

  return (
    <form className="subform certify-form" aria-labelledby="certify-form-title" onSubmit={submit} noValidate>
      <h3 className="subform__title" id="certify-form-title">
        {t('certify.formTitle')}
      </h3>
      <FormError ref={errorRef} message={error ? errorMessage(error) : null} />
      <fieldset className="radio-group radio-group--stack">
        <legend>{t('certify.how')}</legend>
        {hows.map((h) => {
          const disabled = draft && h !== 'same_meeting';
          return (
            <label key={h} className={`radio-group__choice${disabled ? ' radio-group__choice--disabled' : ''}`}>
              <input type="radio" name="certify-how" value={h} checked={how === h} disabled={disabled} onChange={() => chooseHow(h)} />
              <span>{t(`certify.how.${h}`)}</span>
            </label>
          );
        })}
        {draft ? <p className="field__hint">{t('certify.draftOnlySame')}</p> : null}
        {fieldErrorOf(error, 'how') ? <p className="field__error">{fieldErrorOf(error, 'how')}</p> : null}
      </fieldset>

      {how === 'next_meeting' ? (
        <div className="row">
          {later && later.length === 0 ? (
            <p className="notice">{t('certify.noLaterMeeting')}</p>
          ) : (
            <>
              <SelectField
                id="certify-meeting"
                label={t('certify.atMeeting')}
                value={laterId}
                onChange={(v) => {
                  setLaterId(v);
                  setItemId('');
                }}
                options={(later ?? []).map((m) => ({ value: m.id, label: laterLabel(m) }))}
                className="field--grow"
              />
              <SelectField
                id="certify-item"
                label={t('certify.atItem')}
                value={itemId}
                onChange={setItemId}
                placeholder={laterItems && laterItems.length === 0 ? t('certify.noCertificationItem') : undefined}
                options={(laterItems ?? []).map((i) => ({ value: i.id, label: `${i.number} ${i.subject}` }))}
                error={itemError}
                required
                className="field--grow"
              />
            </>
          )}
        </div>
      ) : null}
      {lookupError ? <FormError message={lookupError} title={t('error.load')} /> : null}

      <DateInput
        id="certify-date"
        label={t('certify.date')}
        value={dateText}
        onChange={(text) => {
          setDateText(text);
          setDateTouched(true);
          setConfirming(false);
        }}
        required
        showErrors={showErrors}
        error={fieldErrorOf(error, 'date')}
      />

      <fieldset className="radio-group">
        <legend>{t('certify.amendments')}</legend>
        {[false, true].map((value) => (
          <label key={String(value)} className="radio-group__choice">
            <input type="radio" name="certify-amended" checked={amended === value} onChange={() => { setAmended(value); setAmendedTouched(true); setConfirming(false); }} />
            <span>{t(value ? 'certify.withAmendments' : 'certify.withoutAmendments')}</span>
          </label>
        ))}
      </fieldset>
      <AmendmentFacts changes={changes} amended={amended} showErrors={showErrors} />
      {amended ? (
        <TextArea
          id="certify-amendment"
          label={t('certify.amendmentText')}
          hint={t('certify.amendmentHint')}
          value={amendment}
          onChange={(v) => {
            setAmendment(v);
            setConfirming(false);
          }}
          required
          rows={4}
          error={showErrors && !amendment.trim() ? t('certify.amendmentRequired') : fieldErrorOf(error, 'amendmentText')}
        />
      ) : null}

      <div className="certify-form__preview">
        <p className="field__hint">{t('certify.preview')}</p>
        <p className="certify-form__sentence">{certificationSentence(number, amended, amendment)}</p>
      </div>

      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="certify-confirm-text">
          <p id="certify-confirm-text">
            <strong>{t('certify.confirmTitle', { number })}</strong> {t('certify.confirmText')}
          </p>
          <div className="actions">
            <button type="button" className="button button--primary" id="certify-confirm" onClick={certify} disabled={busy}>
              {busy ? t('certify.certifying') : t('certify.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} disabled={busy}>
              {t('certify.back')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="submit" className="button button--primary">
            {t('certify.submit')}
          </button>
        </div>
      )}
    </form>
  );
}

type DraftChanges = Result<'minutes.draftChanges'>;

/** What changed in the text since it was last circulated, read again whenever the meeting is read again (after any edit). */
function useDraftChanges(meeting: MeetingDetail): DraftChanges | null {
  const stores = useAppStores();
  const [changes, setChanges] = useState<DraftChanges | null>(null);
  useEffect(() => {
    let live = true;
    stores.client.call('minutes.draftChanges', { meetingId: meeting.id }).then(
      (c) => live && setChanges(c),
      (e: unknown) => console.warn('[lekha] draft changes', e),
    );
    return () => {
      live = false;
    };
  }, [stores, meeting]);
  return changes;
}

/**
 * The amendment as the record will show it: the paragraphs changed since the circulated version. A
 * claim against the facts (amended with no change, or unchanged text certified with a change) is
 * said here, before the officer confirms, and the core refuses it anyway.
 */
function AmendmentFacts({ changes, amended, showErrors }: { changes: DraftChanges | null; amended: boolean; showErrors: boolean }) {
  const t = useT();
  if (!changes || changes.from === null) return null;
  if (!changes.changed) {
    return (
      <p className={amended ? 'field__error' : 'field__hint'} id="certify-facts" role={amended && showErrors ? 'alert' : undefined}>
        {t(amended ? 'certify.noChangeYet' : 'certify.unchanged', { version: changes.from })}
      </p>
    );
  }
  return (
    <div className="certify-form__changes" id="certify-facts">
      <p className={amended ? 'field__hint' : 'field__error'} role={!amended && showErrors ? 'alert' : undefined}>
        {t(amended ? 'certify.changesShown' : 'certify.changedButNone', { version: changes.from })}
      </p>
      <VersionsDiff comparison={{ from: changes.from, to: changes.from + 1, changes: changes.changes }} />
    </div>
  );
}
