import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { useAppStores } from '../../state/app-context';
import { TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';

/** Who is recorded in the history and on minutes versions: the officer, not the computer's login. */
export function OfficerNameForm({ saved }: { saved: string }) {
  const t = useT();
  const stores = useAppStores();
  const [name, setName] = useState(saved);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setState('saving');
    setError(null);
    try {
      const updated = await stores.settings.getState().update({ version: stores.settings.getState().settings?.version, officerName: name.trim() });
      setName(updated.officerName);
      setState('saved');
    } catch (err) {
      setError(errorMessage(err));
      setState('idle');
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="officer-name-title">
      <h2 id="officer-name-title">{t('settings.officer.title')}</h2>
      <TextField id="officer-name" label={t('settings.officer.label')} hint={t('settings.officer.hint')} value={name} onChange={(v) => { setName(v); setState('idle'); }} maxLength={200} />
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={state === 'saving' || name.trim() === saved}>
          {t('settings.officer.save')}
        </button>
        {state === 'saved' && <span role="status">{t('settings.officer.saved')}</span>}
      </div>
    </form>
  );
}
