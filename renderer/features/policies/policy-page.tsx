import { useEffect } from 'react';
import { FormError } from '../../ui/form-error';
import { DateText, ItemRefLink } from './policy-common';
import { PolicyIndicators } from './policy-indicators';
import { PolicyMilestones } from './policy-milestones';
import { PolicyMoveForm } from './policy-move-form';
import { PolicyQuestions } from './policy-questions';
import { PolicyReportExport } from './policy-report-export';
import { PolicyStages, PolicyTimeline } from './policy-stages';
import { useT } from '../../i18n/index';
import { paths } from '../../router';
import { useAppStores, useDirectory } from '../../state/app-context';
import { stagesOf, usePolicies, usePoliciesStore } from '../../state/policies-store';
import { ReaderNote, useMay } from '../session';
import './policies.css';

/** One policy or bill: where it stands, how it got there, what is still open, and every item about it. */
export function PolicyPage({ id }: { id: string }) {
  const t = useT();
  const stores = useAppStores();
  const store = usePoliciesStore();
  const policy = usePolicies((s) => (s.detail?.id === id ? s.detail : null));
  const status = usePolicies((s) => s.detailStatus);
  const error = usePolicies((s) => s.detailError);
  const templates = usePolicies((s) => s.templates);
  const mayMove = useMay('policies.moveStage');
  const owner = useDirectory((s) => s.organisations.find((o) => o.id === policy?.ownerOrgId));

  useEffect(() => {
    void store.getState().loadDetail(id);
    if (stores.directory.getState().status === 'idle') void stores.directory.getState().load();
  }, [id, store, stores]);

  if (!policy) {
    return (
      <div className="page">
        <p className="breadcrumb">
          <a href={paths.policies()}>← {t('policies.title')}</a>
        </p>
        {status === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
        <FormError title={t('error.load')} message={error} />
        {error ? (
          <button type="button" className="button" onClick={() => void store.getState().loadDetail(id)}>
            {t('common.retry')}
          </button>
        ) : null}
      </div>
    );
  }

  const stages = stagesOf(templates, policy.templateId);
  const openQuestions = policy.questions.filter((q) => q.status === 'open').length;
  return (
    <div className="page policy-page">
      <p className="breadcrumb">
        <a href={paths.policies()}>← {t('policies.title')}</a>
      </p>
      <header className="page__head policy-page__head">
        <div>
          <p className="muted policy-page__kind">{t(`policyKind.${policy.kind}`)}</p>
          <h1>{policy.titleTh}</h1>
          <p className="policy-page__facts">
            <span>
              {t('policies.col.stage')}: <strong data-testid="policy-current-stage">{policy.currentStage ?? '—'}</strong>
            </span>
            <span>
              {t('policies.col.lastMoved')}: <DateText iso={policy.lastMovedOn} />
            </span>
            {owner ? (
              <span>
                {t('policies.owner')}: {owner.nameTh}
              </span>
            ) : null}
            {openQuestions ? <span className="badge badge--question-open">{t('policy.openQuestions', { count: openQuestions })}</span> : null}
          </p>
          {policy.description ? <p>{policy.description}</p> : null}
        </div>
      </header>
      <ReaderNote method="policies.update" />
      <div className="policy-page__report">
        <PolicyReportExport />
      </div>

      <div className="policy-page__grid">
        <section className="card" aria-labelledby="policy-timeline-title">
          <h2 id="policy-timeline-title">{t('policy.timeline')}</h2>
          <PolicyTimeline policy={policy} />
          {mayMove ? <PolicyMoveForm policy={policy} stages={stages} /> : null}
        </section>
        <section className="card" aria-labelledby="policy-stages-title">
          <h2 id="policy-stages-title">{t('policy.stages')}</h2>
          {stages.length ? <PolicyStages policy={policy} stages={stages} /> : <p className="muted">{t('policy.noTemplate')}</p>}
        </section>
      </div>

      <section className="card" aria-labelledby="policy-questions-title">
        <h2 id="policy-questions-title">{t('policy.questions')}</h2>
        <PolicyQuestions policy={policy} />
      </section>
      <section className="card" aria-labelledby="policy-milestones-title">
        <h2 id="policy-milestones-title">{t('policy.milestones')}</h2>
        <PolicyMilestones policy={policy} />
      </section>
      <section className="card" aria-labelledby="policy-indicators-title">
        <h2 id="policy-indicators-title">{t('policy.indicators')}</h2>
        <PolicyIndicators policy={policy} />
      </section>
      <section className="card" aria-labelledby="policy-items-title">
        <h2 id="policy-items-title">{t('policy.agendaItems')}</h2>
        {policy.agendaItems.length ? (
          <ul className="policy-items">
            {policy.agendaItems.map((i) => (
              <li key={i.agendaItemId}>
                <ItemRefLink at={i} withSubject />
                {i.meetingDate ? (
                  <span className="muted">
                    {' · '}
                    <DateText iso={i.meetingDate} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('policy.noItems')}</p>
        )}
      </section>
    </div>
  );
}
