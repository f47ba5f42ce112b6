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

describe('quorum', () => {
  it('counts substitutes for members and needs more than half present', async () => {
    const { quorum } = await import('../../shared/quorum');
    const m = (presence: 'onsite' | 'electronic' | 'absent', role: 'member' | 'substitute' | 'guest' = 'member') => ({ role, presence });
    expect(quorum([m('onsite'), m('electronic'), m('absent'), m('absent')])).toEqual({ present: 2, members: 4, reached: false });
    expect(quorum([m('onsite'), m('electronic'), m('absent'), m('absent'), m('onsite', 'substitute'), m('onsite', 'guest')])).toEqual({ present: 3, members: 4, reached: true });
    expect(quorum([]).reached).toBe(false);
  });
});
