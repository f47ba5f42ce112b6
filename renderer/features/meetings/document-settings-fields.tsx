import { useState } from 'react';
import {
  type DocumentSettings, type DocumentSettingsPatch, resolveDocumentSettings,
} from '../../../shared/schemas/document-settings';
import { useT } from '../../i18n/index';
import { fieldErrorOf } from '../../lib/errors';
import type { MeetingDetail } from '../../state/types';
import { type Option, RadioGroup, SelectField, TextField } from '../../ui/fields';
import { secrecyOptions } from '../../ui/secrecy-options';

type Key = keyof DocumentSettings;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields that differ from `base`: what this export changes over the series' settings. */
export function pruneOverrides(base: DocumentSettings, overrides: DocumentSettingsPatch): DocumentSettingsPatch {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined && !same(value, base[key as Key])) out[key] = value;
  return out as DocumentSettingsPatch;
}

/** The usual size of a font profile, as the core prints it when `fontSize` is null. */
export const profileSize = (profile: DocumentSettings['fontProfile']): number => (profile === 'sarabun' ? 14 : 16);

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);
/** A fixed list of values, plus the current one when it is off the list (a value stored by other means). */
function numberOptions(values: number[], current: number | null, label: (n: number) => string): Option[] {
  const all = current === null || values.includes(current) ? values : [...values, current].sort((a, b) => a - b);
  return all.map((n) => ({ value: String(n), label: label(n) }));
}

const sides = ['top', 'right', 'bottom', 'left'] as const;

interface Props {
  /** The series' settings, which this form overrides. */
  base: DocumentSettings;
  overrides: DocumentSettingsPatch;
  onChange(overrides: DocumentSettingsPatch): void;
  meetingSecrecy: MeetingDetail['secrecy'];
  /** The core's last refusal, shown by the field it names. */
  error?: unknown;
}

