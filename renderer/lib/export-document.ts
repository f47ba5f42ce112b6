import type { Args, Result } from '../../shared/contract';
import type { ApiClient } from '../api/client';

/** A meeting's document: one of `documents.export`, or the meeting book (`documents.book`, a PDF only). */
export type ExportArgs = Args<'documents.export'> | (Args<'documents.book'> & { kind: 'book'; format: 'pdf' });

/** The task name the core puts on its progress events for this export. */
export const exportTask = (a: Pick<ExportArgs, 'meetingId' | 'kind' | 'format'>): string =>
  a.kind === 'book' ? `documents.book:${a.meetingId}` : `documents.export:${a.meetingId}:${a.kind}:${a.format}`;

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
    return await client.call('documents.export', args);
  } finally {
    off();
  }
}
