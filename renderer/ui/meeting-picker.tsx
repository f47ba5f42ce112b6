import { useEffect, useRef, useState } from 'react';
import type { MeetingPick } from '../../shared/schemas/meeting';
import { errorMessage } from '../api/client';
import { useT } from '../i18n/index';
import { meetingNumber } from '../lib/labels';
import { useApi } from '../state/app-context';
import { SelectField, TextField } from './fields';

export type { MeetingPick };

/** How many meetings the choice offers at once: the latest, or the latest of what was typed. */
export const MEETING_PICK_LIMIT = 20;
/** Typing settles this long before the core is asked, so a number typed digit by digit is one read. */
const SETTLE_MS = 150;

interface Props {
  idPrefix: string;
  label: string;
  /** The meeting chosen (kept among the choices whatever was typed), or null. */
  value: MeetingPick | null;
  onChange(meeting: MeetingPick | null): void;
  /** The empty choice (`ทุกการประชุม`, `ไม่ระบุ`). */
  placeholder: string;
  className?: string;
}

/**
 * Choose one meeting of any year (issue 11: twenty years hold about a thousand): a search box asks
 * `meetings.pick` as the officer types (`8/2564`, a year, a word of the series or venue), and a
 * plain select offers what came back, newest first; with nothing typed, the latest meetings. One match
 * left is chosen, so typing a number and pressing Tab is enough. Native controls: keyboard and
 * screen readers as any form field.
 */
export function MeetingPicker({ idPrefix, label, value, onChange, placeholder, className }: Props) {
  const t = useT();
  const client = useApi();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<MeetingPick[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);
  // The change callback of the render that typed, not of the one the answer arrives in.
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const mine = ++asked.current;
    const query = search.trim();
    const ask = () =>
      client.call('meetings.pick', { query, limit: MEETING_PICK_LIMIT }).then(
        (meetings) => {
          if (mine !== asked.current) return;
          setFound(meetings);
          setError(null);
          if (query && meetings.length === 1) changed.current(meetings[0]);
        },
        (e) => mine === asked.current && setError(errorMessage(e)),
      );
    // The latest meetings at once (the page's first read, started early by route-start.ts); typing settles first.
    if (!query) {
      void ask();
      return;
    }
    const timer = setTimeout(ask, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [search, client]);

  const list = found ?? [];
  const shown = value && !list.some((m) => m.id === value.id) ? [value, ...list] : list;
  const typed = search.trim() !== '' && found !== null;
  const hint = !typed
    ? t('meetingPicker.hint')
    : found.length === 0
      ? t('meetingPicker.noMatch')
      : t(found.length < MEETING_PICK_LIMIT ? 'meetingPicker.found' : 'meetingPicker.many', { count: String(found.length) });
  return (
    <div className={`meeting-picker${className ? ` ${className}` : ''}`}>
      <TextField
        id={`${idPrefix}-search`}
        label={t('meetingPicker.search')}
        type="search"
        autoComplete="off"
        value={search}
        onChange={setSearch}
        hint={hint}
        liveHint
        error={error}
      />
      <SelectField
        id={idPrefix}
        label={label}
        value={value?.id ?? ''}
        onChange={(id) => onChange(shown.find((m) => m.id === id) ?? null)}
        placeholder={placeholder}
        options={shown.map((m) => ({ value: m.id, label: t('meetingPicker.option', { number: meetingNumber(m), series: m.seriesName }) }))}
      />
    </div>
  );
}
