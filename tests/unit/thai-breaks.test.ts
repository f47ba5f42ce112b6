import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../../electron/documents/thai/breaks';
import { noBreakMatcher, parseNoBreakWords, shippedNoBreakWords } from '../../electron/documents/thai/no-break';

const shipped = noBreakMatcher(shippedNoBreakWords);
const nothing = noBreakMatcher([]);

/** The text cut at every break opportunity. */
function pieces(text: string, matcher = shipped): string[] {
  const cuts = [0, ...breakOpportunities(text, matcher), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

/** Whether some break falls strictly inside `word` wherever it occurs in `text`. */
function brokenInside(text: string, word: string, matcher = shipped): boolean {
  const breaks = new Set(breakOpportunities(text, matcher));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    for (let i = at + 1; i < at + word.length; i++) if (breaks.has(i)) return true;
  }
  return false;
}

const FOLLOWING_VOWELS_AND_MARKS = 'ะัาำิีึืฺุูๅ็่้๊๋์ํ๎';
const LEADING_VOWELS = 'เแโใไ';

// Minutes prose without spaces (as Thai is written inside a phrase), with ๆ ฯ and ฯลฯ.
const PROSE =
  'ประธานแจ้งให้ที่ประชุมทราบว่าสำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติได้ดำเนินการตามพระราชบัญญัติการพัฒนาดิจิทัลเพื่อเศรษฐกิจและสังคม' +
  'โดยมุ่งเน้นการบูรณาการข้อมูลระหว่างหน่วยงานภาครัฐตามหลักธรรมาภิบาลและความโปร่งใสในการบริหารงบประมาณประจำปีงบประมาณพ.ศ.๒๕๖๙ ' +
  'ทั้งนี้ให้ผู้อำนวยการกองยุทธศาสตร์และแผนงานจัดทำรายงานจำนวนผู้ประสบภัยน้ำท่วมเป็นระยะๆ และติดตามซ้ำ ๆ ทุกเดือนที่กรุงเทพฯ ฯลฯ ' +
  'เจ้าหน้าที่ลงพื้นที่เพื่อสำรวจแผนงานและการประกาศใช้พระราชกำหนดซึ่งลงในราชกิจจานุเบกษาแล้วตามมติคณะรัฐมนตรีและคณะกรรมการกฤษฎีกา';

describe('Thai break opportunities', () => {
  it('are sorted positions strictly inside the text', () => {
    const breaks = breakOpportunities(PROSE, shipped);
    expect(breaks.length).toBeGreaterThan(50);
    expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
    expect(breaks[0]).toBeGreaterThan(0);
    expect(breaks.at(-1)).toBeLessThan(PROSE.length);
    expect(breakOpportunities('', shipped)).toEqual([]);
    expect(breakOpportunities('ก', shipped)).toEqual([]);
  });

  it('fall between Thai words, where the text has no spaces', () => {
    expect(pieces('ที่ประชุมรับทราบ', nothing)).toEqual(['ที่', 'ประชุม', 'รับ', 'ทราบ']);
    expect(pieces('ที่ประชุมรับทราบ')).toEqual(['ที่ประชุม', 'รับทราบ']);
  });

  it('never split a protected word, and allow a break at its edges', () => {
    for (const word of ['พระราชบัญญัติ', 'การบูรณาการ', 'ธรรมาภิบาล', 'ปีงบประมาณ', 'ราชกิจจานุเบกษา', 'คณะกรรมการกฤษฎีกา', 'ยุทธศาสตร์', 'แผนงาน', 'ผู้ประสบภัย', 'พระราชกำหนด', 'เจ้าหน้าที่', 'พื้นที่', 'ดีป้า']) {
      expect(brokenInside(PROSE + word, word), word).toBe(false);
    }
    // The segmenter alone cuts these words (ตามพ|ระ|ราช|บัญญัติ, กา|รบู|รณา|การ, ธร|รมาภิ|บาล) ...
    expect(brokenInside(PROSE, 'พระราชบัญญัติ', nothing)).toBe(true);
    expect(brokenInside(PROSE, 'การบูรณาการ', nothing)).toBe(true);
    expect(brokenInside(PROSE, 'ธรรมาภิบาล', nothing)).toBe(true);
    // ... and protection also repairs the boundary before the word.
    expect(pieces('ดำเนินการตามพระราชบัญญัติ')).toEqual(['ดำเนินการ', 'ตาม', 'พระราชบัญญัติ']);
    expect(pieces('ประจำปีงบประมาณพ.ศ.๒๕๖๙')).toEqual(['ประจำ', 'ปีงบประมาณ', 'พ.ศ.๒๕๖๙']);
  });

  it('keep every shipped word whole in running text', () => {
    for (const word of shippedNoBreakWords) {
      expect(brokenInside(`ตาม${word}และการ${word}ที่`, word), word).toBe(false);
    }
  });

  it('never break before ๆ ฯ, a following vowel or a mark, nor after a leading vowel', () => {
    const text = `${PROSE} ${'นายประเสริฐกล่าวว่ากระทรวงดีอีมีภารกิจขับเคลื่อนรัฐบาลดิจิทัลเพื่อเพิ่มประสิทธิภาพการให้บริการประชาชนโดยเตรียมเชื่อมโยงระบบ'}`;
    for (const matcher of [shipped, nothing]) {
      for (const i of breakOpportunities(text, matcher)) {
        expect(text.startsWith(' ฯลฯ', i - 1) ? '' : `${FOLLOWING_VOWELS_AND_MARKS}ๆฯ`, `before ${text.slice(i - 5, i)}|${text.slice(i, i + 5)}`).not.toContain(text[i]);
        expect(LEADING_VOWELS, `after ${text.slice(i - 5, i)}|${text.slice(i, i + 5)}`).not.toContain(text[i - 1]);
      }
    }
    expect(pieces('ติดตามซ้ำ ๆ ทุกเดือน')).toEqual(['ติดตาม', 'ซ้ำ ๆ ', 'ทุก', 'เดือน']);
    expect(pieces('กรุงเทพฯ ฯลฯ')).toEqual(['กรุงเทพฯ ', 'ฯลฯ']);
  });

  it('keep Latin words, numbers and host names whole', () => {
    const text = 'กองทุนหมู่บ้าน 79,610 แห่งผ่าน Dashboard และเว็บไซต์ “tddc.gdcatalog.go.th” ซึ่งมีข้อมูล 237 ชุด';
    for (const word of ['79,610', 'Dashboard', 'tddc.gdcatalog.go.th', '237']) {
      expect(brokenInside(text, word), word).toBe(false);
      expect(brokenInside(text.replace(/\s+/g, ''), word), `${word} without spaces`).toBe(false);
    }
    expect(pieces('City Data Platform')).toEqual(['City ', 'Data ', 'Platform']);
  });

  it('leave spaces at the end of the line before the break', () => {
    expect(pieces('ที่ประชุม  รับทราบ')).toEqual(['ที่ประชุม  ', 'รับทราบ']);
  });

  it('honour words the officer adds', () => {
    const text = 'นายประเสริฐจันทรรวงทองรองนายกรัฐมนตรี';
    expect(brokenInside(text, 'จันทรรวงทอง')).toBe(true); // the segmenter: จันทร|รวง|ทอง
    const withUser = noBreakMatcher([...shippedNoBreakWords, ' จันทรรวงทอง ', '']);
    expect(brokenInside(text, 'จันทรรวงทอง', withUser)).toBe(false);
    expect(pieces(text, withUser)).toContain('จันทรรวงทอง');
  });
});

describe('no-break word list', () => {
  it('ships agency names and legal terms, read from resources/thai', () => {
    expect(shippedNoBreakWords.length).toBeGreaterThan(150);
    for (const word of ['สำนักงานสถิติแห่งชาติ', 'สำนักงานส่งเสริมเศรษฐกิจดิจิทัล', 'พระราชบัญญัติ', 'ราชกิจจานุเบกษา', 'ระเบียบวาระ', 'มติที่ประชุม']) {
      expect(shippedNoBreakWords).toContain(word);
    }
    expect(shippedNoBreakWords.every((w) => w.length > 0 && w === w.trim() && !w.includes('#'))).toBe(true);
    expect(new Set(shippedNoBreakWords).size).toBe(shippedNoBreakWords.length);
  });

  it('parses one word per line with # comments', () => {
    expect(parseNoBreakWords('# heading\nพระราชบัญญัติ\n\n  แผนงาน  # note\r\n')).toEqual(['พระราชบัญญัติ', 'แผนงาน']);
  });

  it('matches the longest word at each position, left to right', () => {
    const m = noBreakMatcher(['งบประมาณ', 'ปีงบประมาณ', 'ประมาณ']);
    expect(m.words).toEqual(['ปีงบประมาณ', 'งบประมาณ', 'ประมาณ']);
    const text = 'ในปีงบประมาณและงบประมาณ';
    expect(m.spans(text).map(([a, b]) => text.slice(a, b))).toEqual(['ปีงบประมาณ', 'งบประมาณ']);
    expect(noBreakMatcher([]).spans(text)).toEqual([]);
  });
});
