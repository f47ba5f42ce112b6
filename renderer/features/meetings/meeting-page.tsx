import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useState } from 'react';
import { AgendaEditor } from '../agenda';
import { AttendanceEditor } from '../attendance';
import { MinutesBadge, StatusBadge } from '../../ui/badges';
import { CertificationView } from '../certification';
import { EvidenceTab } from '../evidence';
import { ExportPanel } from './export-panel';
import { useMay } from '../session';
import { MeetingDelete } from './meeting-delete';
import { FormError } from '../../ui/form-error';
import { HistoryView } from './history-view';
import { MeetingDetailsForm } from './meeting-details-form';
import { MinutesDrafting } from '../minutes';
import { ShortcutsHelp } from '../../ui/shortcuts-help';
import { isSaveKey, useKeydown } from '../../ui/shortcuts-keys';
import { formatDateLong, formatTime, type MessageKey, useLang, useT } from '../../i18n/index';
import { meetingNumber } from '../../lib/labels';
import { paths } from '../../router';
import { useAppStores, useMeeting, useSeries } from '../../state/app-context';
import { useMinutes, useMinutesStore } from '../../state/minutes-store';
import './meeting-page.css';

const tabs = ['info', 'minutes', 'certification', 'evidence', 'history'] as const;
type Tab = (typeof tabs)[number];
const tabLabel: Record<Tab, MessageKey> = {
  info: 'meetingPage.tab.info',
  minutes: 'meetingPage.tab.minutes',
  certification: 'meetingPage.tab.certification',
  evidence: 'meetingPage.tab.evidence',
  history: 'meetingPage.tab.history',
};

const tabKey = (id: string) => `lekha.meeting-tab:${id}`;

/** The tab the officer was on before a reload (this browser tab only). */
function rememberedTab(id: string): Tab {
  try {
    const value = globalThis.sessionStorage?.getItem(tabKey(id));
    return (tabs as readonly string[]).includes(value ?? '') ? (value as Tab) : 'info';
  } catch {
    return 'info';
  }
}

