import { useState } from 'react';
import type { ExportedFile } from '../../shared/schemas/documents';
import { errorMessage } from '../api/client';
import { useT } from '../i18n';
import { deliverFile } from './download';

/**
 * One report download at a time: which one is being made, the "saved as …" line, and the core's
 * Thai refusal. `run(key, fetch)` ignores a second press while one is under way.
 */
export function useFileExport<Key extends string>() {
  const t = useT();
  const [busy, setBusy] = useState<Key | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(key: Key, fetch: () => Promise<ExportedFile>) {
    if (busy) return;
    setBusy(key);
    setError(null);
    setDone(null);
    try {
      const file = await fetch();
      deliverFile(file);
      setDone([t('export.done', { fileName: file.fileName }), ...(file.warnings ?? [])].join(' '));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return { busy, done, error, run };
}
