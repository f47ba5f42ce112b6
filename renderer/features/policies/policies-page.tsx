import { useEffect, useState } from 'react';
import { FormError } from '../../ui/form-error';
import { DateText } from './policy-common';
import { PolicyCreateForm, policyKinds } from './policy-create-form';
import { PolicyReportExport } from './policy-report-export';
import { useT } from '../../i18n/index';
import { compareThai } from '../../lib/labels';
import { paths } from '../../router';
import { useAppStores, useDirectory } from '../../state/app-context';
import { usePolicies, usePoliciesStore } from '../../state/policies-store';
import { ReaderNote, useMay } from '../session';
import './policies.css';

/** Every policy and bill followed across meetings: where each stands and since when. */
export function PoliciesPage() {
  const t = useT();
  const stores = useAppStores();
  const store = usePoliciesStore();
  const list = usePolicies((s) => s.list);
  const status = usePolicies((s) => s.status);
  const error = usePolicies((s) => s.error);
  const organisations = useDirectory((s) => s.organisations);
  const mayCreate = useMay('policies.create');
  const [creating, setCreating] = useState(false);
  const [kind, setKind] = useState('');

  useEffect(() => {
    void store.getState().load();
    if (stores.directory.getState().status === 'idle') void stores.directory.getState().load();
  }, [store, stores]);

  const shown = list.filter((p) => !kind || p.kind === kind).sort((a, b) => compareThai(a.titleTh, b.titleTh));
  const owner = (id: string | null) => organisations.find((o) => o.id === id);
  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('policies.title')}</h1>
        <div className="actions">
          <a className="button" href={paths.policyTemplates()}>
            {t('templates.link')}
          </a>
          {creating || !mayCreate ? null : (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              + {t('policies.new')}
            </button>
          )}
        </div>
      </div>
      <ReaderNote method="policies.create" />
      {creating ? <PolicyCreateForm onCancel={() => setCreating(false)} /> : null}
      <FormError title={t('error.load')} message={error} />
      <div className="card">
        <div className="toolbar">
          <div className="field field--inline">
            <label htmlFor="policies-kind">{t('policies.kind')}</label>
            <select id="policies-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">{t('policies.allKinds')}</option>
              {policyKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`policyKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <PolicyReportExport />
        </div>
        {status === 'loading' && list.length === 0 ? <p className="muted">{t('common.loading')}</p> : null}
        {status === 'ready' && shown.length === 0 ? <p className="muted">{t('policies.empty')}</p> : null}
        {shown.length ? (
          <table className="table policies-table">
            <thead>
              <tr>
                <th scope="col">{t('policies.col.title')}</th>
                <th scope="col">{t('policies.kind')}</th>
                <th scope="col">{t('policies.col.stage')}</th>
                <th scope="col">{t('policies.col.lastMoved')}</th>
                <th scope="col">{t('policies.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => {
                const org = owner(p.ownerOrgId);
                return (
                  <tr key={p.id}>
                    <td>
                      <a href={paths.policy(p.id)}>{p.shortTitle || p.titleTh}</a>
                      {p.shortTitle ? <p className="muted policies-table__full">{p.titleTh}</p> : null}
                    </td>
                    <td className="nowrap">{t(`policyKind.${p.kind}`)}</td>
                    <td>{p.currentStage ?? <span className="muted">—</span>}</td>
                    <td>
                      <DateText iso={p.lastMovedOn} />
                    </td>
                    <td title={org?.nameTh}>{org ? org.abbrTh || org.nameTh : <span className="muted">—</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </div>
    </div>
  );
}
