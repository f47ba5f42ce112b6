import { type FormEvent, useEffect, useState } from 'react';
import { type EvidenceView, type IdentityMethod, identityMethod } from '../../../shared/schemas/evidence';
import { parseTimeInput } from '../../../shared/thai';
import { useApi } from '../../state/app-context';
import { type MessageKey, useT } from '../../i18n/index';
import type { MeetingDetail } from '../../state/types';
import type { Apply } from './evidence-tab';

interface Line {
  method: IdentityMethod | '';
  vouchedById: string;
  time: string;
}

const linesOf = (view: EvidenceView): Record<string, Line> =>
  Object.fromEntries(view.attendees.map((a) => [a.attendanceId, {
    method: a.identity?.method ?? '', vouchedById: a.identity?.vouchedById ?? '', time: a.identity ? a.identity.checkedAt.slice(11, 16).replace(':', '.') : '',
  }]));

/** ม.9(1): for each attendee present, how identity was checked, who vouched, and at what time. */
export function IdentitySection({ meeting, view, apply }: { meeting: MeetingDetail; view: EvidenceView; apply: Apply }) {
  const t = useT();
  const api = useApi();
  const present = view.attendees.filter((a) => a.presence === 'onsite' || a.presence === 'electronic');
  const [lines, setLines] = useState(() => linesOf(view));
  const [status, setStatus] = useState('');
  useEffect(() => setLines(linesOf(view)), [view]);
  const set = (id: string, patch: Partial<Line>) => setLines((l) => ({ ...l, [id]: { ...l[id], ...patch } }));
  const day = meeting.date ?? new Date().toISOString().slice(0, 10);

  async function save(e: FormEvent) {
    e.preventDefault();
    const checks = present.filter((a) => lines[a.attendanceId]?.method).map((a) => {
      const l = lines[a.attendanceId];
      // An unreadable time goes as typed: the contract names the line and the officer corrects it.
      const hhmm = parseTimeInput(l.time) ?? (l.time.trim() || (meeting.startTime ?? '00:00'));
      return { attendanceId: a.attendanceId, method: l.method as IdentityMethod, vouchedById: l.method === 'vouched' ? l.vouchedById || null : null, checkedAt: `${day}T${hhmm}` };
    });
    const clear = present.filter((a) => a.identity && !lines[a.attendanceId]?.method).map((a) => a.attendanceId);
    // Each line the save writes or clears goes with the version this screen loaded (0: none yet), so a check
    // another officer changed meanwhile is refused, naming them, rather than overwritten.
    const touched = new Set([...checks.map((c) => c.attendanceId), ...clear]);
    const versions = Object.fromEntries(present.filter((a) => touched.has(a.attendanceId)).map((a) => [a.attendanceId, a.identityVersion]));
    if (await apply(() => api.call('evidence.setIdentity', { meetingId: meeting.id, checks, clear, versions }))) setStatus(t('evidence.identity.saved'));
  }

  return (
    <section className="card" aria-labelledby="evidence-identity-title">
      <h3 id="evidence-identity-title">{t('evidence.identity.title')}</h3>
      <form onSubmit={(e) => void save(e)}>
        <table className="evidence-table">
          <thead>
            <tr>
              <th scope="col">{t('evidence.identity.name')}</th>
              <th scope="col">{t('evidence.identity.presence')}</th>
              <th scope="col">{t('evidence.identity.method')}</th>
              <th scope="col">{t('evidence.identity.vouchedBy')}</th>
              <th scope="col">{t('evidence.identity.time')}</th>
            </tr>
          </thead>
          <tbody>
            {present.map((a) => {
              const l = lines[a.attendanceId] ?? { method: '', vouchedById: '', time: '' };
              const id = `identity-${a.attendanceId}`;
              return (
                <tr key={a.attendanceId} data-testid="identity-row">
                  <th scope="row">{a.name}</th>
                  <td>{t(`evidence.presence.${a.presence}` as MessageKey)}</td>
                  <td>
                    <select id={`${id}-method`} aria-label={`${t('evidence.identity.method')}: ${a.name}`} value={l.method}
                      onChange={(e) => set(a.attendanceId, { method: e.target.value as Line['method'] })}>
                      <option value="">{t('evidence.identity.none')}</option>
                      {identityMethod.options.map((m) => <option key={m} value={m}>{t(`evidence.method.${m}` as MessageKey)}</option>)}
                    </select>
                  </td>
                  <td>
                    {l.method === 'vouched' ? (
                      <select aria-label={`${t('evidence.identity.vouchedBy')}: ${a.name}`} value={l.vouchedById} onChange={(e) => set(a.attendanceId, { vouchedById: e.target.value })}>
                        <option value="">{t('evidence.unmatched.pick')}</option>
                        {present.filter((x) => x.attendanceId !== a.attendanceId).map((x) => <option key={x.attendanceId} value={x.attendanceId}>{x.name}</option>)}
                      </select>
                    ) : null}
                  </td>
                  <td>
                    <input type="text" inputMode="decimal" size={6} aria-label={`${t('evidence.identity.time')}: ${a.name}`} placeholder="09.30"
                      value={l.time} onChange={(e) => set(a.attendanceId, { time: e.target.value })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="evidence__actions">
          <button type="submit" className="button button--primary">{t('evidence.identity.save')}</button>
          <span role="status">{status}</span>
        </p>
      </form>
    </section>
  );
}
