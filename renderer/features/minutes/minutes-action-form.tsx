import { useRef, useState } from 'react';
import { formatBeSlash, parseThaiDateInput } from '../../../shared/thai';
import type { ActionItem } from '../../../shared/schemas/meeting';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { compareThai, organisationLabel } from '../../lib/labels';
import { pickable } from '../../lib/pickable';
import { useAppStores, useDirectory } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import { localIsoDate } from '../../../shared/local-time';
import { DateInput } from '../../ui/date-input';
import { RadioGroup, SelectField, TextArea } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { useVersionGuard } from '../../ui/use-version-guard';

type Kind = ActionItem['kind'];
type Status = ActionItem['status'];
export const actionKinds: readonly Kind[] = ['directive', 'follow_up'];
export const actionStatuses: readonly Status[] = ['open', 'in_progress', 'done', 'cancelled'];

interface Props {
  agendaItemId: string;
  /** The action being edited; absent when adding one of `kind`. */
  action?: ActionItem;
  kind?: Kind;
  /** Certified minutes: the recorded text and kind stay; status, due date and owners move on. */
  locked: boolean;
  onDone(saved: ActionItem | null): void;
}

/** A directive of the chair (ข้อสั่งการ) or a follow-up of a resolution (มติ), written beside the minutes. */
export function ActionForm({ agendaItemId, action, kind: initialKind = 'directive', locked, onDone }: Props) {
  const t = useT();
  const stores = useAppStores();
  const organisations = useDirectory((s) => s.organisations);
  const sorted = pickable(organisations, action?.leadOrgId, ...(action?.supportOrgIds ?? [])).sort((a, b) => compareThai(a.abbrTh || a.nameTh, b.abbrTh || b.nameTh));
  const [kind, setKind] = useState<Kind>(action?.kind ?? initialKind);
  const [text, setText] = useState(action?.text ?? '');
  const [leadOrgId, setLead] = useState(action?.leadOrgId ?? '');
  const [support, setSupport] = useState<string[]>(action?.supportOrgIds ?? []);
  const [due, setDue] = useState(action?.dueDate ? formatBeSlash(action.dueDate) : '');
  const [status, setStatus] = useState<Status>(action?.status ?? 'open');
  const [showErrors, setShowErrors] = useState(false);
  const [pastConfirmed, setPastConfirmed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const base = `action-${action?.id ?? `new-${agendaItemId}`}`;
  const dirty =
    kind !== (action?.kind ?? initialKind) || text !== (action?.text ?? '') || leadOrgId !== (action?.leadOrgId ?? '') ||
    support.join() !== (action?.supportOrgIds ?? []).join() || (parseThaiDateInput(due) ?? due) !== (action?.dueDate ?? '') ||
    status !== (action?.status ?? 'open');
  useDirtyFlag(base, dirty);
  const guard = useVersionGuard({
    client: stores.client, entity: 'action_items', record: action, error, clearError: () => setError(null),
    reload: async () => {
      await stores.meeting.getState().refresh();
      return stores.meeting.getState().detail?.actions.find((a) => a.id === action?.id);
    },
    take: (fresh) => {
      setKind(fresh.kind);
      setText(fresh.text);
      setLead(fresh.leadOrgId ?? '');
      setSupport(fresh.supportOrgIds);
      setDue(fresh.dueDate ? formatBeSlash(fresh.dueDate) : '');
      setStatus(fresh.status);
      return text !== fresh.text ? [{ label: t('actions.text'), text }] : [];
    },
  });

  const dueIso = parseThaiDateInput(due);
  // A new or moved due date already behind us is most often a typing slip (a year, a month): ask once.
  const pastDue = dueIso !== null && dueIso !== action?.dueDate && dueIso < localIsoDate(new Date().toISOString()) && status !== 'done' && status !== 'cancelled';
  const askPast = pastDue && pastConfirmed !== dueIso;
  const textError = showErrors && !text.trim() ? t('actions.textRequired') : fieldErrorOf(error, 'text');

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setShowErrors(true);
    if (!text.trim() || (due.trim() && !dueIso)) return;
    if (askPast) {
      focusLater(`${base}-past-confirm`);
      return;
    }
    setBusy(true);
    setError(null);
    const fields = {
      kind, text: text.trim(), leadOrgId: leadOrgId || null, supportOrgIds: support.filter((s) => s !== leadOrgId),
      dueDate: dueIso, status,
    };
    try {
      const saved = action
        ? await stores.client.call('actions.update', { id: action.id, version: guard.version, ...fields })
        : await stores.client.call('actions.create', { agendaItemId, ...fields });
      await stores.meeting.getState().refresh();
      onDone(saved);
    } catch (err) {
      setError(err);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const title = action ? t('actions.editTitle', { kind: t(`actionKind.${action.kind}`) }) : t('actions.newTitle', { kind: t(`actionKind.${kind}`) });
  return (
    <form className="subform action-form" aria-label={title} onSubmit={submit} noValidate>
      <h4 className="subform__title">{title}</h4>
      <FormError ref={errorRef} message={error ? errorMessage(error) : null} />
      {guard.notice}
      {locked ? <p className="muted">{t('actions.lockedNote')}</p> : null}
      {locked ? (
        <p>
          {t('actions.kind')}: {t(`actionKind.${kind}`)}
        </p>
      ) : (
        <RadioGroup
          name={`${base}-kind`}
          legend={t('actions.kind')}
          value={kind}
          onChange={(v) => setKind(v as Kind)}
          options={actionKinds.map((k) => ({ value: k, label: t(`actionKind.${k}`) }))}
        />
      )}
      <TextArea
        id={`${base}-text`}
        label={t('actions.text')}
        value={text}
        onChange={setText}
        required
        readOnly={locked}
        error={textError}
        hint={kind === 'directive' ? t('actions.textHintDirective') : t('actions.textHintFollowUp')}
      />
      <div className="row">
        <SelectField
          id={`${base}-lead`}
          label={t('actions.lead')}
          value={leadOrgId}
          onChange={setLead}
          placeholder={t('common.notSet')}
          options={sorted.map((o) => ({ value: o.id, label: organisationLabel(o) }))}
          className="field--grow"
        />
        <DateInput id={`${base}-due`} label={t('actions.due')} value={due} onChange={(v) => setDue(v)} showErrors={showErrors} error={fieldErrorOf(error, 'dueDate')} />
        <SelectField
          id={`${base}-status`}
          label={t('actions.status')}
          value={status}
          onChange={(v) => setStatus(v as Status)}
          options={actionStatuses.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
        />
      </div>
      <fieldset className="org-checks">
        <legend>{t('actions.support')}</legend>
        <div className="org-checks__list">
          {sorted
            .filter((o) => o.id !== leadOrgId)
            .map((o) => (
              <label key={o.id} className="org-checks__choice" title={o.nameTh}>
                <input
                  type="checkbox"
                  checked={support.includes(o.id)}
                  onChange={(e) => setSupport(e.target.checked ? [...support, o.id] : support.filter((s) => s !== o.id))}
                />
                <span>{o.abbrTh || o.nameTh}</span>
              </label>
            ))}
        </div>
      </fieldset>
      {askPast && showErrors && dueIso ? (
        <div className="confirm" role="alertdialog" aria-labelledby={`${base}-past-text`}>
          <p id={`${base}-past-text`}>{t('actions.pastDue', { date: formatBeSlash(dueIso) })}</p>
          <div className="actions">
            <button type="button" id={`${base}-past-confirm`} className="button button--small button--primary" onClick={() => setPastConfirmed(dueIso)}>
              {t('actions.pastDueConfirm')}
            </button>
            <button type="button" className="button button--small" onClick={() => focusLater(`${base}-due`)}>
              {t('actions.pastDueFix')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
