import { describe, expect, it } from 'vitest';
import { breakCandidates, breakOpportunities, Kind } from '../../electron/documents/thai/breaks';
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

  it('fall where the segmenter and the dictionary both see a word boundary', () => {
    expect(pieces('ที่ประชุมรับทราบ', nothing)).toEqual(['ที่ประชุม', 'รับทราบ']);
    // Compounds readers keep whole that Intl.Segmenter alone splits (issue 9).
    const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    const text = 'ข้อมูลพื้นฐานการแต่งตั้งหน่วยงานรับผิดชอบเพิ่มเติมสำหรับผู้ประกอบการ';
    for (const word of ['พื้นฐาน', 'แต่งตั้ง', 'รับผิดชอบ', 'เพิ่มเติม', 'ผู้ประกอบการ', 'หน่วยงาน']) {
      const at = text.indexOf(word);
      const cut = Array.from(segmenter.segment(text), (s) => s.index).some((i) => i > at && i < at + word.length);
      expect(cut, `the segmenter alone splits ${word}`).toBe(true);
      expect(brokenInside(text, word, nothing), word).toBe(false);
    }
    expect(pieces(text, nothing)).toEqual(['ข้อมูล', 'พื้นฐาน', 'การ', 'แต่งตั้ง', 'หน่วยงาน', 'รับผิดชอบ', 'เพิ่มเติม', 'สำหรับ', 'ผู้ประกอบการ']);
  });

  it('keep the segmenter’s and the dictionary’s disagreements as dearer kinds of break', () => {
    const text = 'ข้อมูลพื้นฐานตามพระราชบัญญัติ';
    const c = breakCandidates(text, { noBreak: nothing });
    const kindAt = (i: number) => c.kind[c.at.indexOf(i)];
    expect(kindAt(text.indexOf('ฐาน'))).toBe(Kind.segmenterOnly); // พื้น|ฐาน
    expect(kindAt(text.indexOf('พระ'))).toBe(Kind.dictionaryOnly); // the segmenter reads ตามพ|ระ
    expect(kindAt(text.indexOf('พื้น'))).toBe(Kind.good);
  });

  it('break a protected word only at its own word boundaries, and at a higher price', () => {
    for (const word of ['พระราชบัญญัติ', 'การบูรณาการ', 'ธรรมาภิบาล', 'ปีงบประมาณ', 'ราชกิจจานุเบกษา', 'คณะกรรมการกฤษฎีกา', 'ยุทธศาสตร์', 'แผนงาน', 'ผู้ประสบภัย', 'พระราชกำหนด', 'เจ้าหน้าที่', 'พื้นที่', 'ดีป้า']) {
      expect(brokenInside(PROSE + word, word), word).toBe(false);
    }
    const text = 'ให้สำนักงานปลัดกระทรวงดำเนินการ';
    const c = breakCandidates(text, { noBreak: shipped });
    const inner = c.at.map((p, i) => [text.slice(0, p), c.kind[i]] as const).filter(([before]) => before.length > 'ให้'.length && before.length < 'ให้สำนักงานปลัดกระทรวง'.length);
    expect(inner).toEqual([['ให้สำนักงาน', Kind.protectedWord], ['ให้สำนักงานปลัด', Kind.protectedWord]]);
    // Protection also repairs the segmenter's boundary before the word (ตามพ|ระ).
    expect(pieces('ดำเนินการตามพระราชบัญญัติ')).toEqual(['ดำเนินการ', 'ตาม', 'พระราชบัญญัติ']);
    expect(pieces('ประจำปีงบประมาณพ.ศ.๒๕๖๙')).toEqual(['ประจำ', 'ปีงบประมาณ', 'พ.ศ.๒๕๖๙']);
    expect(pieces('ตามกสทช.และ')).toEqual(['ตาม', 'กสทช.', 'และ']);
  });

  it('read ำ typed as ํา (text copied out of PDFs) as the same word', () => {
    const typed = 'พระราชกำหนดการกู้ยืมเงิน';
    const decomposed = typed.replace('ำ', '\u0e4d\u0e32');
    expect(pieces(decomposed, nothing).join('|').replace('\u0e4d\u0e32', 'ำ')).toBe(pieces(typed, nothing).join('|'));
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
    // Nor before a silent consonant: the dictionary's จันทร|ร์... or เมน|ท์ readings are not Thai.
    for (const word of ['จันทร์', 'ดีเวลลอปเมนท์', 'ศาสตร์']) expect(brokenInside(`ของ${word}และ`, word, nothing), word).toBe(false);
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

  it('keep dotted abbreviations whole, and may end a line after one', () => {
    // Abbreviations of laws, ministers and agencies from real minutes; some not in any word list.
    const text = 'ที่ประชุมเห็นชอบร่างพ.ร.บ.ส่งเสริมอุตสาหกรรมเกมตามที่รมว.ทส.เสนอ และให้สำนักงานป.ป.ส.กับสป.ดศ.รายงานผ่านกสทช.ต่อไป';
    for (const word of ['พ.ร.บ.', 'รมว.ทส.', 'ป.ป.ส.', 'สป.ดศ.']) expect(brokenInside(text, word, nothing), word).toBe(false);
    // Undotted inside and glued to the word before, กสทช. is only known from the shipped list.
    expect(brokenInside(text, 'กสทช.', shipped)).toBe(false);
    const breaks = breakCandidates(text, { noBreak: nothing }).at;
    expect(breaks).toContain(text.indexOf('ส่งเสริม'));
    expect(breaks).toContain(text.indexOf('ต่อไป'));
  });

  it('hold a date range and พ.ศ. .... of a draft law together', () => {
    const held = (text: string, span: string) => {
      const c = breakCandidates(text, { noBreak: nothing });
      const from = text.indexOf(span);
      return c.at.filter((p, i) => p > from && p < from + span.length && !c.glued[i]);
    };
    expect(held('จัดอบรมระหว่างวันที่ 1–20 เมษายน 2568 ณ กรุงเทพ', '1–20 เมษายน 2568')).toEqual([]);
    expect(held('จัดอบรมระหว่างวันที่ 1-20 เม.ย. 2568 ณ กรุงเทพ', '1-20 เม.ย. 2568')).toEqual([]);
    expect(held('ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. .... ตามที่เสนอ', 'พ.ศ. ....')).toEqual([]);
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
  it('ships agency names, titles and abbreviations, read from resources/thai', () => {
    expect(shippedNoBreakWords.length).toBeGreaterThan(50);
    for (const word of ['สำนักงานสถิติแห่งชาติ', 'สำนักงานส่งเสริมเศรษฐกิจดิจิทัล', 'สำนักงานปลัดกระทรวง', 'พระราชบัญญัติ', 'กสทช.', 'ดีป้า']) {
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
