import { useCallback, useEffect, useState } from 'react';
import type { EvidenceView } from '../../../shared/schemas/evidence';
import { ApiError, errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { useApi } from '../../state/app-context';
import type { MeetingDetail } from '../../state/types';
import { FormError } from '../../ui/form-error';
import { IdentitySection } from './identity-section';
import { RecordingSection } from './recording-section';
import { ReportSection } from './report-section';
import { SentSection } from './sent-section';
import './evidence.css';

/** What each section hands back after a change: the whole evidence as the core now has it. */
export type Apply = (change: () => Promise<EvidenceView>) => Promise<boolean>;

/**
 * หลักฐานการประชุมออนไลน์: identity checks, the conferencing system's participant report, the recording
 * and what was sent. Every change goes through the core and the screen shows what it answers.
 */
export function EvidenceTab({ meeting, active }: { meeting: MeetingDetail; active: boolean }) {
  const t = useT();
  const api = useApi();
  const [view, setView] = useState<EvidenceView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setView(await api.call('evidence.get', { meetingId: meeting.id }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [api, meeting.id]);

  // Attendance edited on the details tab shows here when the officer comes back.
  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  const apply: Apply = async (change) => {
    try {
      setView(await change());
      setError(null);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      // Refused on a stale copy (another officer changed the evidence): the newer copy is shown at once,
      // with the refusal naming who, so the officer decides again on what is there now.
      if (e instanceof ApiError && e.stale) {
        try {
          setView(await api.call('evidence.get', { meetingId: meeting.id }));
        } catch (reload) {
          console.warn('[lekha] evidence after a stale save', reload);
        }
      }
      return false;
    }
  };

  if (!view) return error ? <FormError message={error} title={t('error.load')} /> : <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="evidence">
      <section className="card" aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t('evidence.title')}</h2>
        <p className="muted">{t('evidence.intro')}</p>
        <p className="evidence__hash" data-testid="evidence-manifest">{t('evidence.manifest', { hash: view.manifestHash })}</p>
        {view.locked ? <p className="notice notice--locked">{t('evidence.locked')}</p> : null}
        {view.certifiedManifestMatches === false ? <p className="notice notice--error" role="alert">{t('evidence.certifiedDiffers')}</p> : null}
        {view.certifiedManifestMatches === true ? <p className="notice">{t('evidence.certifiedMatches')}</p> : null}
        <FormError message={error} />
      </section>
      <fieldset className="plain-fieldset" disabled={view.locked}>
        <IdentitySection meeting={meeting} view={view} apply={apply} />
        <ReportSection meetingId={meeting.id} view={view} apply={apply} />
        <RecordingSection meetingId={meeting.id} view={view} apply={apply} />
        <SentSection meeting={meeting} view={view} apply={apply} />
      </fieldset>
    </div>
  );
}
