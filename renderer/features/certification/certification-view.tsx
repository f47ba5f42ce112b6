import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { meetingNumber } from '../../lib/labels';
import { useMinutes, useMinutesStore } from '../../state/minutes-store';
import type { MeetingDetail } from '../../state/types';
import { CertificationForm } from './certification-form';
import { CertificationRecord } from './certification-record';
import { FormError } from '../../ui/form-error';
import { VersionsList } from './versions-list';
import { useMay } from '../session';
import './certification.css';

const steps = ['draft', 'circulated', 'certified'] as const;

/** "การรับรองและฉบับต่าง ๆ": where the minutes stand, circulate, certify, and every stored version. */
export function CertificationView({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const minutes = useMinutes((s) => s.minutes);
  const status = useMinutes((s) => s.status);
  const loadError = useMinutes((s) => s.error);
  const store = useMinutesStore();
  // A reader follows where the minutes stand and reads every version; circulating and certifying are not offered.
  const mayCirculate = useMay('minutes.circulate');
  const mayCertify = useMay('minutes.certify');

  if (!minutes) {
    return (
      <div className="card">
        {status === 'error' ? (
          <>
            <FormError message={loadError} title={t('error.load')} />
            <button type="button" className="button" onClick={() => void store.getState().load(meeting.id)}>
              {t('common.retry')}
            </button>
          </>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }
  const current = steps.indexOf(minutes.status);
  // Items still without มติที่ประชุม (a parent item may be resolved through its sub-items).
  const unresolved = meeting.agendaItems
    .filter((i) => !i.resolution.trim() && !meeting.agendaItems.some((c) => c.parentId === i.id))
    .map((i) => i.number);

  return (
    <div className="certification">
      <section className="card" aria-labelledby="certification-title">
        <h2 id="certification-title">{t('certify.title', { number: meetingNumber(meeting) })}</h2>
        <ol className="steps" aria-label={t('certify.steps')} data-testid="minutes-steps">
          {steps.map((step, i) => (
            <li
              key={step}
              className={`steps__step${i < current ? ' steps__step--done' : ''}${i === current ? ' steps__step--current' : ''}`}
              aria-current={i === current ? 'step' : undefined}
            >
              <span className="steps__marker" aria-hidden="true">
                {i < current ? '✓' : i + 1}
              </span>
              <span className="steps__label">{t(`minutes.${step}`)}</span>
            </li>
          ))}
        </ol>
        {minutes.status === 'certified' ? (
          <CertificationRecord meeting={meeting} minutes={minutes} />
        ) : (
          <>
            {mayCirculate ? <Circulate circulated={minutes.status === 'circulated'} versions={minutes.versions.length} unresolved={unresolved} /> : null}
            {/* Circulating changes what may be chosen (and the likely choice): the form starts again. */}
            {mayCertify ? <CertificationForm key={minutes.status} meeting={meeting} minutes={minutes} /> : null}
          </>
        )}
      </section>
      <section className="card" aria-labelledby="versions-title">
        <VersionsList meeting={meeting} minutes={minutes} />
      </section>
    </div>
  );
}

/** แจ้งเวียน: stores a version of the draft as it is now and marks the minutes circulated. */
function Circulate({ circulated, versions, unresolved }: { circulated: boolean; versions: number; unresolved: string[] }) {
  const t = useT();
  const store = useMinutesStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  async function circulate() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const minutes = await store.getState().circulate();
      setDone(minutes.versions.at(-1)?.version ?? null);
    } catch (e) {
      setError(errorMessage(e));
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="subform circulate">
      <h3 className="subform__title">{circulated ? t('certify.recirculateTitle') : t('certify.circulateTitle')}</h3>
      <p>{circulated ? t('certify.recirculateExplain', { next: versions + 1 }) : t('certify.circulateExplain')}</p>
      {unresolved.length ? (
        <p className="notice" data-testid="unresolved">
          {t('certify.unresolved', { count: unresolved.length, numbers: unresolved.join(', ') })}
        </p>
      ) : null}
      <FormError ref={errorRef} message={error} />
      <div className="actions">
        <button type="button" className="button button--primary" onClick={circulate} disabled={busy}>
          {busy ? t('certify.circulating') : circulated ? t('certify.recirculate') : t('certify.circulate')}
        </button>
        <p className="save-state" role="status">
          {done !== null ? t('certify.circulated', { version: done }) : ''}
        </p>
      </div>
    </div>
  );
}
