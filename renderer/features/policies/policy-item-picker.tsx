import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { useAppStores } from '../../state/app-context';
import type { AgendaItem } from '../../state/types';
import { SelectField } from '../../ui/fields';
import { type MeetingPick, MeetingPicker } from '../../ui/meeting-picker';

/** Items in reading order: 4.1 before 4.2 before 4.10. */
const numbers = new Intl.Collator('th', { numeric: true }); // one collator, not one per comparison
const byNumber = (a: AgendaItem, b: AgendaItem) => numbers.compare(a.number, b.number);

/** "The agenda item that decided it": pick the meeting, then one of its items. */
export function PolicyItemPicker({
  idPrefix, meetingId, itemId, onChange,
}: { idPrefix: string; meetingId: string; itemId: string; onChange(meetingId: string, itemId: string): void }) {
  const t = useT();
  const stores = useAppStores();
  const [meeting, setMeeting] = useState<MeetingPick | null>(null);
  const [items, setItems] = useState<AgendaItem[]>([]);
  const [error, setError] = useState<string | null>(null);

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

  return (
    <div className="row">
      <MeetingPicker
        idPrefix={`${idPrefix}-meeting`}
        label={t('policy.decidedMeeting')}
        // The form empties its choice after saving: the picker follows.
        value={meeting && meeting.id === meetingId ? meeting : null}
        onChange={(m) => {
          setMeeting(m);
          onChange(m?.id ?? '', '');
        }}
        placeholder={t('common.notSet')}
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
