import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { useFileExport } from '../../lib/use-file-export';
import { useApi, useAppStores, useDirectory } from '../../state/app-context';
import type { Attendance, MeetingDetail } from '../../state/types';
import { LockedBanner } from '../../ui/locked-banner';
import { AttendanceForm, type AttendancePreset } from './attendance-form';
import { AttendanceRow } from './attendance-row';
import { SeriesMembersNotice } from './attendance-series';
import { FormError } from '../../ui/form-error';
import { QuorumFigure } from './quorum-figure';
import { useMay } from '../session';
import './attendance.css';

type Group = 'unconfirmed' | 'present' | 'absent' | 'others';

/**
 * The groups of the minutes: ผู้มาประชุม, ผู้ไม่มาประชุม, ผู้เข้าร่วมประชุม (THAI-DOCUMENTS.md §1),
 * after those nobody has marked yet.
 */
function groupOf(a: Attendance): Group {
  if (a.presence === 'unconfirmed') return 'unconfirmed';
  if (a.presence === 'absent') return 'absent';
  return a.role === 'member' || a.role === 'substitute' ? 'present' : 'others';
}

const groupTitle = {
  unconfirmed: 'attendance.groupUnconfirmed', present: 'attendance.groupPresent', absent: 'attendance.groupAbsent', others: 'attendance.groupOthers',
} as const;

/**
 * Who attended: the series' members are already listed when the meeting is created; the officer marks
 * each on site, electronic or absent (with the reason), adds substitutes, guests and secretariat staff.
 * Read-only once the minutes are certified.
 */
export function AttendanceEditor({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const people = useDirectory((s) => s.people);
  const organisations = useDirectory((s) => s.organisations);
  const mayEdit = useMay('attendance.update');
  const readOnly = meeting.minutesStatus === 'certified' || !mayEdit;
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(meeting.attendance.length === 0);
  const [preset, setPreset] = useState<AttendancePreset | null>(null);
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const sorted = [...meeting.attendance].sort((a, b) => a.sortOrder - b.sortOrder);
  const substituted = new Set(sorted.filter((a) => a.role === 'substitute' && a.substituteForId).map((a) => a.substituteForId));

  function addSubstituteFor(memberId: string) {
    setAdding(true);
    setPreset({ role: 'substitute', substituteForId: memberId, nonce: Date.now() });
    focusLater('att-new-search');
  }

  return (
    <div className="attendance">
      <div className="attendance__head">
        <h2 id="attendance-title">
          {t('meetingPage.attendance')} <span className="count">{t('attendance.count', { count: meeting.attendance.length })}</span>
        </h2>
        <QuorumFigure attendance={meeting.attendance} />
      </div>
      {readOnly ? <LockedBanner area="attendance" reader={!mayEdit} /> : <SeriesMembersNotice meeting={meeting} />}
      <AttendanceTools meeting={meeting} readOnly={readOnly} />
      {sorted.length === 0 ? <p className="muted">{t('attendance.empty')}</p> : null}
      {(['unconfirmed', 'present', 'absent', 'others'] as const).map((group) => {
        const rows = sorted.filter((a) => groupOf(a) === group);
        if (rows.length === 0) return null;
        return (
          <section key={group} className="attendance__group" aria-labelledby={`attendance-${group}`}>
            <h3 id={`attendance-${group}`}>
              {t(groupTitle[group])} <span className="count">{t('attendance.count', { count: rows.length })}</span>
            </h3>
            {group === 'unconfirmed' ? <p className="muted">{t('attendance.unconfirmedHint')}</p> : null}
            <ol className="attendance__list">
              {rows.map((a) => {
                if (editingId === a.id && !readOnly) {
                  return (
                    <li key={a.id} className="attendance__row attendance__row--editing">
                      <AttendanceForm
                        meeting={meeting}
                        editing={a}
                        onDone={() => {
                          setEditingId(null);
                          focusLater(`att-${a.id}-edit`);
                        }}
                      />
                    </li>
                  );
                }
                return (
                  <AttendanceRow
                    key={a.id}
                    attendance={a}
                    peopleById={peopleById}
                    orgById={orgById}
                    readOnly={readOnly}
                    hasSubstitute={substituted.has(a.personId)}
                    onEdit={() => {
                      setEditingId(a.id);
                      focusLater(`att-${a.id}-role`);
                    }}
                    onAddSubstitute={a.role === 'member' && a.presence === 'absent' && !substituted.has(a.personId) ? () => addSubstituteFor(a.personId) : undefined}
                  />
                );
              })}
            </ol>
          </section>
        );
      })}
      {readOnly ? null : (
        <div className="attendance__add">
          <button
            type="button"
            className="button"
            id="att-add-toggle"
            aria-expanded={adding}
            aria-controls="att-add-panel"
            onClick={() => {
              setAdding(!adding);
              if (!adding) focusLater('att-new-search');
            }}
          >
            {adding ? '−' : '+'} {t('attendance.add')}
          </button>
          <p className="field__hint">{t('attendance.addHint')}</p>
          {/* Hidden, not removed: whatever was typed stays when the panel is folded. */}
          <div id="att-add-panel" hidden={!adding}>
            <AttendanceForm meeting={meeting} preset={preset} onDone={() => focusLater('att-new-search')} />
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * The sign-in sheet for the meeting-room door, and, on the day, one press for "everyone else came in
 * person" once the officer has marked the few who did not.
 */
function AttendanceTools({ meeting, readOnly }: { meeting: MeetingDetail; readOnly: boolean }) {
  const t = useT();
  const api = useApi();
  const stores = useAppStores();
  const sheet = useFileExport<'signin'>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rest = meeting.attendance.filter((a) => a.presence === 'unconfirmed');

  async function markRestOnsite() {
    setBusy(true);
    setError(null);
    try {
      for (const a of rest) await stores.meeting.getState().updateAttendance({ id: a.id, presence: 'onsite' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="attendance__tools">
      <button
        type="button"
        className="button"
        disabled={sheet.busy !== null}
        onClick={() => void sheet.run('signin', () => api.call('documents.export', { meetingId: meeting.id, kind: 'signin', format: 'pdf' }))}
      >
        {t('attendance.signInSheet')}
      </button>
      {!readOnly && rest.length > 0 ? (
        <button type="button" className="button" disabled={busy} onClick={() => void markRestOnsite()}>
          {t('attendance.markRestOnsite', { count: rest.length })}
        </button>
      ) : null}
      {sheet.done ? <p className="muted" role="status">{sheet.done}</p> : null}
      <FormError message={sheet.error ?? error} />
    </div>
  );
}
