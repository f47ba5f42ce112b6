import { describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract';
import { permissions, roles } from '../../shared/permissions';
import { testCore } from '../helpers/core';
import { rawQuery } from '../helpers/pg';
import { as, officer } from '../helpers/officers';
import { realMeetingFile } from '../helpers/real-meeting';

type Page = { total: number; rows: { id: string; text: string; leadOrgId: string | null; supportOrgIds: string[] }[] };

/** A real Cabinet meeting (tests/fixtures/real) with its directives to ดศ., มท., กค. and others. */
async function cabinet() {
  const t = await testCore();
  const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') });
  const orgs = await t.call('organisations.list', {});
  const org = (abbr: string) => orgs.find((o) => o.abbrTh === abbr)!.id;
  return { t, meetingId, org };
}

describe('the permission table (shared/permissions.ts)', () => {
  it('names every contract method, and no method the contract lacks, each with at least the secretariat', () => {
    expect(Object.keys(permissions).sort()).toEqual([...methods].sort());
    for (const m of methods) {
      expect(permissions[m].every((r) => roles.includes(r))).toBe(true);
      expect(permissions[m]).toContain('secretariat');
    }
  });
});

describe('an agency reporter', () => {
  it('sees and reports on its own agency’s directives, lead or supporting, and is refused any other, in Thai', async () => {
    const { t, org } = await cabinet();
    const reporter = await officer(t, { name: 'สมศรี ใจดี', username: 'somsri', role: 'reporter', agency: 'กค.' });
    const mine = await as(t, reporter, 'actions.list', {});
    if (!mine.ok) throw new Error(mine.error.message);
    const rows = (mine.value as Page).rows;
    // กค. supports two directives of this meeting (ดศ.'s and พณ.'s) and leads none.
    expect(rows.length).toBe(2);
    expect(rows.every((r) => r.leadOrgId === org('กค.') || r.supportOrgIds.includes(org('กค.')))).toBe(true);

    const other = await as(t, reporter, 'actions.list', { organisationId: org('มท.') });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!other.ok) expect(other.error.message).toMatch(/สมศรี ใจดี รายงานได้เฉพาะข้อสั่งการของ กค\. ไม่ใช่ของ มท\./);

    const all = (await t.call('actions.list', {})).rows;
    const interior = all.find((r) => r.leadOrgId === org('มท.'))!;
    const refused = await as(t, reporter, 'actions.addProgress', { actionId: interior.id, date: '2026-11-20', text: 'ดำเนินการแล้ว' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!refused.ok) expect(refused.error.message).toContain('ข้อสั่งการนี้ไม่ได้มอบให้ กค.');
    expect(await t.call('actions.progress', { actionId: interior.id })).toEqual([]);
    expect(await as(t, reporter, 'actions.progress', { actionId: interior.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const allowed = await as(t, reporter, 'actions.addProgress', { actionId: rows[0].id, date: '2026-11-20', text: 'กรมบัญชีกลางให้ความเห็นแล้ว', percent: 30 });
    expect(allowed).toMatchObject({ ok: true, value: [{ percent: 30, reportedBy: 'สมศรี ใจดี' }] });
    // Nothing outside progress: not even its own directive's text.
    expect(await as(t, reporter, 'actions.update', { id: rows[0].id, text: 'แก้ไข' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await as(t, reporter, 'people.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The tracker's meeting filter searches the meetings, as meetings.list let the reporter read them.
    expect(await as(t, reporter, 'meetings.pick', { query: '' })).toMatchObject({ ok: true });
    expect(await as(t, reporter, 'search.query', { text: 'กระทรวง' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('writes the audit log under the signed-in officer’s name and id, not the OS user’s', async () => {
    const { t } = await cabinet();
    const reporter = await officer(t, { name: 'สมศรี ใจดี', username: 'somsri', role: 'reporter', agency: 'กค.' });
    const [row] = ((await as(t, reporter, 'actions.list', {})) as { value: Page }).value.rows;
    await as(t, reporter, 'actions.addProgress', { actionId: row.id, date: '2026-11-20', text: 'ส่งความเห็นแล้ว' });
    const history = await t.call('audit.list', { entity: 'progress_updates', limit: 10 });
    expect(history.map((h) => h.actor)).toEqual(['สมศรี ใจดี']);
    // The status moved too, in the same change, under the same officer.
    expect((await t.call('audit.list', { entity: 'action_items', entityId: row.id })).map((h) => h.actor)[0]).toBe('สมศรี ใจดี');
    const ids = await rawQuery(t.dbPath, "select actor, actor_id from audit_log where entity in ('progress_updates', 'action_items') and actor_id is not null");
    expect(ids).toEqual([{ actor: 'สมศรี ใจดี', actor_id: reporter.id }, { actor: 'สมศรี ใจดี', actor_id: reporter.id }]);
  });
});

describe('a reader', () => {
  it('reads, and is refused every method that changes something or leaves as a document, before its form is checked', async () => {
    const { t, meetingId } = await cabinet();
    const reader = await officer(t, { name: 'วิชัย อ่านดี', username: 'wichai', role: 'reader' });
    expect(await as(t, reader, 'meetings.get', { id: meetingId })).toMatchObject({ ok: true });
    const writes = methods.filter((m) => !permissions[m].includes('reader'));
    expect(writes).toEqual(expect.arrayContaining(['agenda.update', 'minutes.certify', 'actions.addProgress', 'settings.update', 'documents.export']));
    for (const m of writes) {
      const answer = await as(t, reader, m, {});
      expect(answer, m).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      if (!answer.ok) expect(answer.error.message).toContain('บทบาท "ผู้อ่าน" ของ วิชัย อ่านดี ทำรายการนี้ไม่ได้');
    }
    expect((await t.call('audit.list', { limit: 1000 })).filter((e) => e.actor === 'วิชัย อ่านดี')).toEqual([]);
  });

  it('is refused a meeting holding an item above its clearance, and finds nothing of it by search', async () => {
    const { t, meetingId } = await cabinet();
    const reader = await officer(t, { name: 'วิชัย อ่านดี', username: 'wichai', role: 'reader' });
    const cleared = await officer(t, { name: 'มาลี ลับมาก', username: 'malee', role: 'reader', clearance: 'secret' });
    const found = await as(t, reader, 'search.query', { text: 'กระทรวงการคลัง' });
    const hits = (v: unknown) => (v as { groups: { hits: unknown[] }[] }).groups.flatMap((g) => g.hits).length;
    if (!found.ok) throw new Error(found.error.message);
    expect(hits(found.value)).toBeGreaterThan(0);

    const item = (await t.call('meetings.get', { id: meetingId })).agendaItems.find((i) => i.parentId === null)!;
    await t.call('agenda.update', { id: item.id, secrecy: 'secret' });
    const refused = await as(t, reader, 'meetings.get', { id: meetingId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!refused.ok) expect(refused.error.message).toContain('ชั้นความลับ "ลับมาก" สูงกว่าสิทธิ์ของ วิชัย อ่านดี');
    expect(await as(t, reader, 'minutes.get', { meetingId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const after = await as(t, reader, 'search.query', { text: 'กระทรวงการคลัง' });
    expect(after.ok && hits(after.value)).toBe(0);
    // A reader cleared for ลับมาก reads it.
    expect(await as(t, cleared, 'meetings.get', { id: meetingId })).toMatchObject({ ok: true });
  });

  it('reads a policy linked to a secret item with that item’s subject withheld, and the rest as it is', async () => {
    const { t, meetingId } = await cabinet();
    const reader = await officer(t, { name: 'วิชัย อ่านดี', username: 'wichai', role: 'reader' });
    const [secretItem, openItem] = (await t.call('meetings.get', { id: meetingId })).agendaItems.filter((i) => i.parentId === null);
    const policy = await t.call('policies.create', { kind: 'project', titleTh: 'โครงการประกันรายได้เกษตรกร' });
    for (const item of [secretItem, openItem]) await t.call('policies.linkItem', { policyId: policy.id, agendaItemId: item.id, linked: true });
    await t.call('agenda.update', { id: secretItem.id, secrecy: 'confidential' });
    const read = await as(t, reader, 'policies.get', { id: policy.id });
    if (!read.ok) throw new Error(read.error.message);
    const refs = (read.value as { agendaItems: { agendaItemId: string; subject: string }[] }).agendaItems;
    expect(refs.find((r) => r.agendaItemId === secretItem.id)?.subject).toContain('ปกปิด');
    expect(refs.find((r) => r.agendaItemId === openItem.id)?.subject).toBe(openItem.subject);
    expect(JSON.stringify(read.value)).not.toContain(secretItem.subject);
    // The secretariat reads it whole.
    expect((await t.call('policies.get', { id: policy.id })).agendaItems.map((r) => r.subject)).toContain(secretItem.subject);
  });

  it('cannot be given ลับที่สุด: that class is the secretariat’s', async () => {
    const { t } = await cabinet();
    await expect(t.core.auth.addOfficer({ name: 'ก ข', username: 'kk-reader', role: 'reader', clearance: 'top_secret', password: 'ยาวพอแล้วนะ1234' }))
      .rejects.toThrow(/ลับที่สุด.*เฉพาะเจ้าหน้าที่ฝ่ายเลขานุการ/);
  });
});

describe('a reporter and a secret directive', () => {
  it('keeps the row of its agency’s directive from a ลับ item, with the text withheld', async () => {
    const { t, meetingId, org } = await cabinet();
    const reporter = await officer(t, { name: 'สมชาย รายงาน', username: 'somchai', role: 'reporter', agency: 'มท.' });
    const directive = (await t.call('actions.list', { organisationId: org('มท.') })).rows[0];
    await t.call('agenda.update', { id: directive.agendaItemId, secrecy: 'confidential' });
    const page = (await as(t, reporter, 'actions.list', {})) as { ok: true; value: Page };
    const row = page.value.rows.find((r) => r.id === directive.id)!;
    expect(row.text).toContain('ปกปิด');
    expect(row.text).not.toContain(directive.text.slice(0, 20));
    expect(JSON.stringify(page.value)).not.toContain(directive.text.slice(0, 30));
    expect(await as(t, reporter, 'reports.actions', { format: 'csv' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    void meetingId;
  });
});
