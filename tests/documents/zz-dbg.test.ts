import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { renderDocx } from '../../electron/documents/renderers';
import { docxPart, libreOfficePdf, pdfText } from '../helpers/documents';
import { realPeople } from '../helpers/real-people';
it('dbg', async () => {
  const prose = (name: string) => readFileSync(new URL(`../fixtures/real/prose/${name}.txt`, import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const PARAGRAPHS = [...prose('thaigov-cabinet-2568-08-19-selected-items'), ...prose('thaigov-moj-executives-7-2568')].filter((p) => p.includes('27 กันยายน 2569'));
  const docx = await renderDocx({ title: 't', titleLines: [], blocks: PARAGRAPHS.map((text) => ({ type: 'paragraph', text })), page: { marginsCm: { top: 2, right: 7.5, bottom: 2, left: 7.5 }, digits: 'arabic', secrecy: '', urgency: '', footerNote: '' }, body: { align: 'left', firstLineCm: 0 }, font: { profile: 'sarabun', size: 14, regularPath: null, boldPath: null } }, { people: realPeople });
  const xml = docxPart(docx, 'word/document.xml');
  const i = xml.indexOf('27');
  console.log(JSON.stringify(xml.slice(i - 200, i + 100)));
  const pdf = libreOfficePdf(docx); writeFileSync('/tmp/pd/glue.pdf', pdf);
  const t = pdfText(pdf); const j = t.indexOf('27'); console.log(JSON.stringify(t.slice(j - 100, j + 60)));
}, 60000);
