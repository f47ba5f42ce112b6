import { type FormEvent, useState } from 'react';
import type { DueRecord } from '../../../shared/schemas/retention';
import { BE_OFFSET } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { formatDateLong, useLang, useT } from '../../i18n/index';
import { deliverFile } from '../../lib/download';
import { useAppStores } from '../../state/app-context';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DateInput } from '../../ui/date-input';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/fields';

/**
 * The yearly list of records past retention (retention.due), the destruction list of form 25 to download
 * (DOCX, XLSX), and per record: record the approval (its own audited act), then destroy as approved.
 */
export function DestructionList() {
  const t = useT();
  const lang = useLang();
  const { client } = useAppStores();
  const [year, setYear] = useState(String(new Date().getFullYear() + BE_OFFSET));
  const [list, setList] = useState<{ yearBe: number; records: DueRecord[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const yearBe = Number(year);
  const validYear = Number.isInteger(yearBe) && yearBe >= 2500 && yearBe <= 2700;

  async function show(e?: FormEvent) {
    e?.preventDefault();
    if (!validYear) return;
    setError(null);
    try {
      setList(await client.call('retention.due', { yearBe }));
    } catch (err) {
      setError(err);
    }
  }
  async function download(format: 'docx' | 'xlsx') {
    setError(null);
    try {
      deliverFile(await client.call('retention.destructionList', { yearBe, format }));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section aria-labelledby="destruction-title">
      <h3 id="destruction-title">{t('retention.listTitle')}</h3>
      <form className="row" onSubmit={show} noValidate>
        <TextField id="destruction-year" label={t('retention.year')} value={year} onChange={setYear} inputMode="numeric" maxLength={4} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={!validYear}>{t('retention.show')}</button>
          <button type="button" className="button" disabled={!validYear} onClick={() => void download('docx')}>{t('retention.downloadDocx')}</button>
          <button type="button" className="button" disabled={!validYear} onClick={() => void download('xlsx')}>{t('retention.downloadXlsx')}</button>
        </div>
      </form>
      <FormError message={error ? errorMessage(error) : null} />
      {list ? (
        list.records.length === 0 ? <p role="status">{t('retention.none')}</p> : (
          <table className="table">
            <caption>{`${t('retention.listTitle')} ${list.yearBe} (${t('retention.count', { count: list.records.length })})`}</caption>
            <thead>
              <tr><th scope="col">{t('retention.colMeeting')}</th><th scope="col">{t('retention.colRecord')}</th><th scope="col">{t('retention.colDue')}</th><th scope="col">{t('retention.colDecision')}</th></tr>
            </thead>
            <tbody>
              {list.records.map((r) => (
                <tr key={`${r.meetingId}:${r.kind}`}>
                  <td>{r.meetingLabel}{r.meetingDate ? <div className="muted">{formatDateLong(lang, r.meetingDate)}</div> : null}</td>
                  <td>{t(`retention.kind.${r.kind}`)}: {r.subject}</td>
                  <td>{r.dueYearBe}</td>
                  <td><DecisionCell record={r} yearBe={list.yearBe} onChanged={() => void show()} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </section>
  );
}

function DecisionCell({ record, yearBe, onChanged }: { record: DueRecord; yearBe: number; onChanged(): void }) {
  const t = useT();
  const { client } = useAppStores();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reference, setReference] = useState('');
  const [date, setDate] = useState({ text: '', iso: null as string | null });
  const [error, setError] = useState<unknown>(null);
  const id = `decision-${record.meetingId}-${record.kind}`;
  const d = record.decision;

  async function decide(e: FormEvent) {
    e.preventDefault();
    if (!reference.trim() || !date.iso) return;
    try {
      await client.call('retention.decide', { meetingId: record.meetingId, kind: record.kind, yearBe, reference: reference.trim(), decidedOn: date.iso });
      onChanged();
    } catch (err) {
      setError(err);
    }
  }
  async function destroy() {
    if (!d) return;
    setBusy(true);
    try {
      await client.call('retention.destroy', { id: d.id });
      setConfirming(false);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (d) {
    return (
      <>
        <p>{t('retention.approved', { reference: d.reference })}</p>
        {d.carriedOutAt ? <p>{t('retention.destroyed', { count: d.removed ?? 0 })}</p> : (
          <button type="button" className="button button--small" onClick={() => { setError(null); setConfirming(true); }}>{t('retention.destroy')}</button>
        )}
        {confirming ? (
          <ConfirmDialog
            title={t('retention.destroy')}
            confirmLabel={t('retention.destroy')}
            busy={busy}
            irreversible
            error={error ? errorMessage(error) : null}
            onConfirm={() => void destroy()}
            onCancel={() => setConfirming(false)}
            fallbackFocus={() => document.getElementById('destruction-title')?.focus()}
          >
            <p>{t('retention.confirmDestroy', { record: t(`retention.kind.${record.kind}`), meeting: record.meetingLabel })}</p>
          </ConfirmDialog>
        ) : (
          <FormError message={error ? errorMessage(error) : null} />
        )}
      </>
    );
  }
  if (!open) {
    return (
      <>
        <p className="muted">{t('retention.notDecided')}</p>
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>{t('retention.decide')}</button>
      </>
    );
  }
  return (
    <form onSubmit={decide} aria-label={t('retention.recordDecision')} noValidate>
      <TextField id={`${id}-reference`} label={t('retention.reference')} value={reference} onChange={setReference} required />
      <DateInput id={`${id}-date`} label={t('retention.decidedOn')} value={date.text} onChange={(text, iso) => setDate({ text, iso })} required />
      <FormError message={error ? errorMessage(error) : null} />
      <button type="submit" className="button button--small button--primary" disabled={!reference.trim() || !date.iso}>{t('retention.recordDecision')}</button>
    </form>
  );
}
