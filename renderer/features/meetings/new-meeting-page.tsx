import { useCallback, useEffect, useRef, useState } from 'react';
import { buddhistYear, parseThaiDateInput, parseTimeInput, toArabicDigits } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { CarryPreview } from './carry-preview';
import { DateInput } from '../../ui/date-input';
import { RadioGroup, SelectField, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { SeriesForm } from '../series';
import { TimeInput } from '../../ui/time-input';
import { useT } from '../../i18n/index';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { meetingNumber } from '../../lib/labels';
import { navigate, paths } from '../../router';
import { useApi, useAppStores, useSeries } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import './new-meeting-page.css';

type Mode = 'onsite' | 'electronic' | 'hybrid';
const modes: readonly Mode[] = ['onsite', 'electronic', 'hybrid'];

/** Create a meeting: choose (or create) the series; the number is previewed from the core. */
export function NewMeetingPage() {
  const t = useT();
  const api = useApi();
  const stores = useAppStores();
  const series = useSeries((s) => s.series);
  const seriesStatus = useSeries((s) => s.status);
  const [seriesId, setSeriesId] = useState('');
  const [creatingSeries, setCreatingSeries] = useState(false);
  const [dateText, setDateText] = useState('');
  const [startText, setStartText] = useState('');
  const [endText, setEndText] = useState('');
  const [venue, setVenue] = useState('');
  const [mode, setMode] = useState<Mode>('onsite');
  const [conferencing, setConferencing] = useState('');
  const [numberText, setNumberText] = useState('');
  const [kept, setKept] = useState<string[] | null>(null);
  const onKept = useCallback((ids: string[]) => setKept(ids), []);
  const [preview, setPreview] = useState<{ number: number; yearBe: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void stores.series.getState().load();
  }, [stores]);

  // With one series there is nothing to choose; with none, the series form opens by itself.
  useEffect(() => {
    if (seriesStatus !== 'ready') return;
    if (series.length === 0) setCreatingSeries(true);
    else if (!seriesId && series.length === 1) setSeriesId(series[0].id);
  }, [seriesStatus, series, seriesId]);

  const dateIso = parseThaiDateInput(dateText);
  const yearBe = dateIso ? buddhistYear(dateIso) : null;
  const ownNumber = numberText.trim() ? Number(toArabicDigits(numberText.trim())) : null;
  const numberBad = ownNumber !== null && !(Number.isInteger(ownNumber) && ownNumber > 0);
  useEffect(() => {
    if (!seriesId || yearBe === null) {
      setPreview(null);
      return;
    }
    let live = true;
    api.call('meetings.nextNumber', { seriesId, yearBe }).then(
      (next) => live && setPreview(next),
      (e) => {
        console.warn('[lekha] next number', e);
        if (live) setPreview(null);
      },
    );
    return () => {
      live = false;
    };
  }, [api, seriesId, yearBe]);

  const dirty = [dateText, startText, endText, venue, conferencing, numberText].some((v) => v.trim() !== '');
  useDirtyFlag('new-meeting', dirty);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setShowErrors(true);
    const startTime = startText.trim() ? parseTimeInput(startText) : null;
    const endTime = endText.trim() ? parseTimeInput(endText) : null;
    // Nothing is sent until the form says what meeting it is: a series and a date at least.
    const firstBad = !seriesId
      ? 'new-series'
      : !dateIso
        ? 'new-date'
        : numberBad
          ? 'new-number'
          : startText.trim() && !startTime
          ? 'new-start'
          : endText.trim() && !endTime
            ? 'new-end'
            : null;
    if (firstBad || !dateIso) {
      document.getElementById(firstBad ?? 'new-date')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await api.call('meetings.create', {
        seriesId,
        date: dateIso,
        number: ownNumber ?? undefined,
        carry: kept ?? undefined,
        startTime,
        endTime,
        venue: venue.trim(),
        mode,
        conferencing: mode === 'onsite' ? '' : conferencing.trim(),
      });
      void stores.meetings.getState().load();
      navigate(paths.meeting(created.id), { force: true });
    } catch (err) {
      setError(err);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <a href={paths.meetings()}>← {t('nav.back')}</a>
      </p>
      <h1>{t('newMeeting.title')}</h1>
      <section className="card">
        <div className="row row--end">
          <SelectField
            id="new-series"
            label={t('field.series')}
            required
            value={seriesId}
            onChange={setSeriesId}
            placeholder={t('newMeeting.chooseSeries')}
            options={series.map((s) => ({ value: s.id, label: s.nameTh }))}
            error={showErrors && !seriesId ? t('newMeeting.seriesRequired') : fieldErrorOf(error, 'seriesId')}
            // The whole width: a series' full name is long, and beside the button its end was cut.
            className="field--wide"
          />
          {!creatingSeries ? (
            <button type="button" className="button field-button" onClick={() => { setCreatingSeries(true); focusLater('series-name-th'); }}>
              + {t('series.new')}
            </button>
          ) : null}
        </div>
        <p className="field__hint">
          <a href={seriesId ? paths.series(seriesId) : paths.seriesList()}>{t('seriesPage.manage')}</a>
        </p>
        {creatingSeries ? (
          <SeriesForm
            onCreated={(s) => {
              setSeriesId(s.id);
              setCreatingSeries(false);
              focusLater('new-date');
            }}
            onCancel={series.length > 0 ? () => setCreatingSeries(false) : undefined}
          />
        ) : null}

        <form id="new-meeting-form" onSubmit={submit} noValidate aria-labelledby="new-meeting-legend">
          <h2 id="new-meeting-legend" className="visually-hidden">{t('newMeeting.title')}</h2>
          <FormError ref={errorRef} message={error ? errorMessage(error) : null} />
          <div className="number-preview" aria-live="polite">
            <span className="number-preview__label">{t('newMeeting.numberLabel')}</span>
            {preview ? (
              <strong data-testid="number-preview">{meetingNumber(ownNumber && !numberBad ? { ...preview, number: ownNumber } : preview)}</strong>
            ) : (
              <span className="muted">{t('newMeeting.numberPending')}</span>
            )}
            <span className="muted number-preview__note">{t('newMeeting.numberNote')}</span>
          </div>
          <div className="row">
            <DateInput
              id="new-date"
              label={t('field.date')}
              value={dateText}
              onChange={(text) => setDateText(text)}
              required
              showErrors={showErrors}
              error={showErrors && !dateText.trim() ? t('newMeeting.dateRequired') : fieldErrorOf(error, 'date')}
            />
            <TimeInput id="new-start" label={t('field.startTime')} value={startText} onChange={setStartText} showErrors={showErrors} error={fieldErrorOf(error, 'startTime')} />
            <TimeInput id="new-end" label={t('field.endTime')} value={endText} onChange={setEndText} showErrors={showErrors} error={fieldErrorOf(error, 'endTime')} />
          </div>
          <TextField
            id="new-number"
            label={t('newMeeting.numberOwn')}
            hint={t('newMeeting.numberOwnHint')}
            value={numberText}
            onChange={setNumberText}
            placeholder={preview ? String(preview.number) : ''}
            error={showErrors && numberBad ? t('newMeeting.numberInvalid') : fieldErrorOf(error, 'number')}
          />
          <CarryPreview seriesId={seriesId} date={dateIso} number={ownNumber && !numberBad ? ownNumber : null} kept={kept} onKept={onKept} />
          <TextField id="new-venue" label={t('field.venue')} hint={t('field.venueHint')} value={venue} onChange={setVenue} error={fieldErrorOf(error, 'venue')} className="field--wide" />
          <RadioGroup
            name="new-mode"
            legend={t('field.mode')}
            value={mode}
            onChange={(v) => setMode(v as Mode)}
            options={modes.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
          />
          {mode !== 'onsite' ? (
            <TextField
              id="new-conferencing"
              label={t('field.conferencing')}
              hint={t('field.conferencingHint')}
              value={conferencing}
              onChange={setConferencing}
              error={fieldErrorOf(error, 'conferencing')}
            />
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('common.saving') : t('newMeeting.submit')}
            </button>
            <a className="button" href={paths.meetings()}>
              {t('common.cancel')}
            </a>
          </div>
        </form>
      </section>
    </div>
  );
}
