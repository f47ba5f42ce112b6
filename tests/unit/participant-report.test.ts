import { describe, expect, it } from 'vitest';
import { parseReport } from '../../electron/services/evidence/parse-report';
import { parseReportTime } from '../../electron/services/evidence/report-time';
import { nameCandidates, nameKey } from '../../electron/services/evidence/match';

const utf16 = (text: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

describe('participant report times', () => {
  it('reads each system\'s way of writing them, as the meeting\'s own wall-clock time', () => {
    expect(parseReportTime('02/24/2025 01:05:12 PM', '2025-02-24')).toBe('2025-02-24T13:05:12');
    expect(parseReportTime('2/24/25, 12:04:51 AM', '2025-02-24')).toBe('2025-02-24T00:04:51');
    expect(parseReportTime('Feb 24, 2025 09:28 AM', '2025-02-24')).toBe('2025-02-24T09:28:00');
    // Day first where only that reading is a date, and where both are, the one that is the meeting's date.
    expect(parseReportTime('24/02/2025 09:23', '2025-02-24')).toBe('2025-02-24T09:23:00');
    expect(parseReportTime('03/02/2025 09:23', '2025-02-03')).toBe('2025-02-03T09:23:00');
    expect(parseReportTime('03/02/2025 09:23', '2025-03-02')).toBe('2025-03-02T09:23:00');
    // A Thai-locale export: Buddhist-era year, 24-hour clock.
    expect(parseReportTime('24/2/2568 14:05:09', '2025-02-24')).toBe('2025-02-24T14:05:09');
    // Teams' activity list sometimes gives a leave time without its date: the join's date.
    expect(parseReportTime('11:02:00 AM', '2025-02-24', '2025-02-24T10:00:05')).toBe('2025-02-24T11:02:00');
    expect(parseReportTime('', '2025-02-24')).toBeNull();
    expect(parseReportTime('not a time', '2025-02-24')).toBeNull();
  });
});

describe('reading a report', () => {
  it('reads Teams\' older attendance list (Joined/Left lines), UTF-16 without a byte-order mark, as one row per join', () => {
    const text = 'Full Name\tUser Action\tTimestamp\r\nนายวิชัย รุ่งเรือง\tJoined\t2/24/2025, 9:22:10 AM\r\nนายวิชัย รุ่งเรือง\tLeft\t2/24/2025, 10:46:55 AM\r\n'
      + 'Malee Saisuwan\tJoined\t2/24/2025, 9:25:33 AM\r\nนายวิชัย รุ่งเรือง\tJoined\t2/24/2025, 10:48:39 AM\r\nนายวิชัย รุ่งเรือง\tLeft\t2/24/2025, 12:00:41 PM\r\n';
    const r = parseReport(utf16(text, false), '2025-02-24');
    expect(r.system).toBe('teams');
    expect(r.rows).toEqual([
      { line: 2, displayName: 'นายวิชัย รุ่งเรือง', email: '', joinedAt: '2025-02-24T09:22:10', leftAt: '2025-02-24T10:46:55' },
      { line: 4, displayName: 'Malee Saisuwan', email: '', joinedAt: '2025-02-24T09:25:33', leftAt: null },
      { line: 5, displayName: 'นายวิชัย รุ่งเรือง', email: '', joinedAt: '2025-02-24T10:48:39', leftAt: '2025-02-24T12:00:41' },
    ]);
  });

  it('reads a Zoom export that Excel saved again (no summary line, columns in another order, no BOM)', () => {
    const text = 'User Email,Name (Original Name),Leave Time,Join Time\nwichai.r@mdes.go.th,วิชัย รุ่งเรือง,02/24/2025 12:00:30 PM,02/24/2025 09:21:40 AM\n';
    expect(parseReport(Buffer.from(text), '2025-02-24')).toEqual({
      system: 'zoom',
      rows: [{ line: 2, displayName: 'วิชัย รุ่งเรือง', email: 'wichai.r@mdes.go.th', joinedAt: '2025-02-24T09:21:40', leftAt: '2025-02-24T12:00:30' }],
    });
  });
});

describe('names as compared', () => {
  it('leave out titles, spaces and punctuation, and try what is inside and outside brackets', () => {
    expect(nameKey('นางสาวพรทิพย์ ศรีสุข')).toBe(nameKey('พรทิพย์  ศรีสุข'));
    expect(nameKey('น.ส.กมลา วงศ์ไทย')).toBe('กมลาวงศ์ไทย');
    expect(nameKey('Dr. Malee Saisuwan')).toBe('maleesaisuwan');
    // "Mr" is a title only as a word of its own: Mrinal is a name.
    expect(nameKey('Mrinal Das')).toBe('mrinaldas');
    expect(nameCandidates('Thana P. (นายธนา พูนผล)')).toEqual(['thanapนายธนาพูนผล', 'thanap', 'ธนาพูนผล']);
  });
});
