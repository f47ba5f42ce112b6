import { useLang, useT } from '../../i18n/index';
import type { PolicyDetail, StageTemplate } from '../../state/policies-store';
import { DateText, ItemRefLink } from './policy-common';

type Stage = StageTemplate['stages'][number];

/** The template's stages in order, the current one marked; stages already passed are ticked. */
export function PolicyStages({ policy, stages }: { policy: PolicyDetail; stages: Stage[] }) {
  const t = useT();
  const lang = useLang();
  const current = stages.find((s) => s.id === policy.currentStageId);
  const reached = new Set(policy.history.map((h) => h.stageId));
  return (
    <ol className="policy-stages" aria-label={t('policy.stages')}>
      {stages.map((s) => {
        const isCurrent = s.id === policy.currentStageId;
        const state = isCurrent ? 'current' : current && s.position < current.position && reached.has(s.id) ? 'done' : 'todo';
        return (
          <li key={s.id} className={`policy-stages__stage policy-stages__stage--${state}${s.terminal ? ' policy-stages__stage--end' : ''}`} aria-current={isCurrent ? 'step' : undefined}>
            <span className="policy-stages__position" aria-hidden="true">
              {state === 'done' ? '✓' : s.position}
            </span>
            <span>{lang === 'en' ? s.nameEn : s.nameTh}</span>
            {isCurrent ? <span className="badge badge--policy-current">{t('policy.currentStage')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Every movement, oldest first: date, stage, note, and where it was decided. */
export function PolicyTimeline({ policy }: { policy: PolicyDetail }) {
  const t = useT();
  const history = [...policy.history].sort((a, b) => a.date.localeCompare(b.date));
  if (!history.length) return <p className="muted">{t('policy.noHistory')}</p>;
  return (
    <ol className="policy-timeline" aria-label={t('policy.timeline')}>
      {history.map((h) => (
        <li key={h.id} className="policy-timeline__entry" data-testid="policy-history">
          <p className="policy-timeline__date">
            <DateText iso={h.date} />
          </p>
          <div>
            <p className="policy-timeline__stage">{h.stage}</p>
            {h.note ? <p className="policy-timeline__note">{h.note}</p> : null}
            {h.decidedAt ? (
              <p className="policy-timeline__ref">
                <ItemRefLink at={h.decidedAt} />
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
