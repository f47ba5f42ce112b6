import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { meetingNumber } from '../../lib/labels';
import { useAppStores, useMeetings } from '../../state/app-context';
import type { AgendaItem } from '../../state/types';
import { SelectField } from '../../ui/fields';

/** Items in reading order: 4.1 before 4.2 before 4.10. */
const byNumber = (a: AgendaItem, b: AgendaItem) => a.number.localeCompare(b.number, 'th', { numeric: true });

/** "The agenda item that decided it": pick the meeting, then one of its items. */
export function PolicyItemPicker({
  idPrefix, meetingId, itemId, onChange,
}: { idPrefix: string; meetingId: string; itemId: string; onChange(meetingId: string, itemId: string): void }) {
  const t = useT();
  const stores = useAppStores();
  const meetings = useMeetings((s) => s.meetings);
  const [items, setItems] = useState<AgendaItem[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (stores.meetings.getState().status === 'idle') void stores.meetings.getState().load();
  }, [stores]);

  useEffect(() => {
    setItems([]);
    setError(null);
    if (!meetingId) return;
    let live = true;
    stores.client.call('meetings.get', { id: meetingId }).then(
      (m) => live && setItems([...m.agendaItems].sort(byNumber)),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [meetingId, stores]);

  const sorted = [...meetings].sort((a, b) => b.yearBe - a.yearBe || b.number - a.number);
  return (
    <div className="row">
      <SelectField
        id={`${idPrefix}-meeting`}
        label={t('policy.decidedMeeting')}
        value={meetingId}
        onChange={(v) => onChange(v, '')}
        placeholder={t('common.notSet')}
        options={sorted.map((m) => ({ value: m.id, label: t('meeting.number', { number: meetingNumber(m) }) }))}
      />
      <SelectField
        id={`${idPrefix}-item`}
        label={t('policy.decidedItem')}
        value={itemId}
        onChange={(v) => onChange(meetingId, v)}
        placeholder={meetingId ? t('policy.chooseItem') : t('policy.chooseMeetingFirst')}
        disabled={!meetingId}
        error={error}
        className="field--grow"
        options={items.map((i) => ({ value: i.id, label: `${i.number} ${i.subject}` }))}
      />
    </div>
  );
}
