import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { personName } from '../../lib/labels';
import { useAppStores } from '../../state/app-context';
import type { Attendance, Organisation, Person } from '../../state/types';
import { reasons } from './attendance-form';
import { FormError } from '../../ui/form-error';

type Presence = Attendance['presence'];
type Reason = NonNullable<Attendance['absenceReason']>;

interface RowProps {
  attendance: Attendance;
  peopleById: ReadonlyMap<string, Person>;
  orgById: ReadonlyMap<string, Organisation>;
  readOnly: boolean;
  /** Someone stands in for this (absent) member; their own line names them, so a person's name is on one line only. */
  hasSubstitute?: boolean;
  onEdit(): void;
  /** Offered on an absent member with nobody standing in yet. */
  onAddSubstitute?(): void;
}

/** One attendance line: who, how they attended (changed right here), and its actions. */
export function AttendanceRow({ attendance: a, peopleById, orgById, readOnly, hasSubstitute, onEdit, onAddSubstitute }: RowProps) {
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
      focusLater('att-add-toggle');
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
        {hasSubstitute ? <span className="attendance__stand-in">{t('attendance.hasSubstitute')}</span> : null}
      </div>
      <div className="attendance__how">
        {readOnly ? (
          <>
            <span className={`badge badge--presence-${a.presence}`}>{t(`presence.${a.presence}`)}</span>
            {a.presence === 'absent' && a.absenceReason ? <AbsenceReason attendance={a} /> : null}
          </>
        ) : (
          <PresenceControl attendance={a} name={name} />
        )}
        {a.role !== 'member' ? <span className="badge badge--role">{t(`role.${a.role}`)}</span> : null}
      </div>
      {readOnly ? null : (
        <div className="row-actions">
          {onAddSubstitute ? (
            <button type="button" className="button button--small" id={`att-${a.id}-substitute`} onClick={onAddSubstitute} aria-label={t('attendance.addSubstituteFor', { name })}>
              + {t('attendance.addSubstitute')}
            </button>
          ) : null}
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
      )}
      <FormError message={error} />
    </li>
  );
}

function AbsenceReason({ attendance: a }: { attendance: Attendance }) {
  const t = useT();
  if (!a.absenceReason) return null;
  return (
    <span className="attendance__reason">
      {t(`reason.${a.absenceReason}`)}
      {a.absenceNote ? ` (${a.absenceNote})` : ''}
    </span>
  );
}

/**
 * On the day the officer goes down the list marking who came. Every choice is saved at once, absence
 * included: "ไม่มาประชุม" is offered with each reason (ติดราชการ, ลาป่วย …), so marking someone absent
 * is one action and nothing waits for a second save that leaving the page would lose. A note on the
 * absence goes in through "แก้ไข".
 */
function PresenceControl({ attendance: a, name }: { attendance: Attendance; name: string }) {
  const t = useT();
  const stores = useAppStores();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `att-${a.id}`;
  const current = a.presence === 'absent' ? `absent:${a.absenceReason ?? 'other'}` : a.presence;

  async function choose(value: string) {
    if (value === current) return;
    const [presence, reason] = value.split(':') as [Presence, Reason | undefined];
    setBusy(true);
    setError(null);
    try {
      await stores.meeting.getState().updateAttendance({
        id: a.id, presence, ...(presence === 'absent' ? { absenceReason: reason, absenceNote: a.presence === 'absent' ? a.absenceNote : '' } : {}),
      });
      // The line may move to another group (and be drawn anew): keep the officer's place.
      focusLater(`${id}-presence`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="presence">
      <label htmlFor={`${id}-presence`} className="visually-hidden">
        {t('attendance.presenceOf', { name })}
      </label>
      <select
        id={`${id}-presence`}
        className={`presence__select presence__select--${a.presence}`}
        value={current}
        disabled={busy}
        onChange={(e) => void choose(e.target.value)}
      >
        {a.presence === 'unconfirmed' ? <option value="unconfirmed">{t('presence.unconfirmed')}</option> : null}
        <option value="onsite">{t('presence.onsite')}</option>
        <option value="electronic">{t('presence.electronic')}</option>
        <optgroup label={t('presence.absent')}>
          {reasons.map((r) => (
            <option key={r} value={`absent:${r}`}>
              {t('attendance.absentBecause', { reason: t(`reason.${r}`) })}
            </option>
          ))}
        </optgroup>
      </select>
      {a.presence === 'absent' && a.absenceNote ? <span className="attendance__reason">({a.absenceNote})</span> : null}
      <FormError message={error} />
    </div>
  );
}
