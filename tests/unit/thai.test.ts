import { describe, expect, it } from 'vitest';
import {
  buddhistYear, formatBeSlash, formatThaiDate, formatThaiDateLong, formatThaiDateShort, formatThaiTime,
  parseThaiDateInput, parseTimeInput, toArabicDigits, toThaiDigits, toThaiDigitsInText,
} from '../../shared/thai';

describe('Thai dates', () => {
  it('prints the Buddhist era as officers write it', () => {
    expect(formatThaiDate('2026-11-25')).toBe('25 พฤศจิกายน 2569');
    expect(formatThaiDateShort('2026-11-25')).toBe('25 พ.ย. 2569');
    expect(formatThaiDateLong('2026-11-25')).toBe('วันพุธที่ 25 พฤศจิกายน 2569');
    expect(formatBeSlash('2025-02-03')).toBe('3/2/2568');
    expect(buddhistYear('2025-01-01')).toBe(2568);
  });

  it('reads dates the way officers type them', () => {
    expect(parseThaiDateInput('25/11/2569')).toBe('2026-11-25');
    expect(parseThaiDateInput('๒๕/๑๑/๒๕๖๙')).toBe('2026-11-25');
    expect(parseThaiDateInput('1-4-68')).toBe('2025-04-01');
    expect(parseThaiDateInput('2026-11-25')).toBe('2026-11-25');
  });

  it('refuses dates that do not exist', () => {
    expect(parseThaiDateInput('31/02/2569')).toBeNull();
    expect(parseThaiDateInput('29/02/2568')).toBeNull(); // 2025 is not a leap year
    expect(parseThaiDateInput('29/02/2567')).toBe('2024-02-29');
    expect(parseThaiDateInput('พรุ่งนี้')).toBeNull();
  });
});

describe('Thai times and digits', () => {
  it('reads 24-hour times in the usual Thai forms', () => {
    expect(parseTimeInput('9.30')).toBe('09:30');
    expect(parseTimeInput('09:30')).toBe('09:30');
    expect(parseTimeInput('13.00 น.')).toBe('13:00');
    expect(parseTimeInput('๑๔.๔๕')).toBe('14:45');
    expect(parseTimeInput('25.00')).toBeNull();
    expect(parseTimeInput('9.75')).toBeNull();
    expect(formatThaiTime('09:30')).toBe('09.30 น.');
  });

  it('converts between Arabic and Thai digits and leaves other text alone', () => {
    expect(toThaiDigits('ครั้งที่ 2/2568 เวลา 09.30 น.')).toBe('ครั้งที่ ๒/๒๕๖๘ เวลา ๐๙.๓๐ น.');
    expect(toArabicDigits('๗๙,๖๑๐ แห่ง')).toBe('79,610 แห่ง');
  });

  it('writes Thai digits in running text but leaves digits that belong to Latin names and addresses alone', () => {
    const t = toThaiDigitsInText;
    expect(t('ปี 2568')).toBe('ปี ๒๕๖๘');
    expect(t('ครั้งที่ 2/2568 ระเบียบวาระที่ 4.2 เวลา 09.30 น.')).toBe('ครั้งที่ ๒/๒๕๖๘ ระเบียบวาระที่ ๔.๒ เวลา ๐๙.๓๐ น.');
    expect(t('การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)')).toBe('การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙ (COVID-19)');
    expect(t('ได้รับการรับรองมาตรฐาน ISO 27001 เมื่อปี 2567')).toBe('ได้รับการรับรองมาตรฐาน ISO 27001 เมื่อปี ๒๕๖๗');
    expect(t('ISO/IEC 27001:2022, เครือข่าย 5G และไข้หวัดนก H5N1')).toBe('ISO/IEC 27001:2022, เครือข่าย 5G และไข้หวัดนก H5N1');
    expect(t('กองทุนหมู่บ้าน 79,610 แห่ง ผ่านเว็บไซต์ tddc.gdcatalog.go.th มีข้อมูล 237 ชุด')).toBe('กองทุนหมู่บ้าน ๗๙,๖๑๐ แห่ง ผ่านเว็บไซต์ tddc.gdcatalog.go.th มีข้อมูล ๒๓๗ ชุด');
    // A Latin word after the number does not make it Latin; brackets end a Latin name.
    expect(t('ข้อ 4.1 Big Data และ (Top Executives) 2/2568')).toBe('ข้อ ๔.๑ Big Data และ (Top Executives) ๒/๒๕๖๘');
  });
});
