import { useEffect, useRef, useState } from 'react';
import { ActionsBulk } from './actions-bulk';
import { ActionsExport } from './actions-export';
import { ActionsFilters } from './actions-filters';
import { ActionsList } from './actions-list';
import { ActionsPressExport } from './actions-press-export';
import { ActionsProgressPanel } from './actions-progress-panel';
import { FormError } from '../../ui/form-error';
import { formatNumber } from '../policies';
import { useLang, useT } from '../../i18n/index';
import { meetingNumber } from '../../lib/labels';
import { navigate, paths } from '../../router';
import { useAppStores, useDirectory } from '../../state/app-context';
import { type ActionRow, rememberOrg, useActions, useActionsStore } from './actions-store';
import { usePoliciesStore } from '../../state/policies-store';
import { useMay, useSession } from '../session';
import './actions.css';

/**
 * Every action across meetings, filtered and sorted; `org` (an agency's Thai abbreviation, from
 * `#/actions?org=สสช.`) narrows it to one agency, for the officer who only follows their own.
 */
export function ActionsPage({ org, overdue = false }: { org: string | null; overdue?: boolean }) {
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const store = useActionsStore();
  const policies = usePoliciesStore();
  const organisations = useDirectory((s) => s.organisations);
  const directoryStatus = useDirectory((s) => s.organisationsStatus);
  const meeting = useActions((s) => (s.meeting && s.meeting.id === s.filters.meetingId ? s.meeting : null));
  const total = useActions((s) => s.total);
  const error = useActions((s) => s.error);
  const firstPending = useActions((s) => Boolean(s.loadingPages[0]));
  const [open, setOpen] = useState<ActionRow | null>(null);
  const applied = useRef<string | null>(null);
  // Team mode: controls the officer's role would only be refused at are not offered (shared/permissions.ts).
  const mayBulk = useMay('actions.bulkStatus');
  const mayPress = useMay('reports.press');
  const reporter = useSession((s) => s.officer?.role === 'reporter');

  useEffect(() => {
    // The agencies only: the tracker shows no person, and 20 years' directory of people is 200 KB.
    if (stores.directory.getState().organisationsStatus === 'idle') void stores.directory.getState().loadOrganisations();
    if (policies.getState().status === 'idle') void policies.getState().load();
  }, [stores, policies]);

  const chosen = org ? organisations.find((o) => o.abbrTh === org || o.abbrEn === org) : undefined;
  const unknownOrg = Boolean(org) && directoryStatus === 'ready' && !chosen;

  // The address decides the agency; the list is read once the agency is known.
  useEffect(() => {
    if (org && directoryStatus !== 'ready' && directoryStatus !== 'error') return;
    const target = chosen?.id;
    const key = `${target ?? ''}:${overdue}`;
    if (applied.current === key) return;
    applied.current = key;
    if (chosen) rememberOrg(org);
    setOpen(null);
    // From the home page's overdue counts: the agency's overdue directives, as counted there.
    void store.getState().setFilters(overdue ? { organisationId: target, overdue: true } : { organisationId: target });
  }, [org, overdue, chosen, directoryStatus, store]);

  function chooseOrganisation(id: string) {
    const o = organisations.find((x) => x.id === id);
    const abbr = o ? o.abbrTh || o.abbrEn || null : null;
    rememberOrg(abbr);
    navigate(paths.actions(abbr));
  }

  return (
    <div className="page page--wide">
      <div className="page__head">
        <div>
          <h1>{chosen ? t('tracker.titleOf', { org: chosen.abbrTh || chosen.nameTh }) : t('tracker.title')}</h1>
          {chosen ? (
            <p className="muted">
              {chosen.nameTh}
              {reporter ? null : (
                <>
                  {' · '}
                  <a href={paths.actions()} onClick={() => rememberOrg(null)}>
                    {t('tracker.allOrganisations')}
                  </a>
                </>
              )}
            </p>
          ) : null}
        </div>
        <ActionsExport />
      </div>
      {unknownOrg ? <FormError message={t('tracker.unknownOrg', { org: org ?? '' })} /> : null}
      <div className="card">
        <ActionsFilters onOrganisation={chooseOrganisation} />
      </div>
      {meeting && mayPress ? (
        <div className="card card--slim">
          <ActionsPressExport meetingId={meeting.id} meetingLabel={meetingNumber(meeting)} />
        </div>
      ) : null}
      <FormError title={t('error.load')} message={error} />
      {error ? (
        <button type="button" className="button" onClick={() => void store.getState().reload()}>
          {t('common.retry')}
        </button>
      ) : null}
      <div className="tracker-head">
        <p className="tracker-head__total" role="status" data-testid="tracker-total">
          {total === null || firstPending ? t('common.loading') : t('tracker.total', { count: formatNumber(total, lang) })}
        </p>
        {mayBulk ? <ActionsBulk /> : null}
      </div>
      <div className={`tracker-layout${open ? ' tracker-layout--panel' : ''}`}>
        {total === 0 && !firstPending ? <p className="card empty-state">{t('tracker.empty')}</p> : <ActionsList selectable={mayBulk} openId={open?.id ?? null} onOpen={(row) => setOpen(open?.id === row.id ? null : row)} />}
        {open ? <ActionsProgressPanel key={open.id} row={open} onClose={() => setOpen(null)} /> : null}
      </div>
    </div>
  );
}
