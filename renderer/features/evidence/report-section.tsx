import { useRef, useState } from 'react';
import { conferencingSystemNames, type EvidenceView } from '../../../shared/schemas/evidence';
import { useApi } from '../../state/app-context';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import type { Apply } from './evidence-tab';
import { fileBase64 } from './file-bytes';

const hhmm = (local: string | null) => (local ? local.slice(11, 16).replace(':', '.') : '—');

/** ม.9(5): the system's participant report imported, its rows matched to attendees; what matches nobody, matched by hand. */
export function ReportSection({ meetingId, view, apply }: { meetingId: string; view: EvidenceView; apply: Apply }) {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [choice, setChoice] = useState<Record<string, string>>({});
  const present = view.attendees.filter((a) => a.presence === 'onsite' || a.presence === 'electronic');

  async function importFile(file: File | undefined) {
    if (!file) return;
    setStatus('');
    await apply(async () => {
      const r = await api.call('evidence.importReport', { meetingId, fileName: file.name, base64: await fileBase64(file) });
      setStatus(t('evidence.report.imported', { file: file.name, system: conferencingSystemNames[r.system], matched: r.matched.length, unmatched: r.unmatched.length }));
      return r.view;
    });
    if (input.current) input.current.value = '';
  }

  const traffic = view.attendees.filter((a) => a.sessions > 0);
  return (
    <section className="card" aria-labelledby="evidence-report-title">
      <h3 id="evidence-report-title">{t('evidence.report.title')}</h3>
      <div className="field">
        <label htmlFor="evidence-report-file">{t('evidence.report.pick')}</label>
        <input ref={input} id="evidence-report-file" type="file" accept=".csv,.txt,.tsv,text/csv" onChange={(e) => void importFile(e.target.files?.[0])} />
      </div>
      <p role="status" data-testid="evidence-import-status">{status}</p>
      {view.reports.length ? (
        <ul className="evidence-list">
          {view.reports.map((r) => (
            <li key={r.id}>
              {t('evidence.report.file', { system: conferencingSystemNames[r.system], file: r.fileName, rows: r.rows.length, at: formatDateShort(lang, r.importedAt.slice(0, 10)), by: r.importedBy })}
              <code className="evidence__hash"> SHA-256 {r.sha256}</code>{' '}
              <button type="button" className="button button--small" onClick={() => void apply(() => api.call('evidence.removeReport', { id: r.id, version: r.version }))}>
                {t('evidence.report.remove', { file: r.fileName })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      {traffic.length ? (
        <>
          <h4>{t('evidence.traffic.title')}</h4>
          <table className="evidence-table" data-testid="evidence-traffic">
            <thead>
              <tr>
                <th scope="col">{t('evidence.identity.name')}</th>
                <th scope="col">{t('evidence.traffic.first')}</th>
                <th scope="col">{t('evidence.traffic.last')}</th>
                <th scope="col">{t('evidence.traffic.minutes')}</th>
                <th scope="col">{t('evidence.traffic.sessions')}</th>
              </tr>
            </thead>
            <tbody>
              {traffic.map((a) => (
                <tr key={a.attendanceId}>
                  <th scope="row">{a.name}</th>
                  <td>{hhmm(a.firstJoin)}</td>
                  <td>{hhmm(a.lastLeave)}</td>
                  <td>{a.minutes ?? '—'}</td>
                  <td>{a.sessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {view.notInReport.length ? <p className="notice" data-testid="evidence-not-in-report">{t('evidence.traffic.notInReport', { names: view.notInReport.join(', ') })}</p> : null}

      {view.reports.length ? (
        <>
          <h4 id="evidence-unmatched-title">{t('evidence.unmatched.title')}</h4>
          {view.unmatched.length === 0 ? <p className="muted">{t('evidence.unmatched.none')}</p> : (
            <ul className="evidence-list" aria-labelledby="evidence-unmatched-title" data-testid="evidence-unmatched">
              {view.unmatched.map((row) => (
                <li key={row.id}>
                  <span>{t('evidence.unmatched.row', { line: row.line, name: row.displayName })}{row.email ? ` · ${row.email}` : ''} · {hhmm(row.joinedAt)}–{hhmm(row.leftAt)}</span>{' '}
                  <select aria-label={t('evidence.unmatched.choose', { name: row.displayName })} value={choice[row.id] ?? ''} onChange={(e) => setChoice((c) => ({ ...c, [row.id]: e.target.value }))}>
                    <option value="">{t('evidence.unmatched.pick')}</option>
                    {present.map((a) => <option key={a.attendanceId} value={a.attendanceId}>{a.name}</option>)}
                  </select>{' '}
                  <button type="button" className="button button--small" disabled={!choice[row.id]}
                    onClick={() => void apply(() => api.call('evidence.matchRow', { rowId: row.id, attendanceId: choice[row.id], version: row.version }))}>
                    {t('evidence.unmatched.match')}
                  </button>{' '}
                  <button type="button" className="button button--small" onClick={() => void apply(() => api.call('evidence.matchRow', { rowId: row.id, attendanceId: null, ignore: true, version: row.version }))}>
                    {t('evidence.unmatched.ignore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
