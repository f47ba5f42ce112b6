import { useEffect, useState } from 'react';
import { ReaderNote, useMay } from '../session';
import { FormError } from '../../ui/form-error';
import { policyKinds } from './policy-create-form';
import { PolicyTemplateEditor } from './policy-template-editor';
import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { paths } from '../../router';
import { usePolicies, usePoliciesStore } from '../../state/policies-store';
import './policies.css';

/** The stage templates of each kind: how a bill or a programme moves, stage by stage. */
export function PolicyTemplatesPage() {
  const t = useT();
  const store = usePoliciesStore();
  const templates = usePolicies((s) => s.templates);
  const status = usePolicies((s) => s.status);
  const error = usePolicies((s) => s.error);
  /** The template being edited, `new` for a new one. */
  // A reader reads the stages of each template; creating and editing them are the secretariat's.
  const mayCreate = useMay('stageTemplates.create');
  const mayEdit = useMay('stageTemplates.update');
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  function open(id: string) {
    setEditing(id);
    setMessage('');
  }
  function done(from: string, text: string) {
    setEditing(null);
    setMessage(text);
    focusLater(from === 'new' ? 'templates-new' : `template-${from}-edit`);
  }

  return (
    <div className="page templates-page">
      <p className="breadcrumb">
        <a href={paths.policies()}>← {t('policies.title')}</a>
      </p>
      <div className="page__head">
        <h1>{t('templates.title')}</h1>
        {editing === 'new' || !mayCreate ? null : (
          <button type="button" className="button button--primary" id="templates-new" onClick={() => open('new')}>
            + {t('templates.new')}
          </button>
        )}
      </div>
      <ReaderNote method="stageTemplates.update" />
      <p className="save-state" role="status">
        {message}
      </p>
      {editing === 'new' ? <PolicyTemplateEditor template={null} onDone={(text) => done('new', text)} /> : null}
      <FormError title={t('error.load')} message={error} />
      {status === 'loading' && templates.length === 0 ? <p className="muted">{t('common.loading')}</p> : null}
      {policyKinds.map((kind) => {
        const ofKind = templates.filter((tpl) => tpl.kind === kind);
        return (
          <section key={kind} className="card" aria-labelledby={`templates-${kind}-title`}>
            <h2 id={`templates-${kind}-title`}>{t(`policyKind.${kind}`)}</h2>
            {ofKind.length === 0 ? <p className="muted">{t('templates.empty')}</p> : null}
            <ul className="template-list">
              {ofKind.map((tpl) => (
                <li key={tpl.id} className="template-list__item">
                  <div className="template-list__head">
                    <strong>{tpl.nameTh}</strong>
                    <span className="muted"> · {t('templates.stageCount', { count: tpl.stages.length })}</span>
                    {editing === tpl.id || !mayEdit ? null : (
                      <button
                        type="button"
                        className="button button--small"
                        id={`template-${tpl.id}-edit`}
                        onClick={() => open(tpl.id)}
                        aria-label={t('templates.editLabel', { name: tpl.nameTh })}
                      >
                        {t('common.edit')}
                      </button>
                    )}
                  </div>
                  {editing === tpl.id ? (
                    <PolicyTemplateEditor template={tpl} onDone={(text) => done(tpl.id, text)} />
                  ) : (
                    <ol className="template-list__stages">
                      {[...tpl.stages]
                        .sort((a, b) => a.position - b.position)
                        .map((s) => (
                          <li key={s.id}>
                            {s.nameTh}
                            {s.terminal ? <span className="badge"> {t(`templates.terminal.${s.terminal}`)}</span> : null}
                          </li>
                        ))}
                    </ol>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
