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

const cache = new Map<string, Buffer>();
function read(path: string, field: 'customFontPath' | 'customBoldFontPath' = 'customFontPath'): Buffer {
  let data = cache.get(path);
  if (!data) {
    try {
      data = readFileSync(path);
    } catch {
      throw new LekhaError('INVALID', `เปิดไฟล์ฟอนต์ "${path}" ไม่ได้ กรุณาตรวจการตั้งค่าฟอนต์ของเอกสาร`, field);
    }
    if (data.readUInt32BE(0) !== 0x00010000 && data.toString('latin1', 0, 4) !== 'true') {
      throw new LekhaError('INVALID', `ไฟล์ "${path}" ไม่ใช่ฟอนต์ TrueType (.ttf)`, field);
    }
    cache.set(path, data);
  }
  return data;
}

/** The font files a document uses: a TrueType file the officer chose, else the shipped Sarabun. */
export function fontFiles(choice: FontChoice): FontFiles {
  const family = choice.profile === 'sarabun' ? 'Sarabun' : 'TH SarabunPSK';
  return {
    family,
    regular: read(choice.regularPath ?? sarabunPaths.regular),
    bold: read(choice.boldPath ?? choice.regularPath ?? sarabunPaths.bold, choice.boldPath ? 'customBoldFontPath' : 'customFontPath'),
    embedInDocx: choice.profile === 'sarabun',
  };
}
