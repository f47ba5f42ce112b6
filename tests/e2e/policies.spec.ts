import { agendaItem, expect, openAgendaItem, openDemoMeeting, test } from './fixtures';

test.use({ demo: true });

const bill = 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม';
const nextStage = 'รับฟังความคิดเห็นและวิเคราะห์ผลกระทบ (มาตรา 77 ของรัฐธรรมนูญ)';

test('moves the game bill to its next stage from item 4.1 and sees it on the policy timeline', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);

  const item = agendaItem(page, '4.1');
  await openAgendaItem(page, '4.1');
  const policies = item.getByTestId('item-policies').first();
  await expect(policies.getByRole('link', { name: bill })).toBeVisible();
  await expect(policies).toContainText('ยกร่างโดยหน่วยงาน');
  await policies.getByRole('button', { name: `เลื่อนขั้นตอน ${bill}` }).click();
  const confirm = policies.getByRole('group', { name: 'เลื่อนขั้นตอน' });
  await expect(confirm).toContainText(nextStage);
  await expect(confirm).toContainText('ระเบียบวาระที่ 4.1');
  await confirm.getByRole('button', { name: 'ยืนยันการเลื่อนขั้นตอน' }).click();
  await expect(policies.getByRole('status')).toHaveText(`เลื่อน “${bill}” ไปขั้นตอน “${nextStage}” แล้ว`);
  await expect(policies).toContainText(nextStage);
  await item.screenshot({ path: 'test-results/screenshots/agenda-item-policies.png' });

  await policies.getByRole('link', { name: bill }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....');
  await expect(page.getByTestId('policy-current-stage')).toHaveText(nextStage);
  const latest = page.getByTestId('policy-history').last();
  await expect(latest).toContainText(nextStage);
  await expect(latest.getByRole('link', { name: 'ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1' })).toBeVisible();
  // The template's stages, the current one marked.
  await expect(page.getByRole('list', { name: 'ขั้นตอนตามแม่แบบ' }).locator('[aria-current="step"]')).toContainText(nextStage);
  await page.screenshot({ path: 'test-results/screenshots/policy-page.png', fullPage: true });

  // The timeline's reference leads back to the meeting.
  await latest.getByRole('link', { name: 'ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ครั้งที่ 2/2568');
});

test('lists the demo policies and opens the decree with its liability question', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  await page.getByRole('link', { name: 'นโยบายและกฎหมาย' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('นโยบายและร่างกฎหมายที่ติดตาม');
  await expect(page.locator('.policies-table tbody tr')).toHaveCount(6);
  await page.screenshot({ path: 'test-results/screenshots/policies-page.png', fullPage: true });
  await page.getByRole('link', { name: 'พ.ร.ก. อาชญากรรมทางเทคโนโลยี' }).click();
  const question = page.getByRole('article', { name: 'ความรับผิดชอบในการชดใช้ความเสียหายจากอาชญากรรมออนไลน์' });
  for (const party of ['สถาบันการเงิน', 'ผู้ให้บริการโทรคมนาคม', 'แพลตฟอร์มดิจิทัล']) await expect(question.getByRole('cell', { name: party, exact: true })).toBeVisible();
});

test('adds a milestone, an indicator with a value and a question to the decree, once each, with Thai messages for what is wrong', async ({ page, lekha }) => {
  await page.goto(`${lekha.url}#/policies`);
  await page.getByRole('link', { name: 'พ.ร.ก. อาชญากรรมทางเทคโนโลยี' }).click();

  // A milestone: refused without its title, then saved once however quickly the button is pressed twice.
  const milestones = page.getByRole('form', { name: 'เพิ่มกำหนดการ' });
  await milestones.getByRole('button', { name: '+ เพิ่มกำหนดการ' }).click();
  await expect(milestones.locator('#milestone-title-error, .field__error').first()).toBeVisible();
  const title = 'เสนอร่างแก้ไขเพิ่มเติมต่อคณะรัฐมนตรี';
  await milestones.getByLabel('กำหนดการ').fill(title);
  await milestones.getByLabel('วันเริ่ม').fill('1/5/2568');
  await milestones.getByRole('button', { name: '+ เพิ่มกำหนดการ' }).dblclick();
  await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: title })).toContainText('2568');

  // An indicator, then a value typed as officers write it; letters are refused with an example.
  const indicators = page.getByRole('form', { name: 'เพิ่มตัวชี้วัด' });
  const indicator = 'จำนวนคดีหลอกลวงทางออนไลน์ที่รับแจ้ง';
  await indicators.getByLabel('ชื่อตัวชี้วัด').fill(indicator);
  await indicators.getByLabel('หน่วยนับ').fill('คดี');
  await indicators.getByRole('button', { name: '+ เพิ่มตัวชี้วัด' }).click();
  const card = page.getByRole('article', { name: `${indicator} (คดี)` });
  await card.getByRole('button', { name: `เพิ่มค่าของ ${indicator}` }).click();
  const valueForm = card.getByRole('form', { name: `เพิ่มค่าของ ${indicator}` });
  await valueForm.getByRole('textbox', { name: 'ค่า', exact: true }).fill('เจ็ดหมื่น');
  await valueForm.getByRole('button', { name: 'บันทึกค่า' }).click();
  await expect(valueForm).toContainText('กรุณากรอกค่าเป็นตัวเลข เช่น 79,610');
  await valueForm.getByRole('textbox', { name: 'ค่า', exact: true }).fill('79,610');
  await valueForm.getByRole('button', { name: 'บันทึกค่า' }).click();
  await expect(card.getByRole('cell', { name: '79,610 คดี' })).toBeVisible();

  // Removing the value asks once more, then it is gone.
  await card.getByRole('button', { name: /^ลบ ค่า ณ วันที่/ }).click();
  await card.getByRole('button', { name: 'ยืนยันการลบค่า' }).click();
  await expect(card.getByRole('cell', { name: '79,610 คดี' })).toHaveCount(0);
  await expect(card).toContainText('ยังไม่มีค่า');

  // A question, shown as its own article.
  const question = 'ผู้ให้บริการแพลตฟอร์มต่างประเทศต้องร่วมรับผิดหรือไม่';
  const questions = page.getByRole('form', { name: 'เพิ่มประเด็น' });
  await questions.getByLabel('ประเด็นใหม่').fill(question);
  await questions.getByRole('button', { name: '+ เพิ่มประเด็น' }).click();
  await expect(page.getByRole('article', { name: question })).toBeVisible();
});