/** How a document is printed: every choice starts at the series' setting and may be changed here. */
export function DocumentSettingsFields({ base, overrides, onChange, meetingSecrecy, error }: Props) {
  const t = useT();
  const shown = resolveDocumentSettings(base, overrides);
  const fontError = fieldErrorOf(error, 'customFontPath', 'customBoldFontPath');
  const [moreOpen, setMoreOpen] = useState(false);
  const set = <K extends Key>(key: K, value: DocumentSettings[K]) => {
    const next: Record<string, unknown> = { ...overrides };
    if (same(value, base[key])) delete next[key];
    else next[key] = value;
    onChange(next as DocumentSettingsPatch);
  };
  const changed = (key: Key) => (key in overrides && !same(overrides[key], base[key]) ? 'field--changed' : undefined);
  const cm = (n: number) => t('docset.cm', { value: n });

  return (
    <div className="docset">
      <div className="row">
        <RadioGroup
          name="docset-digits"
          legend={t('docset.digits')}
          value={shown.digits}
          onChange={(v) => set('digits', v as DocumentSettings['digits'])}
          options={(['thai', 'arabic'] as const).map((d) => ({ value: d, label: t(`docset.digits.${d}`) }))}
          className={changed('digits')}
        />
      </div>
      <div className="row">
        <SelectField
          id="docset-font"
          label={t('docset.fontProfile')}
          hint={t('docset.fontHint')}
          value={shown.fontProfile}
          onChange={(v) => set('fontProfile', v as DocumentSettings['fontProfile'])}
          options={(['sarabun', 'th-sarabun-psk'] as const).map((f) => ({ value: f, label: t(`docset.font.${f}`) }))}
          className={`field--grow ${changed('fontProfile') ?? ''}`}
        />
        <SelectField
          id="docset-size"
          label={t('docset.fontSize')}
          value={shown.fontSize === null ? '' : String(shown.fontSize)}
          onChange={(v) => set('fontSize', v === '' ? null : Number(v))}
          placeholder={t('docset.fontSize.default', { size: profileSize(shown.fontProfile) })}
          options={numberOptions(range(10, 24, 1), shown.fontSize, (n) => t('docset.pt', { value: n }))}
          className={changed('fontSize')}
        />
        <SelectField
          id="docset-align"
          label={t('docset.align')}
          value={shown.align}
          onChange={(v) => set('align', v as DocumentSettings['align'])}
          options={(['thaiDistributed', 'justify', 'left'] as const).map((a) => ({ value: a, label: t(`docset.align.${a}`) }))}
          className={changed('align')}
        />
      </div>
      <div className="row">
        <SelectField
          id="docset-secrecy"
          label={t('docset.secrecy')}
          value={shown.secrecy ?? ''}
          onChange={(v) => set('secrecy', v === '' ? null : (v as NonNullable<DocumentSettings['secrecy']>))}
          placeholder={t('docset.secrecy.meeting', { label: t(`docset.secrecy.${meetingSecrecy}`) })}
          options={secrecyOptions(t)}
          className={`field--grow ${changed('secrecy') ?? ''}`}
        />
        <SelectField
          id="docset-urgency"
          label={t('docset.urgency')}
          value={shown.urgency}
          onChange={(v) => set('urgency', v as DocumentSettings['urgency'])}
          options={(['none', 'urgent', 'very_urgent', 'most_urgent'] as const).map((u) => ({ value: u, label: t(`docset.urgency.${u}`) }))}
          className={`field--grow ${changed('urgency') ?? ''}`}
        />
      </div>
      <div className={`checkbox ${changed('reviewerBlock') ?? ''}`}>
        <input id="docset-reviewer" type="checkbox" checked={shown.reviewerBlock} onChange={(e) => set('reviewerBlock', e.target.checked)} aria-describedby="docset-reviewer-hint" />
        <label htmlFor="docset-reviewer">{t('docset.reviewerBlock')}</label>
        <p id="docset-reviewer-hint" className="field__hint">
          {t('docset.reviewerHint')}
        </p>
      </div>
      <details className="docset__more" open={moreOpen || fontError !== null} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary>{t('docset.more')}</summary>
        <fieldset className={changed('marginsCm')}>
          <legend>{t('docset.margins')}</legend>
          <div className="row">
            {sides.map((side) => (
              <SelectField
                key={side}
                id={`docset-margin-${side}`}
                label={t(`docset.margin.${side}`)}
                value={String(shown.marginsCm[side])}
                onChange={(v) => set('marginsCm', { ...shown.marginsCm, [side]: Number(v) })}
                options={numberOptions(range(0.5, 6, 0.5), shown.marginsCm[side], cm)}
                className="field--narrow"
              />
            ))}
          </div>
        </fieldset>
        <SelectField
          id="docset-indent"
          label={t('docset.indent')}
          value={String(shown.firstLineIndentCm)}
          onChange={(v) => set('firstLineIndentCm', Number(v))}
          options={numberOptions(range(0, 5, 0.5), shown.firstLineIndentCm, cm)}
          className={`field--narrow ${changed('firstLineIndentCm') ?? ''}`}
        />
        <TextField
          id="docset-custom-font"
          label={t('docset.customFont')}
          hint={t('docset.customFontHint')}
          value={shown.customFontPath ?? ''}
          onChange={(v) => set('customFontPath', v.trim() ? v : null)}
          error={fieldErrorOf(error, 'customFontPath')}
          className={`field--wide ${changed('customFontPath') ?? ''}`}
          spellCheck={false}
        />
        <TextField
          id="docset-custom-bold-font"
          label={t('docset.customBoldFont')}
          hint={t('docset.customBoldFontHint')}
          value={shown.customBoldFontPath ?? ''}
          onChange={(v) => set('customBoldFontPath', v.trim() ? v : null)}
          error={fieldErrorOf(error, 'customBoldFontPath')}
          className={`field--wide ${changed('customBoldFontPath') ?? ''}`}
          spellCheck={false}
        />
      </details>
    </div>
  );
}
