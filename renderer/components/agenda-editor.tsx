import { useState } from 'react';
import { errorMessage } from '../api/client';
import { useLang, useT } from '../i18n';
import { focusLater } from '../lib/errors';
import { useAppStores, useDirectory, useSeries } from '../state/app-context';
import type { AgendaItem, MeetingDetail, SeriesSection } from '../state/types';
import { AgendaItemForm } from './agenda-item-form';
import { FormError } from './form-error';

/** The agenda by the series' sections, in their order; items numbered by the core (`4.1`). */
export function AgendaEditor({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const series = useSeries((s) => s.series.find((x) => x.id === meeting.seriesId));
  const sections = series ? [...series.sections].sort((a, b) => a.position - b.position) : [];
  return (
    <div className="agenda">
      <h2>{t('meetingPage.agenda')}</h2>
      {series && sections.length === 0 ? <p className="muted">{t('agenda.noSections')}</p> : null}
      {sections.map((section) => (
        <AgendaSection key={section.id} section={section} items={meeting.agendaItems.filter((i) => i.sectionId === section.id)} />
      ))}
    </div>
  );
}

function AgendaSection({ section, items }: { section: SeriesSection; items: AgendaItem[] }) {
  const t = useT();
  const lang = useLang();
  const template = useSeries((s) => s.templates.find((x) => x.kind === section.kind));
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = lang === 'en' && template ? template.titleEn : section.titleTh;
  const topLevel = items.filter((i) => i.parentId === null).sort((a, b) => a.position - b.position);
  const headingId = `section-${section.id}`;
  const addId = `section-${section.id}-add`;

  return (
    <section className="agenda__section" aria-labelledby={headingId} data-testid={`agenda-section-${section.position}`}>
      <h3 id={headingId}>{t('agenda.sectionTitle', { number: section.position, title })}</h3>
      <FormError message={error} />
      {topLevel.length === 0 && !adding ? <p className="agenda__none">{t('common.none')}</p> : null}
      {topLevel.length ? (
        <ol className="agenda__items">
          {topLevel.map((item, index) => (
            <AgendaItemView key={item.id} item={item} section={section} siblings={topLevel} index={index} all={items} onError={setError} />
          ))}
        </ol>
      ) : null}
      {adding ? (
        <AgendaItemForm
          section={section}
          onDone={(saved) => {
            setAdding(false);
            focusLater(saved ? `agenda-${saved.id}-edit` : addId);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--small"
          id={addId}
          onClick={() => {
            setAdding(true);
            focusLater(`agenda-new-${section.id}-subject`);
          }}
          aria-label={t('agenda.addItemIn', { number: section.position })}
        >
          + {t('agenda.addItem')}
        </button>
      )}
    </section>
  );
}

interface ItemProps {
  item: AgendaItem;
  section: SeriesSection;
  siblings: AgendaItem[];
  index: number;
  all: AgendaItem[];
  onError(message: string | null): void;
}

function AgendaItemView({ item, section, siblings, index, all, onError }: ItemProps) {
  const t = useT();
  const stores = useAppStores();
  const org = useDirectory((s) => (item.presenterOrgId ? s.organisations.find((o) => o.id === item.presenterOrgId) : undefined));
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const children = all.filter((i) => i.parentId === item.id).sort((a, b) => a.position - b.position);
  const id = `agenda-${item.id}`;

  async function run(action: () => Promise<void>, focusAfter: () => string) {
    setBusy(true);
    onError(null);
    try {
      await action();
      focusLater(focusAfter());
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const move = (delta: -1 | 1) =>
    run(
      () => stores.meeting.getState().moveAgendaItem({ id: item.id, sectionId: section.id, parentId: item.parentId, position: item.position + delta }),
      // Keep focus on the same button unless the item reached the end, then the other one.
      () => {
        const newIndex = index + delta;
        if (delta < 0) return newIndex === 0 ? `${id}-down` : `${id}-up`;
        return newIndex === siblings.length - 1 ? `${id}-up` : `${id}-down`;
      },
    );

  if (editing) {
    return (
      <li className="agenda-item agenda-item--editing">
        <AgendaItemForm
          section={section}
          item={item}
          onDone={() => {
            setEditing(false);
            focusLater(`${id}-edit`);
          }}
        />
      </li>
    );
  }

  return (
    <li className="agenda-item" data-testid="agenda-item">
      <div className="agenda-item__head">
        <span className="agenda-item__number">{item.number}</span>
        <div className="agenda-item__body">
          <p className="agenda-item__subject">
            {item.subject.startsWith('เรื่อง') ? item.subject : t('agenda.itemSubject', { subject: item.subject })}
          </p>
          {org ? <p className="agenda-item__meta">{t('agenda.presenter')}: {org.abbrTh || org.nameTh}</p> : null}
          {item.summary ? <p className="agenda-item__text">{item.summary}</p> : null}
          {item.proposal ? (
            <p className="agenda-item__text">
              <strong>{t('agenda.proposal')}:</strong> {item.proposal}
            </p>
          ) : null}
          {item.resolution ? (
            <p className="agenda-item__resolution">
              <strong>{t('agenda.resolution')}:</strong> {item.resolution}
            </p>
          ) : null}
        </div>
        <div className="row-actions">
          <button type="button" className="button button--small button--icon" id={`${id}-up`} disabled={busy || index === 0} onClick={() => move(-1)} aria-label={t('agenda.moveUpLabel', { number: item.number })} title={t('agenda.moveUp')}>
            ↑
          </button>
          <button
            type="button"
            className="button button--small button--icon"
            id={`${id}-down`}
            disabled={busy || index === siblings.length - 1}
            onClick={() => move(1)}
            aria-label={t('agenda.moveDownLabel', { number: item.number })}
            title={t('agenda.moveDown')}
          >
            ↓
          </button>
          <button type="button" className="button button--small" id={`${id}-edit`} onClick={() => { setEditing(true); focusLater(`${id}-subject`); }} aria-label={t('agenda.editLabel', { number: item.number })}>
            {t('common.edit')}
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                className="button button--small button--danger"
                id={`${id}-confirm`}
                disabled={busy}
                onClick={() => run(() => stores.meeting.getState().deleteAgendaItem(item.id), () => `section-${section.id}-add`)}
              >
                {t('common.confirmDelete')}
              </button>
              <button type="button" className="button button--small" onClick={() => { setConfirming(false); focusLater(`${id}-delete`); }}>
                {t('common.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--small button--quiet-danger"
              id={`${id}-delete`}
              onClick={() => { setConfirming(true); focusLater(`${id}-confirm`); }}
              aria-label={t('agenda.deleteLabel', { number: item.number })}
            >
              {t('common.delete')}
            </button>
          )}
        </div>
      </div>
      {children.length ? (
        <ol className="agenda__items agenda__items--sub">
          {children.map((child, i) => (
            <AgendaItemView key={child.id} item={child} section={section} siblings={children} index={i} all={all} onError={onError} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
