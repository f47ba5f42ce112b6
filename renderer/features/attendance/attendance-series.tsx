import { useState } from 'react';
import { memberRoleTitles } from '../../../shared/roles';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { personName } from '../../lib/labels';
import { useAppStores, useDirectory, useSeries } from '../../state/app-context';
import type { MeetingDetail } from '../../state/types';
import { FormError } from '../../ui/form-error';

/**
 * The core lists the series' members when a meeting is created. Members added to the series later
 * (or removed from this meeting by mistake) are offered here, so nobody is forgotten.
 */
export function SeriesMembersNotice({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const stores = useAppStores();
  const series = useSeries((s) => s.series.find((x) => x.id === meeting.seriesId));
  const people = useDirectory((s) => s.people);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listed = new Set(meeting.attendance.map((a) => a.personId));
  // A member deactivated in the directory (moved on, retired) is not offered for new meetings.
  const inactive = new Set(people.filter((p) => !p.active).map((p) => p.id));
  const missing = (series?.members ?? []).filter((m) => !listed.has(m.personId) && !inactive.has(m.personId));
  if (missing.length === 0) return <FormError message={error} />;
  const names = missing.map((m) => {
    const p = people.find((x) => x.id === m.personId);
    return p ? personName(p) : '?';
  });

  async function addAll() {
    setBusy(true);
    setError(null);
    try {
      // One at a time, in the series' order, so the list keeps that order.
      for (const m of missing) {
        await stores.meeting.getState().addAttendance({ personId: m.personId, role: 'member', meetingRole: memberRoleTitles[m.meetingRole] });
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="notice" data-testid="series-members-missing">
      <p>{t('attendance.seriesMissing', { count: missing.length, names: names.join(', ') })}</p>
      <button type="button" className="button button--small" disabled={busy} onClick={addAll}>
        {busy ? t('common.saving') : t('attendance.addSeriesMembers')}
      </button>
      <FormError message={error} />
    </div>
  );
}
