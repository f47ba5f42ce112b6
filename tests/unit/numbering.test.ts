import { describe, expect, it } from 'vitest';
import { formatAgendaNumber, formatMeetingNumber, nextMeetingNumber, parseMeetingNumber } from '../../shared/numbering';

describe('meeting numbers', () => {
  const existing = [{ number: 1, yearBe: 2568 }, { number: 2, yearBe: 2568 }, { number: 1, yearBe: 2569 }];

  it('restarts each Buddhist year when numbered per year', () => {
    expect(nextMeetingNumber('per_year', 2568, existing)).toBe(3);
    expect(nextMeetingNumber('per_year', 2569, existing)).toBe(2);
    expect(nextMeetingNumber('per_year', 2570, existing)).toBe(1);
  });

  it('continues across years when numbered as a running total', () => {
    expect(nextMeetingNumber('running', 2570, existing)).toBe(3);
  });

  it('reads and writes n/พ.ศ.', () => {
    expect(formatMeetingNumber(2, 2568)).toBe('2/2568');
    expect(parseMeetingNumber(' 2 / 2568 ')).toEqual({ number: 2, yearBe: 2568 });
    expect(parseMeetingNumber('๒/๒๕๖๘')).toEqual({ number: 2, yearBe: 2568 });
    expect(parseMeetingNumber('0/2568')).toBeNull();
    expect(parseMeetingNumber('2-2568')).toBeNull();
  });

  it('numbers agenda items within their section', () => {
    expect(formatAgendaNumber(4, [1])).toBe('4.1');
    expect(formatAgendaNumber(4, [1, 2])).toBe('4.1.2');
  });
});

describe('numbers an officer set', () => {
  it('start a series at the number given, for its year only, and never go back below a number taken', async () => {
    const { nextMeetingNumber } = await import('../../shared/numbering');
    const set = { number: 5, yearBe: 2569 };
    expect(nextMeetingNumber('per_year', 2569, [], set)).toBe(5);
    expect(nextMeetingNumber('per_year', 2570, [], set)).toBe(1);
    expect(nextMeetingNumber('per_year', 2569, [{ number: 7, yearBe: 2569 }], set)).toBe(8);
    expect(nextMeetingNumber('running', 2570, [{ number: 2, yearBe: 2569 }], set)).toBe(5);
  });
});

describe('quorum', () => {
  it('counts substitutes for members and needs more than half present', async () => {
    const { quorum } = await import('../../shared/quorum');
    const m = (presence: 'unconfirmed' | 'onsite' | 'electronic' | 'absent', role: 'member' | 'substitute' | 'guest' = 'member') => ({ role, presence });
    expect(quorum([m('onsite'), m('electronic'), m('absent'), m('absent')])).toEqual({ present: 2, members: 4, unconfirmed: 0, needed: 3, reached: false });
    expect(quorum([m('onsite'), m('electronic'), m('absent'), m('absent'), m('onsite', 'substitute'), m('onsite', 'guest')])).toEqual({ present: 3, members: 4, unconfirmed: 0, needed: 3, reached: true });
    expect(quorum([]).reached).toBe(false);
  });

  it('counts a seat once: a member there in person and their substitute, or two substitutes for one member', async () => {
    const { quorum } = await import('../../shared/quorum');
    const seat = (personId: string, presence: 'onsite' | 'electronic' | 'absent') => ({ role: 'member' as const, presence, personId });
    const sub = (substituteForId: string, presence: 'onsite' | 'electronic') => ({ role: 'substitute' as const, presence, substituteForId });
    const members = [seat('a', 'onsite'), seat('b', 'absent'), seat('c', 'absent'), seat('d', 'absent')];
    expect(quorum([...members, sub('a', 'electronic')])).toMatchObject({ present: 1, reached: false });
    expect(quorum([...members, sub('b', 'onsite'), sub('b', 'electronic')])).toMatchObject({ present: 2, reached: false });
    expect(quorum([...members, sub('b', 'onsite'), sub('c', 'electronic')])).toMatchObject({ present: 3, needed: 3, reached: true });
  });

  it('needs more than half: 7 of 13, 5 of 8, 1 of 1', async () => {
    const { quorum } = await import('../../shared/quorum');
    const members = (n: number, present: number) => Array.from({ length: n }, (_, i) => ({ role: 'member' as const, presence: i < present ? ('onsite' as const) : ('absent' as const) }));
    expect(quorum(members(13, 7))).toMatchObject({ needed: 7, reached: true });
    expect(quorum(members(13, 6))).toMatchObject({ needed: 7, reached: false });
    expect(quorum(members(8, 4))).toMatchObject({ needed: 5, reached: false });
    expect(quorum(members(1, 1))).toMatchObject({ needed: 1, reached: true });
    expect(quorum([])).toMatchObject({ needed: 0, reached: false });
  });

  it('counts only confirmed presence: before the meeting nobody is present yet', async () => {
    const { quorum } = await import('../../shared/quorum');
    const everyone = [1, 2, 3, 4].map(() => ({ role: 'member' as const, presence: 'unconfirmed' as const }));
    expect(quorum(everyone)).toEqual({ present: 0, members: 4, unconfirmed: 4, needed: 3, reached: false });
    expect(quorum([...everyone.slice(1), { role: 'member', presence: 'onsite' }]).present).toBe(1);
  });
});
