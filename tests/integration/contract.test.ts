import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract, type Method, methods } from '../../shared/contract';
import { handlers } from '../../electron/api';
import { testCore } from '../helpers/core';

const demo = JSON.parse(readFileSync(new URL('../../resources/demo/meeting-2-2568.json', import.meta.url), 'utf8'));

describe('the contract', () => {
  it('has a handler for every method and no handler outside it', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methods].sort());
  });

  it('answers what its result schemas promise, on the demo meeting', async () => {
    const t = await testCore();
    const { meetingId } = await t.call('exchange.importMeeting', { file: demo });
    const meeting = await t.call('meetings.get', { id: meetingId });
    const calls: [Method, unknown][] = [
      ['reference.sectionTemplates', {}], ['organisations.list', {}], ['people.list', {}], ['series.list', {}],
      ['meetings.list', {}], ['meetings.page', {}], ['meetings.pick', { query: '2/2568' }], ['meetings.get', { id: meetingId }], ['meetings.find', { number: '2/2568' }],
      ['meetings.nextNumber', { seriesId: meeting.seriesId, yearBe: 2568 }], ['audit.list', { meetingId }],
      ['exchange.exportMeeting', { id: meetingId }], ['search.query', { text: 'อาชญากรรม' }],
    ];
    for (const [method, args] of calls) {
      const answer = await t.core.invoke(method, args);
      expect(answer.ok, method).toBe(true);
      const checked = contract[method].result.safeParse((answer as { value: unknown }).value);
      expect(checked.success, `${method}: ${checked.error?.message}`).toBe(true);
    }
  });
});
