import { useEffect, useMemo, useRef, useState } from 'react';
import { formatBeSlash, parseThaiDateInput, parseTimeInput } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { fieldErrorOf } from '../../lib/errors';
import { personName, sortPeople } from '../../lib/labels';
import { useAppStores, useDirectory } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import type { MeetingDetail, Person } from '../../state/types';
import { DateInput } from '../../ui/date-input';
import { RadioGroup, SelectField, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { SaveBar } from '../../ui/save-bar';
import { TimeInput, timeToText } from '../../ui/time-input';
import { useVersionGuard } from '../../ui/use-version-guard';
import { useMay } from '../session';

type Mode = MeetingDetail['mode'];
type Status = MeetingDetail['status'];
const modes: readonly Mode[] = ['onsite', 'electronic', 'hybrid'];
const statuses: readonly Status[] = ['draft', 'scheduled', 'held', 'cancelled'];

interface Draft {
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  mode: Mode;
  conferencing: string;
  chairId: string;
  secretaryId: string;
  minuteTakerId: string;
  reviewerId: string;
  status: Status;
}

/** The people the minutes name besides the attendees: who chairs, and who signs and checks the minutes. */
const officerFields = ['chairId', 'secretaryId', 'minuteTakerId', 'reviewerId'] as const;

const draftOf = (m: MeetingDetail): Draft => ({
  date: m.date ? formatBeSlash(m.date) : '',
  startTime: timeToText(m.startTime),
  endTime: timeToText(m.endTime),
  venue: m.venue,
  mode: m.mode,
  conferencing: m.conferencing,
  chairId: m.chairId ?? '',
  secretaryId: m.secretaryId ?? '',
  minuteTakerId: m.minuteTakerId ?? '',
  reviewerId: m.reviewerId ?? '',
  status: m.status,
});

/** Compares what the fields mean, so `9.30` against a stored `09:30` is not a change. */
function sameMeaning(a: Draft, b: Draft): boolean {
  return (
    (parseThaiDateInput(a.date) ?? a.date.trim()) === (parseThaiDateInput(b.date) ?? b.date.trim()) &&
    (parseTimeInput(a.startTime) ?? a.startTime.trim()) === (parseTimeInput(b.startTime) ?? b.startTime.trim()) &&
    (parseTimeInput(a.endTime) ?? a.endTime.trim()) === (parseTimeInput(b.endTime) ?? b.endTime.trim()) &&
    a.venue === b.venue &&
    a.mode === b.mode &&
    a.conferencing === b.conferencing &&
    officerFields.every((k) => a[k] === b[k]) &&
    a.status === b.status
  );
}

const personOption = (p: Person) => ({ value: p.id, label: personName(p) + (p.position ? ` — ${p.position}` : '') });

/** The meeting's header fields, edited in place and saved together. */
export function MeetingDetailsForm({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const mayEdit = useMay('meetings.update');
  const stores = useAppStores();
  const people = useDirectory((s) => s.people);
  // Sorted once per directory, not on every keystroke of the form (four lists of every person).
  const active = useMemo(() => sortPeople(people.filter((p) => p.active)).map(personOption), [people]);
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  // A list of people is drawn whole once the officer reaches it (focus, a pointer or a key), not before:
  // twenty years' directory is 500 people, and four such lists were three quarters of the page.
  const [reached, setReached] = useState<ReadonlySet<string>>(() => new Set());
  const reach = (id: string) => () => setReached((r) => (r.has(id) ? r : new Set([...r, id])));
  const saved = useMemo(() => draftOf(meeting), [meeting]);
  const [draft, setDraft] = useState<Draft>(saved);
  const [error, setError] = useState<unknown>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  // When the meeting is read again (after a change here or elsewhere), fields nobody is editing take
  // the new values; what is being typed stays. Another meeting remounts this form (the page is keyed by id).
  const baseRef = useRef(saved);
  useEffect(() => {
    const before = baseRef.current;
    baseRef.current = saved;
    setDraft((d) => (sameMeaning(d, before) ? saved : d));
  }, [saved]);

  const dirty = !sameMeaning(draft, saved);
  useDirtyFlag('meeting-details', dirty);
  const guard = useVersionGuard({
    client: stores.client, entity: 'meetings', record: meeting, error, clearError: () => setError(null), follow: !dirty,
    reload: async () => {
      await stores.meeting.getState().refresh();
      return stores.meeting.getState().detail;
    },
    take: (fresh) => {
      const next = draftOf(fresh);
      setDraft(next);
      return (['venue', 'conferencing'] as const).filter((k) => draft[k] !== next[k]).map((k) => ({ label: t(`field.${k}`), text: draft[k] }));
    },
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setJustSaved(false);
    // The refusal was about this field and the officer is fixing it: the old message would mislead.
    if (fieldErrorOf(error, key)) setError(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setShowErrors(true);
    const date = draft.date.trim() ? parseThaiDateInput(draft.date) : null;
    const startTime = draft.startTime.trim() ? parseTimeInput(draft.startTime) : null;
    const endTime = draft.endTime.trim() ? parseTimeInput(draft.endTime) : null;
    const firstBad =
      !date ? 'meeting-date' : draft.startTime.trim() && !startTime ? 'meeting-start' : draft.endTime.trim() && !endTime ? 'meeting-end' : null;
    if (firstBad || !date) {
      document.getElementById(firstBad ?? 'meeting-date')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await stores.meeting.getState().update({
        version: guard.version,
        date,
        startTime,
        endTime,
        venue: draft.venue.trim(),
        mode: draft.mode,
        conferencing: draft.mode === 'onsite' ? '' : draft.conferencing.trim(),
        chairId: draft.chairId || null,
        secretaryId: draft.secretaryId || null,
        minuteTakerId: draft.minuteTakerId || null,
        reviewerId: draft.reviewerId || null,
        status: draft.status,
      });
      setDraft(draftOf(updated));
      setShowErrors(false);
      setJustSaved(true);
      void stores.meetings.getState().load();
    } catch (err) {
      setError(err);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  // Inactive people stay choosable only where the meeting already names them.
  const options = (id: string, current: string) => {
    const chosen = current ? byId.get(current) : undefined;
    if (!reached.has(id)) return chosen ? [personOption(chosen)] : [];
    return chosen && !chosen.active ? sortPeople(people.filter((p) => p.active || p.id === current)).map(personOption) : active;
  };
  const reachable = (id: string) => ({ onFocus: reach(id), onPointerDown: reach(id), onMouseDown: reach(id) });
  return (
    <form className="meeting-details" onSubmit={submit} noValidate aria-labelledby="details-title">
      <h2 id="details-title">{t('meetingPage.details')}</h2>
      <FormError ref={errorRef} message={error ? errorMessage(error) : null} />
      {guard.notice}
      <div className="row">
        <DateInput id="meeting-date" label={t('field.date')} required value={draft.date} onChange={(v) => set('date', v)} showErrors={showErrors} error={fieldErrorOf(error, 'date')} />
        <TimeInput id="meeting-start" label={t('field.startTime')} value={draft.startTime} onChange={(v) => set('startTime', v)} showErrors={showErrors} error={fieldErrorOf(error, 'startTime')} />
        <TimeInput id="meeting-end" label={t('field.endTime')} value={draft.endTime} onChange={(v) => set('endTime', v)} showErrors={showErrors} error={fieldErrorOf(error, 'endTime')} />
        <SelectField
          id="meeting-status"
          label={t('field.status')}
          value={draft.status}
          onChange={(v) => set('status', v as Status)}
          options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          error={fieldErrorOf(error, 'status')}
        />
      </div>
      <TextField id="meeting-venue" label={t('field.venue')} hint={t('field.venueHint')} value={draft.venue} onChange={(v) => set('venue', v)} error={fieldErrorOf(error, 'venue')} className="field--wide" />
      <RadioGroup
        name="meeting-mode"
        legend={t('field.mode')}
        value={draft.mode}
        onChange={(v) => set('mode', v as Mode)}
        options={modes.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
      />
      <div className="row">
        {draft.mode !== 'onsite' ? (
          <TextField
            id="meeting-conferencing"
            label={t('field.conferencing')}
            hint={t('field.conferencingHint')}
            value={draft.conferencing}
            onChange={(v) => set('conferencing', v)}
            error={fieldErrorOf(error, 'conferencing')}
          />
        ) : null}
        <SelectField
          id="meeting-chair"
          label={t('field.chair')}
          value={draft.chairId}
          onChange={(v) => set('chairId', v)}
          placeholder={t('common.notSet')}
          options={options('meeting-chair', draft.chairId)}
          error={fieldErrorOf(error, 'chairId')}
          className="field--grow"
          {...reachable('meeting-chair')}
        />
      </div>
      <fieldset className="officers">
        <legend>{t('meeting.officers')}</legend>
        <p className="muted">{t('meeting.officersHint')}</p>
        {/* One under another: "name — position" is long, and three abreast showed only its start. */}
        <div className="row row--stack">
          {(['secretaryId', 'minuteTakerId', 'reviewerId'] as const).map((key) => (
            <SelectField
              key={key}
              id={`meeting-${key}`}
              label={t(`field.${key}`)}
              value={draft[key]}
              onChange={(v) => set(key, v)}
              placeholder={t('common.notSet')}
              options={options(`meeting-${key}`, draft[key])}
              error={fieldErrorOf(error, key)}
              className="field--grow"
              {...reachable(`meeting-${key}`)}
            />
          ))}
        </div>
      </fieldset>
      {/* A reader's account sees the details, not a save button it could never use. */}
      {mayEdit ? <SaveBar busy={busy} dirty={dirty} justSaved={justSaved} onRevert={() => { setDraft(saved); setShowErrors(false); setError(null); }} /> : null}
    </form>
  );
}
