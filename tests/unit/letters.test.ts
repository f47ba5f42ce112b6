import { describe, expect, it } from 'vitest';
import { columnsLayout } from '../../electron/documents/columns-layout';
import { headTitle } from '../../electron/documents/letters/recipient';

describe('the head of an agency, when nobody of it is on record', () => {
  it('is the title Thai agencies of that kind give their head', () => {
    expect(headTitle('กระทรวงการคลัง')).toBe('ปลัดกระทรวงการคลัง');
    expect(headTitle('กรมชลประทาน')).toBe('อธิบดีกรมชลประทาน');
    expect(headTitle('สำนักงานปลัดกระทรวงยุติธรรม')).toBe('ปลัดกระทรวงยุติธรรม');
    expect(headTitle('สำนักงานคณะกรรมการกฤษฎีกา')).toBe('เลขาธิการคณะกรรมการกฤษฎีกา');
    expect(headTitle('สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ')).toBe('เลขาธิการสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ');
    expect(headTitle('สำนักงาน ก.พ.')).toBe('เลขาธิการ ก.พ.');
    expect(headTitle('สำนักงานสถิติแห่งชาติ')).toBe('ผู้อำนวยการสำนักงานสถิติแห่งชาติ');
  });
});

describe('the two columns of a letter’s head', () => {
  // One point per character: widths are easy to reason about.
  const measure = (s: string) => s.length;
  const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${Math.max(1, Math.floor(width))}}`, 'g')) ?? [''];
  const page = { textWidth: 300, centre: 150 };

  it('puts a short address flush with the right margin, never left of the centre', () => {
    const { rightX, rows } = columnsLayout({ type: 'columns', left: ['ที่ ab/'], right: ['x'.repeat(40), 'y'.repeat(20)] }, page, measure, wrap);
    expect(rightX).toBe(150);
    expect(rows).toEqual([{ left: 'ที่ ab/', right: 'x'.repeat(40) }, { left: '', right: 'y'.repeat(20) }]);
  });

  it('starts left of the centre for a long line, as far as a third of the width, and wraps what is longer still', () => {
    const long = columnsLayout({ type: 'columns', left: ['ที่'], right: ['x'.repeat(180)] }, page, measure, wrap);
    expect(long.rightX).toBe(300 - 3 - 180);
    expect(long.rows).toHaveLength(1);
    const longer = columnsLayout({ type: 'columns', left: ['ที่'], right: ['x'.repeat(250)] }, page, measure, wrap);
    expect(longer.rightX).toBe(100);
    expect(longer.rows.length).toBeGreaterThan(1);
    expect(Math.max(...longer.rows.map((r) => r.right.length))).toBeLessThanOrEqual(300 - 3 - 100);
  });
});
