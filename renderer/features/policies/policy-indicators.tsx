import { useState } from 'react';
import { formatBeSlash, parseThaiDateInput } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { type PolicyDetail, usePoliciesStore } from '../../state/policies-store';
import { DateInput } from '../../ui/date-input';
import { TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { RowActions } from './policy-row-actions';
import { DateText, formatNumber, ItemRefLink, todayIso } from './policy-common';
import { useMay } from '../session';

type Indicator = PolicyDetail['indicators'][number];

/** Indicators with their values over time and where each value came from. */
export function PolicyIndicators({ policy }: { policy: PolicyDetail }) {
  const t = useT();
  const store = usePoliciesStore();
  const mayAdd = useMay('policies.addIndicator');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const { busy, error, run } = usePending();

  async function add(e: React.FormEvent) {
    e.preventDefault();
    await run(async () => {
      await store.getState().change('policies.addIndicator', { policyId: policy.id, name, unit });
      setName('');
      setUnit('');
    });
  }

  return (
    <>
      {policy.indicators.length === 0 ? <p className="muted">{t('policy.noIndicators')}</p> : null}
      {policy.indicators.map((i) => (
        <IndicatorView key={i.id} indicator={i} />
      ))}
      {mayAdd ? (
        <form className="subform" onSubmit={add} noValidate aria-label={t('policy.addIndicator')}>
          <div className="row">
            <TextField id="indicator-name" label={t('policy.indicatorName')} required value={name} onChange={setName} error={fieldErrorOf(error, 'name')} className="field--grow" />
            <TextField id="indicator-unit" label={t('policy.indicatorUnit')} value={unit} onChange={setUnit} className="field--narrow" />
          </div>
          {error && !fieldErrorOf(error, 'name') ? <FormError message={errorMessage(error)} /> : null}
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            + {t('policy.addIndicator')}
          </button>
        </form>
      ) : null}
    </>
  );
}

function IndicatorView({ indicator: ind }: { indicator: Indicator }) {
  const t = useT();
  const lang = useLang();
  const store = usePoliciesStore();
  // A reader sees the values and their sources, not the controls the core would refuse (useMay).
  const mayAdd = useMay('policies.addIndicatorValue');
  const mayRemove = useMay('policies.removeIndicatorValue');
  const [adding, setAdding] = useState(false);
  const [dateText, setDateText] = useState(() => formatBeSlash(todayIso()));
  const [valueText, setValueText] = useState('');
  const [source, setSource] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, error, run } = usePending();
  const [confirming, setConfirming] = useState<string | null>(null);
  // Removing a value has its own error, shown under the table rather than in the add form.
  const removing = usePending();
  const prefix = `indicator-${ind.id}`;
  const asOf = parseThaiDateInput(dateText);
  // Officers type 79,610 as they read it.
  const value = valueText.trim() === '' ? Number.NaN : Number(valueText.replace(/[,\s]/g, ''));
  const valueError = tried && !Number.isFinite(value) ? t('policy.valueInvalid') : fieldErrorOf(error, 'value');

  async function add(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!asOf || !Number.isFinite(value)) return;
    await run(async () => {
      await store.getState().change('policies.addIndicatorValue', { indicatorId: ind.id, asOf, value, source });
      setValueText('');
      setSource('');
      setTried(false);
      setAdding(false);
    });
  }

  async function removeValue(valueId: string) {
    if (busy) return;
    await removing.run(async () => {
      await store.getState().change('policies.removeIndicatorValue', { id: valueId });
      setConfirming(null);
      focusLater(`${prefix}-add`);
    });
  }

  const values = [...ind.values].sort((a, b) => a.asOf.localeCompare(b.asOf));
  return (
    <article className="policy-indicator" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>
        {ind.name}
        {ind.unit ? <span className="muted"> ({ind.unit})</span> : null}
      </h4>
      {values.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('policy.asOf')}</th>
              <th scope="col" className="num">{t('policy.value')}</th>
              <th scope="col">{t('policy.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('policy.col.manage')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => (
              <tr key={v.id}>
                <td>
                  <DateText iso={v.asOf} />
                </td>
                <td className="num">
                  {formatNumber(v.value, lang)} {ind.unit}
                </td>
                <td>
                  {v.source || <span className="muted">—</span>}
                  {v.illustrative ? <span className="badge badge--illustrative">{t('policy.illustrative')}</span> : null}
                  {v.decidedAt ? (
                    <span className="policy-indicator__ref">
                      {' · '}
                      <ItemRefLink at={v.decidedAt} />
                    </span>
                  ) : null}
                </td>
                <td>
                  {mayRemove ? (
                    <RowActions
                      prefix={`value-${v.id}`}
                      confirming={confirming === v.id}
                      busy={busy || removing.busy}
                      confirmText={t('policy.confirmRemoveValue')}
                      removeLabel={t('policy.removeValueLabel', { date: formatDateShort(lang, v.asOf) })}
                      onConfirm={() => void removeValue(v.id)}
                      onConfirmingChange={(on) => { if (on) removing.setError(null); setConfirming(on ? v.id : null); }}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('policy.noValues')}</p>
      )}
      {removing.error ? <FormError message={errorMessage(removing.error)} /> : null}
      {mayAdd ? (
        <button type="button" className="button button--small" id={`${prefix}-add`} aria-expanded={adding} onClick={() => setAdding(!adding)} aria-label={t('policy.addValueTo', { name: ind.name })}>
          + {t('policy.addValue')}
        </button>
      ) : null}
      {adding ? (
        <form className="subform" onSubmit={add} noValidate aria-label={t('policy.addValueTo', { name: ind.name })}>
          <div className="row">
            <DateInput id={`${prefix}-asof`} label={t('policy.asOf')} required value={dateText} onChange={(text) => setDateText(text)} showErrors={tried} />
            <TextField id={`${prefix}-value`} label={t('policy.value')} required inputMode="decimal" value={valueText} onChange={setValueText} error={valueError} className="field--narrow" />
            <TextField id={`${prefix}-source`} label={t('policy.source')} value={source} onChange={setSource} className="field--grow" />
          </div>
          {error && !fieldErrorOf(error, 'value') ? <FormError message={errorMessage(error)} /> : null}
          <button type="submit" className="button button--primary button--small" aria-disabled={busy || undefined}>
            {t('policy.saveValue')}
          </button>
        </form>
      ) : null}
    </article>
  );
}
