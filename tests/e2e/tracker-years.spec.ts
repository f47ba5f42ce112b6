import Database from 'better-sqlite3';
import { expect, test } from './fixtures';

// Two years of generated record (`lekha demo --years 2`, about 9,000 actions): the tracker opens on its
// first page in due-date order and narrows to one agency, each answer checked against the database.
test.use({ years: 2 });

const DUE = "coalesce(a.due_date, '9999-12-31')";

test('the action tracker on two generated years: the first page, then one agency', async ({ page, lekha }) => {
  const db = new Database(lekha.dbPath, { readonly: true });
  const all = db.prepare('select count(*) from action_items').pluck().get() as number;
  const firstTexts = db.prepare(`select a.text from action_items a order by ${DUE}, a.id limit 3`).pluck().all() as string[];
  // The agency with most actions (lead or supporting), as the agency picker labels it.
  const agency = db.prepare(`select o.id, o.abbr_th abbr, o.name_th name, count(*) n from action_owners w join organisations o on o.id = w.organisation_id
    group by o.id order by n desc limit 1`).get() as { id: string; abbr: string; name: string; n: number };
  const agencyTexts = db.prepare(`select a.text from action_items a where exists (select 1 from action_owners w where w.action_id = a.id and w.organisation_id = ?)
    order by ${DUE}, a.id limit 3`).pluck().all(agency.id) as string[];
  db.close();
  expect(all).toBeGreaterThan(5000);
  expect(agency.n).toBeLessThan(all);
  const count = (n: number) => `พบ ${new Intl.NumberFormat('th-TH').format(n)} รายการ`;

  await page.goto(lekha.url);
  await page.getByRole('link', { name: 'ติดตามข้อสั่งการ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ติดตามข้อสั่งการและมติที่ประชุม');
  await expect(page.getByTestId('tracker-total')).toHaveText(count(all));
  const rows = page.getByTestId('tracker-row');
  // The first page, earliest due date first: the rows the database gives in that order.
  for (const [i, text] of firstTexts.entries()) await expect(rows.nth(i).locator('.tracker__text')).toContainText(text);

  await page.getByLabel('หน่วยงาน', { exact: true }).selectOption({ label: `${agency.abbr} — ${agency.name}` });
  await expect(page).toHaveURL(/#\/actions\?org=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`ติดตามข้อสั่งการของ ${agency.abbr}`);
  await expect(page.getByTestId('tracker-total')).toHaveText(count(agency.n));
  for (const [i, text] of agencyTexts.entries()) await expect(rows.nth(i).locator('.tracker__text')).toContainText(text);
  await page.screenshot({ path: 'test-results/screenshots/tracker-years.png' });
});

test('the tracker\'s meeting filter finds a meeting of the first year by its number, from the keyboard', async ({ page, lekha }) => {
  const db = new Database(lekha.dbPath, { readonly: true });
  // The oldest meeting with directives whose number no other series shares: typing it leaves one match.
  const oldest = db.prepare(`select m.id, m.number, m.year_be yearBe, (select count(*) from action_items a join agenda_items i on i.id = a.agenda_item_id where i.meeting_id = m.id) n
    from meetings m where (select count(*) from meetings o where o.number = m.number and o.year_be = m.year_be) = 1
    and exists (select 1 from agenda_items i join action_items a on a.agenda_item_id = i.id where i.meeting_id = m.id)
    order by m.year_be, m.number limit 1`).get() as { id: string; number: number; yearBe: number; n: number };
  const meetings = db.prepare('select count(*) from meetings').pluck().get() as number;
  db.close();
  // More meetings than the choice offers at first: the oldest is not among the latest 20.
  expect(meetings).toBeGreaterThan(40);

  await page.goto(`${lekha.url}#/actions`);
  const choice = page.getByLabel('การประชุม', { exact: true });
  await expect(choice.locator('option')).toHaveCount(21);
  await expect(choice.locator('option', { hasText: `ครั้งที่ ${oldest.number}/${oldest.yearBe} ` })).toHaveCount(0);
  const search = page.getByLabel('ค้นหาการประชุม');
  await search.focus();
  await page.keyboard.type(`${oldest.number}/${oldest.yearBe}`);
  await expect(choice).toHaveValue(oldest.id);
  await page.keyboard.press('Tab');
  await expect(choice).toBeFocused();
  await expect(page.getByTestId('tracker-total')).toHaveText(`พบ ${new Intl.NumberFormat('th-TH').format(oldest.n)} รายการ`);
  await expect(page.getByRole('group', { name: `ข่าวประชาสัมพันธ์การประชุมครั้งที่ ${oldest.number}/${oldest.yearBe}` })).toBeVisible();
});
