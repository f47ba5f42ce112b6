import type { Secrecy } from '../../../shared/secrecy';
import type { NameParts } from '../../../shared/names';
import type { MeetingRecord } from '../builders/record';
import type { FontChoice } from '../model';

/** A file attached to an agenda item, with its contents: the book prints from bytes, never from a path. */
export interface BookFile {
  agendaItemId: string;
  fileName: string;
  mediaType: string;
  size: number;
  /** The attachment's own class (0090); the book takes the highest of everything it holds. */
  secrecy?: Secrecy;
  /** Null when the stored file is missing from the data folder: the book lists it and says so. */
  bytes: Uint8Array | null;
}

/** Everything the meeting book prints, as plain data (the fonts named by the record's settings already read). */
export interface BookInput {
  record: MeetingRecord;
  /** In the order they were attached, as the agenda lists them. */
  files: BookFile[];
  /** The font the series' settings choose, its files read beforehand when not the shipped Sarabun (services/render.ts). */
  font: FontChoice;
}

export interface BookOptions {
  noBreakWords?: readonly string[];
  people?: readonly NameParts[];
  onProgress?: (done: number, total: number) => void;
  /** `ฉบับที่ 2 ของ 5 ฉบับ` on every page of a numbered copy. */
  copy?: string;
}

export interface BookResult {
  bytes: Uint8Array;
  /** What the officer should know: an attachment that could not be merged, and why. */
  warnings: string[];
  /** The highest secrecy class printed in the book (the meeting's, an item's): its cover's. */
  secrecy: 'none' | 'confidential' | 'secret' | 'top_secret';
}
