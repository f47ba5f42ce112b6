import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { FormError } from '../../ui/form-error';
import { SaveBar } from '../../ui/save-bar';
import { useT } from '../../i18n';
import { focusLater } from '../../lib/errors';
import { personName } from '../../lib/labels';
import { useAppStores, useDirectory } from '../../state/app-context';
import type { Series } from '../../state/types';
import { AddMemberForm } from './add-member-form';
import { MemberRow } from './member-row';
import { useCardDraft } from './use-card-draft';

type SeriesMember = Series['members'][number];

const sameMembers = (a: readonly SeriesMember[], b: readonly SeriesMember[]) =>
  a.length === b.length && a.every((m, i) => m.personId === b[i].personId && m.meetingRole === b[i].meetingRole);

/** The people listed in every new meeting of the series, in order, with their standing role. */
export function SeriesMembersForm({ series }: { series: Series }) {
  const t = useT();
  const stores = useAppStores();
  const people = useDirectory((s) => s.people);
  const saved = useMemo(() => series.members, [series.members]);
  const card = useCardDraft<SeriesMember[]>({
    key: 'series-members',
    series,
    pick: (s) => s.members,
    saved,
    same: sameMembers,
    save: async (members, version) => (await stores.series.getState().update({ id: series.id, version, members })).members,
  });
  const [announcement, setAnnouncement] = useState('');
  const members = card.draft;
  const nameOf = (personId: string) => {
    const p = people.find((x) => x.id === personId);
    return p ? personName(p) : '?';
  };

  const move = (from: number, to: number, focusId: string) => {
    if (to < 0 || to >= members.length) return;
    const next = [...members];
    const [m] = next.splice(from, 1);
    next.splice(to, 0, m);
    card.update(next);
    setAnnouncement(t('members.moved', { name: nameOf(m.personId), number: to + 1, total: members.length }));
    focusLater(focusId);
  };
  const remove = (index: number) => {
    const m = members[index];
    const next = members.filter((_, i) => i !== index);
    card.update(next);
    setAnnouncement(t('members.removed', { name: nameOf(m.personId) }));
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour ? `series-member-${neighbour.personId}-remove` : 'series-member-add-search');
  };

  return (
    <section className="card series-card" aria-labelledby="series-members-title">
      <h2 id="series-members-title" tabIndex={-1}>{t('members.title')}</h2>
      <p className="muted">{t('members.intro')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void card.submit(); }} noValidate aria-labelledby="series-members-title">
        <FormError ref={card.errorRef} message={card.error ? errorMessage(card.error) : null} />
        {card.notice}
        {members.length === 0 ? (
          <p className="muted">{t('members.none')}</p>
        ) : (
          <ol className="member-list" aria-label={t('members.list')}>
            {members.map((m, index) => (
              <MemberRow
                key={m.personId}
                member={m}
                person={people.find((p) => p.id === m.personId)}
                index={index}
                total={members.length}
                onRole={(meetingRole) => card.update(members.map((x, i) => (i === index ? { ...x, meetingRole } : x)))}
                onStep={(delta, focusId) => move(index, index + delta, focusId)}
                onRemove={() => remove(index)}
              />
            ))}
          </ol>
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        <SaveBar busy={card.busy} dirty={card.dirty} justSaved={card.justSaved} onRevert={card.revert} />
      </form>
      <AddMemberForm
        excludeIds={new Set(members.map((m) => m.personId))}
        onAdd={(member, name) => {
          card.update([...members, member]);
          setAnnouncement(t('members.added', { name, number: members.length + 1 }));
        }}
      />
    </section>
  );
}
