// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { th } from '../../../renderer/i18n/th';
import { formatDateLong, formatDateShort, formatTime, loadEnglish, translate, useLangStore } from '../../../renderer/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogs', () => {
  it('English has every key Thai has, and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
  });

  it('no message is empty', () => {
    for (const [key, text] of [...Object.entries(th), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('each English message takes the same placeholders as its Thai one', () => {
    for (const key of Object.keys(th) as (keyof typeof th)[]) {
      // English may drop a Thai-only word (`{time} น.`), never a value.
      expect(placeholders(en[key]), key).toEqual(placeholders(th[key]));
    }
  });

  it('says องค์ประชุม (quorum) only of the quorum, never of the people on a list (officer review E20)', () => {
    // The series' standing members are ผู้เข้าประชุมประจำ / กรรมการประจำ: องค์ประชุม is the quorum.
    const aboutQuorum = /^(quorum\.|attendance\.unconfirmedHint$|members\.intro$)/;
    for (const [key, text] of Object.entries(th)) {
      if (text.includes('องค์ประชุม')) expect(key, text).toMatch(aboutQuorum);
    }
    expect(Object.values(th).filter((text) => text.includes('องค์ประชุมประจำ'))).toEqual([]);
    expect(th['members.title']).toBe('ผู้เข้าประชุมประจำ');
  });

  it('fills placeholders', async () => {
    await loadEnglish();
    expect(translate('th', 'meeting.number', { number: '2/2568' })).toBe('ครั้งที่ 2/2568');
    expect(translate('th', 'agenda.sectionTitle', { number: 4, title: 'เรื่องเพื่อพิจารณา' })).toBe('ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา');
    expect(translate('en', 'meeting.number', { number: '2/2568' })).toBe('No. 2/2568');
  });

  it('shows English only once its catalog, fetched when English is first chosen, has arrived', async () => {
    // Fresh modules: the catalog not yet loaded, Thai shown meanwhile.
    vi.resetModules();
    const i18n = await import('../../../renderer/i18n');
    expect(i18n.translate('en', 'meeting.number', { number: '2/2568' })).toBe('ครั้งที่ 2/2568');
    i18n.useLangStore.getState().setLang('en');
    expect(i18n.useLangStore.getState().lang).toBe('th');
    await vi.waitFor(() => expect(i18n.useLangStore.getState().lang).toBe('en'));
    expect(i18n.translate('en', 'meeting.number', { number: '2/2568' })).toBe('No. 2/2568');
    i18n.useLangStore.getState().setLang('th');
    expect(i18n.useLangStore.getState().lang).toBe('th');
    expect(useLangStore).not.toBe(i18n.useLangStore);
  });

  it('shows dates in the Buddhist era in both languages', () => {
    expect(formatDateShort('th', '2026-11-25')).toBe('25 พ.ย. 2569');
    expect(formatDateLong('th', '2026-11-25')).toBe('วันพุธที่ 25 พฤศจิกายน 2569');
    expect(formatDateShort('en', '2026-11-25')).toBe('25 Nov 2569 BE');
    expect(formatTime('th', '09:30')).toBe('09.30 น.');
  });
});
