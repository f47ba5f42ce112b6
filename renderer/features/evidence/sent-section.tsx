import { type FormEvent, useState } from 'react';
import type { EvidenceView } from '../../../shared/schemas/evidence';
import { parseThaiDateInput } from '../../../shared/thai';
import { useApi } from '../../state/app-context';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import type { MeetingDetail } from '../../state/types';
import { DateInput } from '../../ui/date-input';
import type { Apply } from './evidence-tab';
import { fileBase64 } from './file-bytes';

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** ม.8: the invitation and every paper as sent, frozen with their SHA-256 and the date they went. */
export function SentSection({ meeting, view, apply }: { meeting: MeetingDetail; view: EvidenceView; apply: Apply }) {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const [date, setDate] = useState('');
  const [channel, setChannel] = useState('ไปรษณีย์อิเล็กทรอนิกส์');
  const [file, setFile] = useState<File | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const sentOn = parseThaiDateInput(date) ?? date;
    await apply(async () => api.call('evidence.recordSent', {
      meetingId: meeting.id, sentOn, channel, invitation: file ? { fileName: file.name, base64: await fileBase64(file) } : undefined,
    }));
  }

  return (
    <section className="card" aria-labelledby="evidence-sent-title">
      <h3 id="evidence-sent-title">{t('evidence.sent.title')}</h3>
      {view.sent.length === 0 ? <p className="muted">{t('evidence.sent.none')}</p> : (
        <ul className="evidence-list" data-testid="evidence-sent">
          {view.sent.map((s) => (
            <li key={s.id}>
              {t('evidence.sent.row', {
                kind: s.kind === 'paper' ? t('evidence.sent.kind.paper', { item: s.agendaItemNumber ?? '' }) : t(`evidence.sent.kind.${s.kind}`),
                file: s.fileName, size: size(s.size), date: formatDateShort(lang, s.sentOn), channel: s.channel, hash: s.sha256,
              })}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void save(e)} className="evidence-form">
        <DateInput id="evidence-sent-date" label={t('evidence.sent.date')} value={date} onChange={(text) => setDate(text)} required />
        <div className="field"><label htmlFor="evidence-sent-channel">{t('evidence.sent.channel')}</label>
          <input id="evidence-sent-channel" value={channel} onChange={(e) => setChannel(e.target.value)} /></div>
        <div className="field"><label htmlFor="evidence-sent-file">{t('evidence.sent.invitation')}</label>
          <input id="evidence-sent-file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} /></div>
        <p className="evidence__actions"><button type="submit" className="button button--primary">{t('evidence.sent.save')}</button></p>
      </form>
    </section>
  );
}
