import { useState } from 'react';
import { errorMessage } from '../api/client';
import { useT } from '../i18n';
import { focusLater } from '../lib/errors';
import { personName } from '../lib/labels';
import { useAppStores } from '../state/app-context';
import { useDirtyFlag } from '../state/dirty';
import type { Attendance, Organisation, Person } from '../state/types';
import { presences, reasons } from './attendance-form';
import { describedBy } from './fields';
import { FormError } from './form-error';

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
 * On the day the officer goes down the list marking who came: on site and electronic are saved at
 * once; "absent" first asks the reason (the core refuses an absence without one).
 */
function PresenceControl({ attendance: a, name }: { attendance: Attendance; name: string }) {
  const t = useT();
  const stores = useAppStores();
  const [absent, setAbsent] = useState<{ reason: Reason | ''; note: string; showError: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `att-${a.id}`;
  // A reason chosen but not saved yet must not be lost silently by leaving the page.
  useDirtyFlag(`${id}-absent`, absent !== null && (absent.reason !== '' || absent.note.trim() !== ''));

  async function save(patch: { presence: Presence; absenceReason?: Reason; absenceNote?: string }) {
    setBusy(true);
    setError(null);
    try {
      await stores.meeting.getState().updateAttendance({ id: a.id, ...patch });
      setAbsent(null);
      // The line may move to another group (and be drawn anew): keep the officer's place.
      focusLater(`${id}-presence`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function choose(value: Presence) {
    setError(null);
    if (value === 'absent') {
      if (a.presence !== 'absent') {
        setAbsent({ reason: '', note: '', showError: false });
        focusLater(`${id}-quick-reason`);
      }
      return;
    }
    setAbsent(null);
    if (value !== a.presence) void save({ presence: value });
  }

  const reasonError = absent?.showError && !absent.reason ? t('attendance.reasonRequired') : null;
  return (
    <div className="presence">
      <label htmlFor={`${id}-presence`} className="visually-hidden">
        {t('attendance.presenceOf', { name })}
      </label>
      <select
        id={`${id}-presence`}
        className={`presence__select presence__select--${absent ? 'absent' : a.presence}`}
        value={absent ? 'absent' : a.presence}
        disabled={busy}
        onChange={(e) => choose(e.target.value as Presence)}
      >
        {presences.map((p) => (
          <option key={p} value={p}>
            {t(`presence.${p}`)}
          </option>
        ))}
      </select>
      {a.presence === 'absent' && !absent ? <AbsenceReason attendance={a} /> : null}
      {absent ? (
        <fieldset className="presence__absent">
          <legend className="visually-hidden">{t('attendance.absentOf', { name })}</legend>
          <label htmlFor={`${id}-quick-reason`}>{t('attendance.absenceReason')}</label>
          <select
            id={`${id}-quick-reason`}
            value={absent.reason}
            aria-required
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={describedBy(`${id}-quick-reason`, undefined, reasonError)}
            onChange={(e) => setAbsent({ ...absent, reason: e.target.value as Reason | '' })}
          >
            <option value="">{t('common.notSet')}</option>
            {reasons.map((r) => (
              <option key={r} value={r}>
                {t(`reason.${r}`)}
              </option>
            ))}
          </select>
          {reasonError ? (
            <p id={`${id}-quick-reason-error`} className="field__error">
              {reasonError}
            </p>
          ) : null}
          <label htmlFor={`${id}-quick-note`}>{t('attendance.absenceNote')}</label>
          <input id={`${id}-quick-note`} type="text" value={absent.note} onChange={(e) => setAbsent({ ...absent, note: e.target.value })} />
          <div className="presence__actions">
            <button
              type="button"
              className="button button--small button--primary"
              disabled={busy}
              onClick={() => {
                if (!absent.reason) {
                  setAbsent({ ...absent, showError: true });
                  focusLater(`${id}-quick-reason`);
                  return;
                }
                void save({ presence: 'absent', absenceReason: absent.reason, absenceNote: absent.note.trim() });
              }}
            >
              {t('attendance.absentSave')}
            </button>
            <button type="button" className="button button--small" onClick={() => { setAbsent(null); focusLater(`${id}-presence`); }}>
              {t('common.cancel')}
            </button>
          </div>
        </fieldset>
      ) : null}
      <FormError message={error} />
    </div>
  );
}
