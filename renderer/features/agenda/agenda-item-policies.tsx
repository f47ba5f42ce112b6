import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import { compareThai } from '../../lib/labels';
import { paths } from '../../router';
import { useAppStores, useMeeting } from '../../state/app-context';
import { nextStageOf, type PolicySummary, usePolicies, usePoliciesStore } from '../../state/policies-store';
import type { AgendaItem, MeetingSummary } from '../../state/types';
import { FormError } from '../../ui/form-error';
import { todayIso } from '../policies';
import { useMay } from '../session';

type MeetingRef = Pick<MeetingSummary, 'id' | 'date'>;

/**
 * The policies an agenda item concerns: link or unlink one, and move a linked one to its next
 * stage with this item as the deciding item and the meeting's date. Without `meeting`, the
 * meeting on screen is meant.
 */
export function AgendaItemPolicies({ item, meeting: given }: { item: AgendaItem; meeting?: MeetingRef | null }) {
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const store = usePoliciesStore();
  const onScreen = useMeeting((s) => s.detail);
  const meeting = given ?? onScreen;
  const list = usePolicies((s) => s.list);
  const templates = usePolicies((s) => s.templates);
  // A reader sees which policies the item concerns, not the link, unlink and move controls (useMay).
  const mayLink = useMay('policies.linkItem');
  const mayMove = useMay('policies.moveStage');
  const [choice, setChoice] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = `item-policies-${item.id}`;

  useEffect(() => {
    if (store.getState().status === 'idle') void store.getState().load();
  }, [store]);

  const linked = item.policyIds.map((pid) => list.find((p) => p.id === pid)).filter((p): p is PolicySummary => Boolean(p));
  const others = list.filter((p) => !item.policyIds.includes(p.id)).sort((a, b) => compareThai(a.titleTh, b.titleTh));
  const date = meeting?.date ?? todayIso();
  const name = (p: PolicySummary) => p.shortTitle || p.titleTh;

  /** Run a change, then read the meeting again so the item's links on screen are the core's. */
  async function run(fn: () => Promise<string>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await fn());
      if (meeting && stores.meeting.getState().id === meeting.id) {
        await stores.meeting.getState().refresh().catch((e) => console.warn('[lekha] refresh after a policy change', e));
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const link = (policy: PolicySummary, linked: boolean) =>
    run(async () => {
      await store.getState().change('policies.linkItem', { policyId: policy.id, agendaItemId: item.id, linked });
      if (linked) setChoice('');
      return t(linked ? 'itemPolicies.linked' : 'itemPolicies.unlinked', { name: name(policy) });
    });

  const move = (policy: PolicySummary, stageId: string) =>
    run(async () => {
      const moved = await store.getState().change('policies.moveStage', {
        policyId: policy.id, stageId, date, note: t('itemPolicies.moveNote', { item: item.number }), agendaItemId: item.id,
      });
      setConfirming(null);
      return t('itemPolicies.moved', { name: name(policy), stage: moved.currentStage ?? '' });
    });

  return (
    <section className="item-policies" aria-labelledby={`${id}-title`} data-testid="item-policies">
      <h4 id={`${id}-title`} className="item-policies__title">
        {t('itemPolicies.title')}
      </h4>
      {linked.length === 0 ? <p className="muted item-policies__none">{t('itemPolicies.none')}</p> : null}
      <ul className="item-policies__list">
        {linked.map((p) => {
          const next = nextStageOf(templates, p);
          return (
            <li key={p.id} className="item-policies__policy">
              <a href={paths.policy(p.id)}>{name(p)}</a>
              <span className="muted"> · {p.currentStage ?? '—'}</span>
              <span className="item-policies__tools">
                {mayMove && next && confirming !== p.id ? (
                  <button type="button" className="button button--small" disabled={busy} onClick={() => setConfirming(p.id)} aria-label={t('itemPolicies.moveLabel', { name: name(p) })}>
                    {t('itemPolicies.move')}
                  </button>
                ) : null}
                {mayLink ? (
                  <button type="button" className="button button--small button--quiet-danger" disabled={busy} onClick={() => void link(p, false)} aria-label={t('itemPolicies.unlinkLabel', { name: name(p) })}>
                    {t('itemPolicies.unlink')}
                  </button>
                ) : null}
              </span>
              {next && confirming === p.id ? (
                // biome-ignore lint/a11y/useSemanticElements: a group of two buttons with its own question, not a form field set.
                <div className="item-policies__confirm" role="group" aria-label={t('itemPolicies.move')}>
                  <p>{t('itemPolicies.confirm', { name: name(p), stage: lang === 'en' ? next.nameEn : next.nameTh, item: item.number, date: formatDateShort(lang, date) })}</p>
                  <button type="button" className="button button--primary button--small" disabled={busy} onClick={() => void move(p, next.id)}>
                    {t('itemPolicies.confirmMove')}
                  </button>
                  <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                    {t('common.cancel')}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {mayLink && others.length ? (
        <div className="item-policies__link">
          <label htmlFor={`${id}-choice`} className="visually-hidden">
            {t('itemPolicies.choose')}
          </label>
          <select id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('itemPolicies.choose')}</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {name(p)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={busy || !choice}
            onClick={() => {
              const p = others.find((x) => x.id === choice);
              if (p) void link(p, true);
            }}
          >
            {t('itemPolicies.link')}
          </button>
        </div>
      ) : null}
      <p className="save-state" role="status">
        {done}
      </p>
      <FormError message={error} />
    </section>
  );
}
