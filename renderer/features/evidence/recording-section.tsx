import { type FormEvent, useState } from 'react';
import type { EvidenceView } from '../../../shared/schemas/evidence';
import { useApi } from '../../state/app-context';
import { useT } from '../../i18n/index';
import type { Apply } from './evidence-tab';
import { fileSha256 } from './file-bytes';

/** ม.9(4): the recording's name, length, SHA-256 and where it is kept; a secret meeting is not recorded. */
export function RecordingSection({ meetingId, view, apply }: { meetingId: string; view: EvidenceView; apply: Apply }) {
  const t = useT();
  const api = useApi();
  const r = view.recording;
  const [fileName, setFileName] = useState(r?.fileName ?? '');
  const [sha256, setSha256] = useState(r?.sha256 ?? '');
  const [minutes, setMinutes] = useState(r ? String(Math.round(r.durationSeconds / 60)) : '');
  const [location, setLocation] = useState(r?.location ?? '');
  const [traffic, setTraffic] = useState(r?.trafficLocation ?? '');
  const [busy, setBusy] = useState('');

  async function pick(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setBusy(t('evidence.recording.hashing'));
    try {
      setSha256(await fileSha256(file));
      // The length from the file itself where the browser can read it (audio and video it knows).
      const media = document.createElement(file.type.startsWith('audio') ? 'audio' : 'video');
      media.preload = 'metadata';
      media.onloadedmetadata = () => {
        if (Number.isFinite(media.duration)) setMinutes(String(Math.round(media.duration / 60)));
        URL.revokeObjectURL(media.src);
      };
      media.src = URL.createObjectURL(file);
    } finally {
      setBusy('');
    }
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    await apply(() => api.call('evidence.setRecording', {
      meetingId, fileName, sha256: sha256.trim().toLowerCase(), durationSeconds: Math.round(Number(minutes) * 60) || 0, location, trafficLocation: traffic,
      version: view.recording?.version ?? 0,
    }));
  }

  return (
    <section className="card" aria-labelledby="evidence-recording-title">
      <h3 id="evidence-recording-title">{t('evidence.recording.title')}</h3>
      {view.secret ? <p className="notice">{t('evidence.recording.secret')}</p> : (
        <form onSubmit={(e) => void save(e)} className="evidence-form">
          {r ? <p data-testid="evidence-recording">{t('evidence.recording.current', { file: r.fileName, minutes: Math.round(r.durationSeconds / 60), location: r.location, hash: r.sha256 })}</p> : null}
          <div className="field">
            <label htmlFor="evidence-recording-file">{t('evidence.recording.pick')}</label>
            <input id="evidence-recording-file" type="file" accept="audio/*,video/*" onChange={(e) => void pick(e.target.files?.[0])} />
            <span role="status">{busy}</span>
          </div>
          <div className="field"><label htmlFor="evidence-recording-name">{t('evidence.recording.fileName')}</label>
            <input id="evidence-recording-name" value={fileName} onChange={(e) => setFileName(e.target.value)} /></div>
          <div className="field"><label htmlFor="evidence-recording-sha">{t('evidence.recording.sha256')}</label>
            <input id="evidence-recording-sha" value={sha256} spellCheck={false} className="evidence__hash-input" onChange={(e) => setSha256(e.target.value)} /></div>
          <div className="field"><label htmlFor="evidence-recording-minutes">{t('evidence.recording.minutes')}</label>
            <input id="evidence-recording-minutes" inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} /></div>
          <div className="field"><label htmlFor="evidence-recording-location">{t('evidence.recording.location')}</label>
            <input id="evidence-recording-location" value={location} onChange={(e) => setLocation(e.target.value)} /></div>
          <div className="field"><label htmlFor="evidence-recording-traffic">{t('evidence.recording.traffic')}</label>
            <input id="evidence-recording-traffic" value={traffic} onChange={(e) => setTraffic(e.target.value)} /></div>
          <p className="evidence__actions">
            <button type="submit" className="button button--primary">{t('evidence.recording.save')}</button>{' '}
            {r ? <button type="button" className="button" onClick={() => void apply(() => api.call('evidence.clearRecording', { meetingId, version: r.version }))}>{t('evidence.recording.clear')}</button> : null}
          </p>
        </form>
      )}
    </section>
  );
}
