import { useState } from 'react';
import { errorMessage } from '../api/client';
import { useT } from '../i18n';
import { focusLater } from '../lib/errors';
import { personName } from '../lib/labels';
import { useAppStores, useDirectory } from '../state/app-context';
import type { Attendance, MeetingDetail, Organisation, Person } from '../state/types';
import { AttendanceForm } from './attendance-form';
import { FormError } from './form-error';

type Group = 'present' | 'absent' | 'others';

/** The groups of the minutes: ผู้มาประชุม, ผู้ไม่มาประชุม, ผู้เข้าร่วมประชุม (THAI-DOCUMENTS.md §1). */
function groupOf(a: Attendance): Group {
  if (a.presence === 'absent') return 'absent';
  return a.role === 'member' || a.role === 'substitute' ? 'present' : 'others';
}

const groupTitle = { present: 'attendance.groupPresent', absent: 'attendance.groupAbsent', others: 'attendance.groupOthers' } as const;

export function AttendanceEditor({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const people = useDirectory((s) => s.people);
  const organisations = useDirectory((s) => s.organisations);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(meeting.attendance.length === 0);
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const sorted = [...meeting.attendance].sort((a, b) => a.sortOrder - b.sortOrder);

  return (
    <div className="attendance">
      <h2 id="attendance-title">
        {t('meetingPage.attendance')} <span className="count">{t('attendance.count', { count: meeting.attendance.length })}</span>
      </h2>
      {sorted.length === 0 ? <p className="muted">{t('attendance.empty')}</p> : null}
      {(['present', 'absent', 'others'] as const).map((group) => {
        const rows = sorted.filter((a) => groupOf(a) === group);
        if (rows.length === 0) return null;
        return (
          <section key={group} className="attendance__group" aria-labelledby={`attendance-${group}`}>
            <h3 id={`attendance-${group}`}>
              {t(groupTitle[group])} <span className="count">{t('attendance.count', { count: rows.length })}</span>
            </h3>
            <ol className="attendance__list">
              {rows.map((a) =>
                editingId === a.id ? (
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
                ) : (
                  <AttendanceRow key={a.id} attendance={a} peopleById={peopleById} orgById={orgById} onEdit={() => { setEditingId(a.id); focusLater(`att-${a.id}-role`); }} />
                ),
              )}
            </ol>
          </section>
        );
      })}
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
        {/* Hidden, not removed: whatever was typed stays when the panel is folded. */}
        <div id="att-add-panel" hidden={!adding}>
          <AttendanceForm meeting={meeting} onDone={() => focusLater('att-new-search')} />
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  attendance: Attendance;
  peopleById: ReadonlyMap<string, Person>;
  orgById: ReadonlyMap<string, Organisation>;
  onEdit(): void;
}

function AttendanceRow({ attendance: a, peopleById, orgById, onEdit }: RowProps) {
  const t = useT();
  const stores = useAppStores();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const person = peopleById.get(a.personId);
  const name = person ? personName(person) : a.personId;
  const substituteFor = a.substituteForId ? peopleById.get(a.substituteForId) : undefined;
  const org = person?.organisationId ? orgById.get(person.organisationId) : undefined;
  const position = a.position || person?.position || '';

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await stores.meeting.getState().removeAttendance(a.id);
      focusLater('att-new-search');
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <li className="attendance__row" data-testid="attendance-row">
      <div className="attendance__who">
        <span className="attendance__name">{name}</span>
        {a.role === 'substitute' ? (
          <span className="attendance__substitute">{t('attendance.substituteLabel', { name: substituteFor ? personName(substituteFor) : '?' })}</span>
        ) : null}
        <span className="attendance__position">{[position, a.meetingRole, org?.abbrTh].filter(Boolean).join(' · ')}</span>
      </div>
      <div className="attendance__how">
        <span className={`badge badge--presence-${a.presence}`}>{t(`presence.${a.presence}`)}</span>
        {a.presence === 'absent' && a.absenceReason ? (
          <span className="attendance__reason">
            {t(`reason.${a.absenceReason}`)}
            {a.absenceNote ? ` (${a.absenceNote})` : ''}
          </span>
        ) : null}
        {a.role !== 'member' ? <span className="badge badge--role">{t(`role.${a.role}`)}</span> : null}
      </div>
      <div className="row-actions">
        {confirming ? (
          <>
            <button type="button" className="button button--danger button--small" onClick={remove} disabled={busy} id={`att-${a.id}-confirm`}>
              {t('attendance.confirmRemove')}
            </button>
            <button type="button" className="button button--small" onClick={() => { setConfirming(false); focusLater(`att-${a.id}-remove`); }}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button button--small" id={`att-${a.id}-edit`} onClick={onEdit} aria-label={`${t('common.edit')} ${name}`}>
              {t('common.edit')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet-danger"
              id={`att-${a.id}-remove`}
              onClick={() => { setConfirming(true); focusLater(`att-${a.id}-confirm`); }}
              aria-label={`${t('attendance.remove')} ${name}`}
            >
              {t('attendance.remove')}
            </button>
          </>
        )}
      </div>
      <FormError message={error} />
    </li>
  );
}
