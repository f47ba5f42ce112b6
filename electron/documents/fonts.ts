import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LekhaError } from '../../shared/errors';
import type { FontChoice } from './model';

const require = createRequire(import.meta.url);

/** Sarabun (OFL) from `@expo-google-fonts/sarabun`: shipped, so documents look the same on every machine. */
export const sarabunPaths = {
  regular: require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
};

export interface FontFiles {
  /** The family name written into DOCX files. */
  family: string;
  regular: Buffer;
  bold: Buffer;
  /** Whether the DOCX embeds the files (Sarabun) or only names the family (TH SarabunPSK, which Word has). */
  embedInDocx: boolean;
}

/** The shipped files, read once: they come with the app, not from a path anyone typed. */
const shipped = { regular: null as Buffer | null, bold: null as Buffer | null };
const sarabun = (weight: 'regular' | 'bold'): Buffer => {
  shipped[weight] ??= readFileSync(sarabunPaths[weight]);
  return shipped[weight];
};

/**
 * The font files a document uses: the TrueType files the officer chose (read beforehand into
 * `choice.files`: font-files.ts), else the shipped Sarabun. A chosen path whose contents were not read
 * beforehand is a programming error, refused rather than read here with a blocking call.
 */
export function fontFiles(choice: FontChoice): FontFiles {
  const family = choice.profile === 'sarabun' ? 'Sarabun' : 'TH SarabunPSK';
  if ((choice.regularPath || choice.boldPath) && !choice.files) {
    throw new LekhaError('INTERNAL', 'ไฟล์ฟอนต์ที่ตั้งไว้ยังไม่ได้อ่านก่อนสร้างเอกสาร');
  }
  return {
    family,
    regular: choice.files ? Buffer.from(choice.files.regular) : sarabun('regular'),
    bold: choice.files ? Buffer.from(choice.files.bold) : sarabun('bold'),
    embedInDocx: choice.profile === 'sarabun',
  };
}
