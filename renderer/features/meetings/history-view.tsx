import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/schemas/audit';
import { errorMessage } from '../../api/client';
import { formatDateLong, formatTime, type MessageKey, useLang, useT } from '../../i18n/index';
import { useAppStores, useDirectory, useSeries } from '../../state/app-context';
import type { MeetingDetail } from '../../state/types';
import { FormError } from '../../ui/form-error';
import { describeEntry, entityName, type FoldedEntry, foldEntries, type HistoryContext } from './history-format';
import { localHhmm, localIsoDate } from '../../../shared/local-time';

const PAGE = 200;
const MAX = 1000;

/** Kinds of record the officer can narrow the history to. */
const groups: Record<string, readonly string[]> = {
  meeting: ['meetings'],
  attendance: ['attendance'],
  agenda: ['agenda_items', 'attachments', 'agenda_item_policies', 'item_disclosure'],
  actions: ['action_items', 'action_owners', 'progress_updates'],
  minutes: ['minutes', 'minutes_versions'],
  evidence: ['identity_checks', 'participant_reports', 'participant_rows', 'meeting_recordings', 'sent_documents'],
  exports: ['export_register', 'destruction_decisions'],
};

/** "ประวัติการแก้ไข": the meeting's audit log, newest first, by day: who, when, what, and what changed. */
export function HistoryView({ meeting, active }: { meeting: MeetingDetail; active: boolean }) {
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const people = useDirectory((s) => s.people);
  const organisations = useDirectory((s) => s.organisations);
  const sections = useSeries((s) => s.series.find((x) => x.id === meeting.seriesId)?.sections ?? null);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [group, setGroup] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setEntries(await stores.client.call('audit.list', { meetingId: meeting.id, limit }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [stores, meeting.id, limit]);

  // Read when shown, and again after each burst of changes to this meeting while shown.
  useEffect(() => {
    if (!active) return;
    void load();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = stores.client.on((event) => {
      if (event.type !== 'changed' || event.meetingId !== meeting.id) return;
      if (timer === null) timer = setTimeout(() => {
        timer = null;
        void load();
      }, 300);
    });
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [active, load, stores, meeting.id]);

  const ctx: HistoryContext = { t, lang, people, organisations, sections: sections ?? [], meeting };
  const shown = foldEntries((entries ?? []).filter((e) => !group || groups[group]?.includes(e.entity)));
  const days = new Map<string, FoldedEntry[]>();
  for (const e of shown) {
    const day = localIsoDate(e.at);
    days.set(day, [...(days.get(day) ?? []), e]);
  }

  return (
    <section className="card history" aria-labelledby="history-title">
      <div className="history__head">
        <h2 id="history-title">{t('history.title')}</h2>
        <div className="field history__filter">
          <label htmlFor="history-group">{t('history.filter')}</label>
          <select id="history-group" value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">{t('history.all')}</option>
            {Object.keys(groups).map((g) => (
              <option key={g} value={g}>
                {t(`history.group.${g}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">{t('history.explain')}</p>
      <FormError message={error} title={t('error.load')} />
      {entries === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {entries && shown.length === 0 ? <p className="muted">{t('history.none')}</p> : null}
      {[...days].map(([day, list]) => (
        <section key={day} className="history__day" aria-label={formatDateLong(lang, day)}>
          <h3 className="history__date">{formatDateLong(lang, day)}</h3>
          <ol className="history__list">
            {list.map((e) => {
              const d = describeEntry(e, ctx);
              return (
                <li key={e.id} className={`history__entry history__entry--${e.action}`} data-testid="history-entry" data-entity={e.entity}>
                  <time className="history__time" dateTime={e.at}>
                    {formatTime(lang, localHhmm(e.at))}
                  </time>
                  <div className="history__body">
                    <p className="history__what">
                      <strong>{d.what}</strong>
                      {d.which ? <span className="history__which"> {d.which}</span> : null}
                      <span className="history__who">
                        {' '}
                        {t('history.by', { actor: e.actor || '—' })}
                        {e.count > 1 ? ` · ${t('history.folded', { count: e.count, from: formatTime(lang, localHhmm(e.firstAt)) })}` : ''}
                      </span>
                    </p>
                    {d.changes.length ? (
                      <table className="history__changes">
                        <caption className="visually-hidden">{t('history.changesOf', { entity: entityName(e, ctx) })}</caption>
                        <thead className="visually-hidden">
                          <tr>
                            <th scope="col">{t('history.field')}</th>
                            <th scope="col">{t('history.before')}</th>
                            <th scope="col">{t('history.after')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {d.changes.map((c) => (
                            <tr key={c.field}>
                              <th scope="row">{c.label}</th>
                              <td className="history__before">{c.beforeEmpty ? <span className="muted">{c.before}</span> : <LongText text={c.before} as="del" />}</td>
                              <td className="history__after">
                                <span className="history__arrow" aria-hidden="true">
                                  →{' '}
                                </span>
                                {c.afterEmpty ? <span className="muted">{c.after}</span> : <LongText text={c.after} as="ins" />}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {entries && entries.length >= limit && limit < MAX ? (
        <button type="button" className="button" onClick={() => setLimit(Math.min(MAX, limit + PAGE))}>
          {t('history.more')}
        </button>
      ) : null}
    </section>
  );
}

const LONG = 280;

/** A long text (a whole discussion) starts folded, with a button to read all of it. */
function LongText({ text, as: Tag }: { text: string; as: 'del' | 'ins' }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (text.length <= LONG) return <Tag>{text}</Tag>;
  return (
    <>
      <Tag>{open ? text : `${text.slice(0, LONG)}…`}</Tag>{' '}
      <button type="button" className="button button--link history__more" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('history.showLess') : t('history.showAll')}
      </button>
    </>
  );
}
