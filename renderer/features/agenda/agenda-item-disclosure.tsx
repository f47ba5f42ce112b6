import { useEffect, useState } from 'react';
import { section15Categories, section15Keys } from '../../../shared/disclosure';
import type { ItemDisclosure } from '../../../shared/schemas/disclosure';
import type { ApiClient } from '../../api/client';
import { useT } from '../../i18n/index';
import { RadioGroup, SelectField, TextArea } from '../../ui/fields';

export interface DisclosureValues {
  status: 'public' | 'withheld';
  category: string;
  reason: string;
}

export const publicDisclosure: DisclosureValues = { status: 'public', category: '', reason: '' };

export const sameDisclosure = (a: DisclosureValues, b: DisclosureValues) =>
  a.status === b.status && (a.status === 'public' || (a.category === b.category && a.reason.trim() === b.reason.trim()));

/** What is missing before a withholding can be saved (ม.15 para. 2 asks for both); null when complete. */
export const disclosureProblem = (v: DisclosureValues): 'category' | 'reason' | null =>
  v.status !== 'withheld' ? null : !v.category ? 'category' : !v.reason.trim() ? 'reason' : null;

/** The item's saved disclosure (public when none is saved); loaded once for an existing item. */
export function useSavedDisclosure(client: ApiClient, meetingId: string | undefined, itemId: string | undefined): (DisclosureValues & { version?: number }) | null {
  // The version read is sent with a save (0: no setting yet), so another officer's setting is not overwritten.
  const [saved, setSaved] = useState<(DisclosureValues & { version?: number }) | null>(itemId ? null : { ...publicDisclosure, version: 0 });
  useEffect(() => {
    if (!meetingId || !itemId) return;
    let live = true;
    client.call('disclosure.list', { meetingId }).then(
      (rows: ItemDisclosure[]) => {
        const row = rows.find((r) => r.agendaItemId === itemId);
        if (live) setSaved(row ? { status: row.status, category: row.category ?? '', reason: row.reason, version: row.version } : { ...publicDisclosure, version: 0 });
      },
      // Unreadable: shown as public, and saving writes what the officer chose.
      () => live && setSaved(publicDisclosure),
    );
    return () => {
      live = false;
    };
  }, [client, meetingId, itemId]);
  return saved;
}

/** Public or withheld, and for a withheld resolution the category of ม.15 and the reason. */
export function DisclosureFields({ idPrefix, value, onChange, showErrors }: {
  idPrefix: string; value: DisclosureValues; onChange(v: DisclosureValues): void; showErrors: boolean;
}) {
  const t = useT();
  const problem = showErrors ? disclosureProblem(value) : null;
  return (
    <div className="subform field--wide">
      <RadioGroup
        name={`${idPrefix}-disclosure`}
        legend={t('disclosure.legend')}
        value={value.status}
        onChange={(v) => onChange({ ...value, status: v as DisclosureValues['status'] })}
        options={[{ value: 'public', label: t('disclosure.public') }, { value: 'withheld', label: t('disclosure.withheld') }]}
      />
      <p className="field__hint">{t('disclosure.hint')}</p>
      {value.status === 'withheld' ? (
        <>
          <SelectField
            id={`${idPrefix}-disclosure-category`}
            label={t('disclosure.category')}
            required
            value={value.category}
            onChange={(category) => onChange({ ...value, category })}
            placeholder={t('disclosure.chooseCategory')}
            // The Act's words are longer than a select shows: the chosen one is read in full below it.
            hint={value.category ? section15Categories[value.category as keyof typeof section15Categories] : undefined}
            options={section15Keys.map((k) => ({ value: k, label: `(${k}) ${section15Categories[k]}` }))}
            error={problem === 'category' ? t('disclosure.needCategory') : null}
            className="field--wide"
          />
          <TextArea
            id={`${idPrefix}-disclosure-reason`}
            label={t('disclosure.reason')}
            required
            value={value.reason}
            onChange={(reason) => onChange({ ...value, reason })}
            error={problem === 'reason' ? t('disclosure.needReason') : null}
            className="field--wide"
          />
        </>
      ) : null}
    </div>
  );
}
