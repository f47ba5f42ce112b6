import { useMemo, useState } from 'react';
import { type Letterhead, letterhead as letterheadSchema, missingLetterheadFields } from '../../../shared/schemas/letters';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { useAppStores } from '../../state/app-context';
import type { Series } from '../../state/types';
import { TextArea, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { SaveBar } from '../../ui/save-bar';
import { useCardDraft } from './use-card-draft';

type Key = keyof Letterhead;
/** The form's order: who writes and from where, then whom to call, then who signs. */
const keys: readonly Key[] = ['agencyName', 'address', 'referenceNo', 'ownerUnit', 'phone', 'fax', 'email', 'signerName', 'signerPosition'];
const multiline = new Set<Key>(['address', 'signerPosition']);
const hinted = ['address', 'referenceNo', 'signerName', 'signerPosition', 'fax'] as const;
const hasHint = (key: Key): key is (typeof hinted)[number] => (hinted as readonly Key[]).includes(key);
const sameLetterhead = (a: Letterhead, b: Letterhead) => keys.every((k) => a[k] === b[k]);
const fieldId = (key: Key) => `letterhead-${key}`;

/** Each field's problems by the contract's own schema, all at once (too long, control characters taken out). */
function problemsOf(draft: Letterhead): Partial<Record<Key, string>> {
  const parsed = letterheadSchema.safeParse(draft);
  if (parsed.success) return {};
  const out: Partial<Record<Key, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as Key;
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The series' letterhead (หัวหนังสือ): what the official letters of its meetings print. Saved even
 * when incomplete, as the officer fills it in over time; what the letters still need is said here.
 */
export function SeriesLetterheadForm({ series }: { series: Series }) {
  const t = useT();
  const stores = useAppStores();
  const saved = useMemo(() => series.letterhead, [series]);
  const [problems, setProblems] = useState<Partial<Record<Key, string>>>({});
  const card = useCardDraft<Letterhead>({
    key: 'series-letterhead',
    series,
    pick: (s) => s.letterhead,
    saved,
    same: sameLetterhead,
    save: async (d, version) => (await stores.series.getState().update({ id: series.id, version, letterhead: d })).letterhead,
  });
  const d = card.draft;
  const listed = keys.filter((k) => problems[k]);
  const missing = missingLetterheadFields(saved);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const found = problemsOf(d);
    setProblems(found);
    const first = keys.find((k) => found[k]);
    if (first) {
      focusLater('letterhead-problems');
      return;
    }
    await card.submit();
  }

  const field = (key: Key) => {
    const props = {
      id: fieldId(key),
      label: t(`letterhead.field.${key}`),
      hint: hasHint(key) ? t(`letterhead.hint.${key}`) : undefined,
      value: d[key],
      onChange: (v: string) => {
        card.update((x) => ({ ...x, [key]: v }));
        if (problems[key]) setProblems((p) => ({ ...p, [key]: undefined }));
      },
      error: problems[key] ?? fieldErrorOf(card.error, key),
      required: key !== 'fax',
      className: multiline.has(key) || key === 'agencyName' ? 'field--wide' : 'field--grow',
    };
    return multiline.has(key) ? <TextArea key={key} {...props} /> : <TextField key={key} {...props} type={key === 'email' ? 'email' : key === 'phone' || key === 'fax' ? 'tel' : 'text'} />;
  };

  return (
    <form className="card series-card" onSubmit={submit} noValidate aria-labelledby="series-letterhead-title">
      <h2 id="series-letterhead-title" tabIndex={-1}>{t('letterhead.title')}</h2>
      <p className="muted">{t('letterhead.intro')}</p>
      {listed.length ? (
        <div id="letterhead-problems" className="form-error" role="alert" tabIndex={-1}>
          <strong>{t('letterhead.invalid', { count: listed.length })}</strong>
          <ol>
            {listed.map((k) => (
              <li key={k}>
                <a href={`#${fieldId(k)}`} onClick={(e) => { e.preventDefault(); document.getElementById(fieldId(k))?.focus(); }}>
                  {t(`letterhead.field.${k}`)}
                </a>
                : {problems[k]}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <FormError ref={card.errorRef} message={card.error ? errorMessage(card.error) : null} />
      {card.notice}
      <p className={missing.length ? 'notice' : 'save-state'} data-testid="letterhead-readiness">
        {missing.length ? t('letterhead.missing', { fields: missing.map((k) => t(`letterhead.field.${k}`)).join(', ') }) : t('letterhead.complete')}
      </p>
      {field('agencyName')}
      {field('address')}
      <div className="row">
        {field('referenceNo')}
        {field('ownerUnit')}
      </div>
      <div className="row">
        {field('phone')}
        {field('fax')}
        {field('email')}
      </div>
      <div className="row row--stack">
        {field('signerName')}
        {field('signerPosition')}
      </div>
      <SaveBar busy={card.busy} dirty={card.dirty} justSaved={card.justSaved} onRevert={() => { card.revert(); setProblems({}); }} />
    </form>
  );
}
