import { useState } from 'react';
import type { ActionItem } from '../../../shared/schemas/meeting';
import { errorMessage } from '../../api/client';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { useAppStores, useDirectory } from '../../state/app-context';
import type { AgendaItem } from '../../state/types';
import { FormError } from '../../ui/form-error';
import { ActionForm } from './minutes-action-form';

/** Today in this computer's calendar, `YYYY-MM-DD`. */
const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export const isOverdue = (a: ActionItem, on = today()): boolean =>
  a.dueDate !== null && a.dueDate < on && (a.status === 'open' || a.status === 'in_progress');

/** The item's directives and follow-ups, each editable in place, and buttons to add either. */
export function MinutesActions({ item, actions, locked }: { item: AgendaItem; actions: readonly ActionItem[]; locked: boolean }) {
  const t = useT();
  const [adding, setAdding] = useState<ActionItem['kind'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = `actions-${item.id}-title`;
  const addId = (kind: ActionItem['kind']) => `actions-${item.id}-add-${kind}`;

  return (
    <section className="minutes-actions" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('actions.title')} <span className="count">{t('actions.count', { count: actions.length })}</span>
      </h4>
      <FormError message={error} />
      {actions.length === 0 && !adding ? <p className="muted">{t('actions.none')}</p> : null}
      {actions.length ? (
        <ol className="minutes-actions__list">
          {actions.map((a, i) => (
            <ActionRow key={a.id} action={a} index={i} locked={locked} onError={setError} afterDelete={() => focusLater(addId('directive'))} />
          ))}
        </ol>
      ) : null}
      {adding ? (
        <ActionForm
          agendaItemId={item.id}
          kind={adding}
          locked={false}
          onDone={(saved) => {
            const kind = adding;
            setAdding(null);
            focusLater(saved ? `action-${saved.id}-edit` : addId(kind));
          }}
        />
      ) : locked ? null : (
        <div className="actions">
          {(['directive', 'follow_up'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              id={addId(kind)}
              className="button button--small"
              onClick={() => {
                setError(null);
                setAdding(kind);
                focusLater(`action-new-${item.id}-text`);
              }}
            >
              + {t(kind === 'directive' ? 'actions.addDirective' : 'actions.addFollowUp')}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

interface RowProps {
  action: ActionItem;
  index: number;
  locked: boolean;
  onError(message: string | null): void;
  afterDelete(): void;
}

function ActionRow({ action: a, index, locked, onError, afterDelete }: RowProps) {
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const organisations = useDirectory((s) => s.organisations);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = `action-${a.id}`;
  const org = (orgId: string) => {
    const o = organisations.find((x) => x.id === orgId);
    return o ? o.abbrTh || o.nameTh : '';
  };
  const kind = t(`actionKind.${a.kind}`);
  const label = { kind, number: index + 1 };

  async function remove() {
    setBusy(true);
    onError(null);
    try {
      await stores.client.call('actions.delete', { id: a.id, version: a.version });
      await stores.meeting.getState().refresh();
      afterDelete();
    } catch (e) {
      onError(errorMessage(e));
      setBusy(false);
    }
  }

  if (editing) {
    return (
      <li className="minutes-action minutes-action--editing">
        <ActionForm
          agendaItemId={a.agendaItemId}
          action={a}
          locked={locked}
          onDone={() => {
            setEditing(false);
            focusLater(`${id}-edit`);
          }}
        />
      </li>
    );
  }

  const meta = [
    a.leadOrgId ? `${t('actions.lead')}: ${org(a.leadOrgId)}` : '',
    a.supportOrgIds.length ? `${t('actions.support')}: ${a.supportOrgIds.map(org).join(', ')}` : '',
    a.dueDate ? `${t('actions.due')} ${formatDateShort(lang, a.dueDate)}` : '',
  ].filter(Boolean);

  return (
    <li className="minutes-action" data-testid="action-row">
      <div className="minutes-action__body">
        <p className="minutes-action__text">
          <span className={`badge badge--action-${a.kind}`}>{kind}</span> {a.text}
        </p>
        <p className="minutes-action__meta">
          {meta.join(' · ')}
          {meta.length ? ' · ' : ''}
          <span className={`badge badge--action-status-${a.status}`}>{t(`actionStatus.${a.status}`)}</span>
          {isOverdue(a) ? <span className="badge badge--overdue">{t('actions.overdue')}</span> : null}
        </p>
      </div>
      <div className="row-actions">
        <button type="button" className="button button--small" id={`${id}-edit`} onClick={() => { setEditing(true); focusLater(`${id}-text`); }} aria-label={t('actions.editLabel', label)}>
          {t('common.edit')}
        </button>
        {locked ? null : confirming ? (
          <>
            <button type="button" className="button button--small button--danger" id={`${id}-confirm`} disabled={busy} onClick={remove}>
              {t('common.confirmDelete')}
            </button>
            <button type="button" className="button button--small" onClick={() => { setConfirming(false); focusLater(`${id}-delete`); }}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--small button--quiet-danger"
            id={`${id}-delete`}
            onClick={() => { setConfirming(true); focusLater(`${id}-confirm`); }}
            aria-label={t('actions.deleteLabel', label)}
          >
            {t('common.delete')}
          </button>
        )}
      </div>
    </li>
  );
}
