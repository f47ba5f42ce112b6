import type { Args, Result } from '../../shared/contract';
import type { ApiClient } from '../api/client';
import { bundleLetters } from './letters-bundle';

/**
 * A meeting's document: one of `documents.export`, the meeting book (`documents.book`, a PDF only), the
 * public version (`documents.publicVersion`), or its official letters (`documents.letters`: the
 * invitations, or the letters of directives per agency).
 */
export type ExportArgs =
  | Args<'documents.export'>
  | (Args<'documents.book'> & { kind: 'book'; format: 'pdf' })
  | (Args<'documents.publicVersion'> & { kind: 'public' })
  /** `zipName`: the download's name when the letters are several (a file name without `.zip`). */
  | (Args<'documents.letters'> & { zipName: string });

/** The task name the core puts on its progress events for this export. */
export const exportTask = (a: Pick<ExportArgs, 'meetingId' | 'kind' | 'format'>): string =>
  a.kind === 'book'
    ? `documents.book:${a.meetingId}`
    : a.kind === 'public'
      ? `documents.publicVersion:${a.meetingId}:${a.format}`
      : a.kind === 'invitation' || a.kind === 'directives'
        ? `documents.letters:${a.meetingId}:${a.kind}:${a.format}`
      : `documents.export:${a.meetingId}:${a.kind}:${a.format}`;

export interface Progress {
  done: number;
  total: number;
}

/**
 * Ask the core for a document, reporting its progress events while it is made. Listening starts
 * before the call, so no event is missed, and stops when the answer (or the refusal) comes.
 */
export async function exportDocument(
  client: ApiClient,
  args: ExportArgs,
  onProgress: (progress: Progress) => void,
): Promise<Result<'documents.export'>> {
  const task = exportTask(args);
  const off = client.on((event) => {
    if (event.type === 'progress' && event.task === task && event.total > 0) onProgress({ done: event.done, total: event.total });
  });
  try {
    if (args.kind === 'book') {
      const { meetingId, settings, confirmTopSecret } = args;
      return await client.call('documents.book', { meetingId, ...(settings ? { settings } : {}), ...(confirmTopSecret ? { confirmTopSecret } : {}) });
    }
    if (args.kind === 'public') {
      const { kind: _public, ...rest } = args;
      return await client.call('documents.publicVersion', rest);
    }
    if (args.kind === 'invitation' || args.kind === 'directives') {
      const { zipName, ...letters } = args;
      return await bundleLetters(zipName, await client.call('documents.letters', letters));
    }
    const { meetingId, kind, format, settings, confirmTopSecret } = args;
    return await client.call('documents.export', { meetingId, kind, format, ...(settings ? { settings } : {}), ...(confirmTopSecret ? { confirmTopSecret } : {}) });
  } finally {
    off();
  }
}