/** One meeting: its header, then tabs for its details, the minutes, their certification, and the history. */
export function MeetingPage({ id, item = null }: { id: string; item?: string | null }) {
  const mayExport = useMay('documents.export');
  const mayEdit = useMay('meetings.update');
  const mayDelete = useMay('meetings.delete');
  // The evidence of attendance and the history of who changed what are the secretariat's (evidence.get,
  // audit.list): a reader is not shown tabs that would only show the core's refusal.
  const mayEvidence = useMay('evidence.get');
  const mayHistory = useMay('audit.list');
  const shownTabs = tabs.filter((name) => (name !== 'evidence' || mayEvidence) && (name !== 'history' || mayHistory));
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const minutesStore = useMinutesStore();
  const detail = useMeeting((s) => (s.id === id ? s.detail : null));
  const status = useMeeting((s) => s.status);
  const error = useMeeting((s) => s.error);
  const certifiedOn = useMinutes((s) => (s.meetingId === id ? (s.minutes?.certifiedOn ?? null) : null));
  const series = useSeries((s) => (detail ? s.series.find((x) => x.id === detail.seriesId) : undefined));
  const [tab, setTab] = useState<Tab>(() => {
    const remembered = rememberedTab(id);
    return shownTabs.includes(remembered) ? remembered : 'info';
  });
  // A tab once shown stays mounted (hidden), so what is typed in its forms survives switching tabs.
  const [visited, setVisited] = useState<ReadonlySet<Tab>>(() => new Set([tab]));

  useEffect(() => {
    void stores.meeting.getState().load(id);
    void stores.series.getState().load();
    void stores.directory.getState().load();
    void minutesStore.getState().load(id);
  }, [stores, minutesStore, id]);

  useEffect(() => {
    if (detail) document.title = `${t('meeting.number', { number: meetingNumber(detail) })} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [detail, t]);

  // Ctrl+S outside the drafting view: submit the form being typed in (never the browser's "save page").
  useKeydown((e) => {
    if (!isSaveKey(e)) return;
    e.preventDefault();
    const form = document.activeElement instanceof HTMLElement ? document.activeElement.closest('form') : null;
    form?.requestSubmit();
  }, tab !== 'minutes');

  // Opened at an agenda item (from search): the meeting's details, where the agenda opens that item and focuses it.
  const hasDetail = detail !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per item asked, when the meeting has loaded
  useEffect(() => {
    if (item && hasDetail) choose('info');
  }, [item, hasDetail]);

  function choose(next: Tab, focus = false) {
    setTab(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
    try {
      globalThis.sessionStorage?.setItem(tabKey(id), next);
    } catch {
      // only a convenience: the first tab opens after a reload instead
    }
    if (focus) requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  }

  function onTabKey(e: ReactKeyboardEvent) {
    const index = shownTabs.indexOf(tab);
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: shownTabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    choose(shownTabs[(to + shownTabs.length) % shownTabs.length], true);
  }

  const back = (
    <p className="breadcrumb">
      <a href={paths.meetings()}>← {t('nav.back')}</a>
    </p>
  );
  if (!detail) {
    return (
      <div className="page">
        {back}
        {status === 'error' ? (
          <>
            <FormError message={error} title={t('error.load')} />
            <button type="button" className="button" onClick={() => void stores.meeting.getState().load(id)}>
              {t('common.retry')}
            </button>
          </>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }

  const locked = detail.minutesStatus === 'certified';
  const when = [
    detail.date ? formatDateLong(lang, detail.date) : t('meeting.dateNotSet'),
    detail.startTime
      ? detail.endTime
        ? t('meeting.timeRange', { start: formatTime(lang, detail.startTime), end: formatTime(lang, detail.endTime) })
        : t('meeting.timeFrom', { start: formatTime(lang, detail.startTime) })
      : '',
  ].filter(Boolean);

  const panel = (name: Tab, content: React.ReactNode) =>
    visited.has(name) ? (
      <div role="tabpanel" id={`panel-${name}`} aria-labelledby={`tab-${name}`} hidden={tab !== name} className="tab-panel">
        {content}
      </div>
    ) : null;

  return (
    // One width for every tab (the drafting tab needs it), so the header and the tab bar never move.
    <div className="page page--wide">
      {back}
      <header className="meeting-head card">
        <div className="meeting-head__actions">
          {/* Documents are the secretariat's (a file cannot be redacted after the fact): a reader is not offered them. */}
          {mayExport ? <ExportPanel meeting={detail} /> : null}
        </div>
        <p className="meeting-head__series">{series?.nameTh ?? ''}</p>
        <h1>
          {t('meeting.number', { number: meetingNumber(detail) })}
          <StatusBadge status={detail.status} />
          <MinutesBadge status={detail.minutesStatus} labelled />
        </h1>
        <p className="meeting-head__when">{when.join(' · ')}</p>
        <p className="meeting-head__where">
          {[detail.venue, t(`mode.${detail.mode}`), detail.mode !== 'onsite' ? detail.conferencing : ''].filter(Boolean).join(' · ')}
        </p>
        {detail.illustrativeNote ? <p className="meeting-head__note">{detail.illustrativeNote}</p> : null}
      </header>
      {locked ? (
        <p className="notice notice--locked" data-testid="meeting-locked">
          {certifiedOn
            ? t('meetingPage.lockedOn', { number: meetingNumber(detail), date: formatDateLong(lang, certifiedOn) })
            : t('meetingPage.locked', { number: meetingNumber(detail) })}
        </p>
      ) : null}

      <div className="tabs">
        <div className="tabs__list" role="tablist" aria-label={t('meetingPage.tabs')} onKeyDown={onTabKey} tabIndex={-1}>
          {shownTabs.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              className="tabs__tab"
              onClick={() => choose(name)}
            >
              {t(tabLabel[name])}
            </button>
          ))}
        </div>
        <ShortcutsHelp />
      </div>

      {panel(
        'info',
        <>
          <section className="card" aria-labelledby="details-title">
            {/* Certified, or a reader's account: the header fields are shown, not edited (the core would refuse). */}
            <fieldset className="plain-fieldset" disabled={locked || !mayEdit}>
              <MeetingDetailsForm meeting={detail} />
            </fieldset>
          </section>
          <section className="card" aria-labelledby="attendance-title">
            <AttendanceEditor meeting={detail} />
          </section>
          <section className="card" aria-label={t('meetingPage.agenda')}>
            <AgendaEditor meeting={detail} focusItem={item} />
          </section>
          {mayDelete ? <MeetingDelete meeting={detail} /> : null}
        </>,
      )}
      {panel('minutes', <MinutesDrafting meeting={detail} active={tab === 'minutes'} />)}
      {panel('certification', <CertificationView meeting={detail} />)}
      {mayEvidence ? panel('evidence', <EvidenceTab meeting={detail} active={tab === 'evidence'} />) : null}
      {mayHistory ? panel('history', <HistoryView meeting={detail} active={tab === 'history'} />) : null}
      {status === 'error' && error ? <FormError message={error} title={t('error.load')} /> : null}
    </div>
  );
}
