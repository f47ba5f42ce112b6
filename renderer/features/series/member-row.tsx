import { SelectField } from '../../ui/fields';
import { useT } from '../../i18n';
import { personName } from '../../lib/labels';
import type { Person, Series } from '../../state/types';

type SeriesMember = Series['members'][number];
export type MemberRole = SeriesMember['meetingRole'];
export const memberRoles: readonly MemberRole[] = ['chair', 'vice_chair', 'member', 'member_secretary', 'assistant_secretary'];

interface Props {
  member: SeriesMember;
  person: Person | undefined;
  index: number;
  total: number;
  onRole(role: MemberRole): void;
  onStep(delta: -1 | 1, focusId: string): void;
  onRemove(): void;
}

/** One standing member: name and position, the role in the meeting, and the moves. */
export function MemberRow({ member, person, index, total, onRole, onStep, onRemove }: Props) {
  const t = useT();
  const id = `series-member-${member.personId}`;
  const name = person ? personName(person) : '?';
  const first = index === 0;
  const last = index === total - 1;
  const stepFocus = (delta: -1 | 1) => (delta < 0 ? (index - 1 === 0 ? `${id}-down` : `${id}-up`) : index + 1 === total - 1 ? `${id}-up` : `${id}-down`);
  return (
    <li className="member-row" data-testid="member-row">
      <span className="member-row__number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="member-row__who">
        <strong>{name}</strong>
        {person && !person.active ? <span className="badge member-row__inactive">{t('members.inactive')}</span> : null}
        {person?.position ? <span className="muted member-row__position">{person.position}</span> : null}
      </div>
      <SelectField
        id={`${id}-role`}
        label={t('members.roleNew')}
        // The visible label is short; the accessible name says whose role it is.
        aria-label={t('members.role', { name })}
        value={member.meetingRole}
        onChange={(v) => onRole(v as MemberRole)}
        options={memberRoles.map((r) => ({ value: r, label: t(`seriesRole.${r}`) }))}
        className="member-row__role"
      />
      <div className="section-row__buttons">
        <button type="button" id={`${id}-up`} className="button button--small" disabled={first} aria-label={t('members.upNamed', { name })} onClick={() => onStep(-1, stepFocus(-1))}>
          ↑ {t('sections.up')}
        </button>
        <button type="button" id={`${id}-down`} className="button button--small" disabled={last} aria-label={t('members.downNamed', { name })} onClick={() => onStep(1, stepFocus(1))}>
          ↓ {t('sections.down')}
        </button>
        <button type="button" id={`${id}-remove`} className="button button--small button--quiet-danger" aria-label={t('members.removeNamed', { name })} onClick={onRemove}>
          {t('members.remove')}
        </button>
      </div>
    </li>
  );
}
