import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { TextArea } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { OfficerNameForm } from './officer-name-form';
import { DestructionList } from './destruction-list';
import { RetentionSettings } from './retention-settings';
import { SaveBar } from '../../ui/save-bar';
import { useT } from '../../i18n/index';
import { paths } from '../../router';
import { useAppStores, useSettings } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import { ReaderNote, useMay, useSession } from '../session';

/** The limits of `appSettings.noBreakWords` in the contract, checked here to point at the line. */
const MAX_WORD = 100;
const MAX_WORDS = 5000;

/** One word a line; blank lines and repeats dropped, the officer's order kept. */
export function parseWordList(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** Settings of this database: the words that must never be split across lines in PDFs. */
export function SettingsPage() {
  const t = useT();
  const stores = useAppStores();
  const settings = useSettings((s) => s.settings);
  const status = useSettings((s) => s.status);
  const loadError = useSettings((s) => s.error);
  // In team mode the history and the minutes' versions name the signed-in officer (services/write.ts takes
  // ctx.officer before the settings' name), so the one-officer "officer name" would change nothing there, for
  // any role: it is left out whenever an officer is signed in.
  const teamMode = useSession((s) => s.officer !== null);
  const mayChange = useMay('settings.update');
  const mayRetention = useMay('retention.get');
  const mayDestroy = useMay('retention.due');

  useEffect(() => {
    void stores.settings.getState().load();
  }, [stores]);

  useEffect(() => {
    document.title = `${t('settings.title')} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [t]);

  return (
    <div className="page page--narrow">
      <h1>{t('settings.title')}</h1>
      <ReaderNote method="settings.update" />
      <section className="card" aria-labelledby="settings-series-link">
        <h2>
          <a id="settings-series-link" href={paths.seriesList()}>
            {t('seriesPage.listTitle')}
          </a>
        </h2>
        <p className="muted">{t('seriesPage.settingsLink')}</p>
      </section>
      {settings ? (
        <>
          {teamMode || !mayChange ? null : <OfficerNameForm saved={settings.officerName} />}
          {mayChange ? <NoBreakWordsForm saved={settings.noBreakWords} /> : null}
          {mayRetention ? (
            <section className="card" aria-labelledby="retention-classes-title">
              <RetentionSettings />
              {mayDestroy ? <DestructionList /> : null}
            </section>
          ) : null}
        </>
      ) : status === 'error' ? (
        <>
          <FormError message={loadError} title={t('error.load')} />
          <button type="button" className="button" onClick={() => void stores.settings.getState().load()}>
            {t('common.retry')}
          </button>
        </>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </div>
  );
}

function NoBreakWordsForm({ saved }: { saved: readonly string[] }) {
  const t = useT();
  const stores = useAppStores();
  const savedText = useMemo(() => saved.join('\n'), [saved]);
  const [text, setText] = useState(savedText);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const words = parseWordList(text);
  const dirty = !sameList(words, saved);
  useDirtyFlag('settings-no-break-words', dirty);

  // Saved elsewhere meanwhile: take the new list unless the officer is editing this one.
  const baseRef = useRef(saved);
  useEffect(() => {
    const before = baseRef.current;
    baseRef.current = saved;
    setText((current) => (sameList(parseWordList(current), before) ? savedText : current));
  }, [saved, savedText]);

  // The refusal takes the focus once it is on screen.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  function check(): string | null {
    const lines = text.split(/\r?\n/);
    const long = lines.findIndex((line) => line.trim().length > MAX_WORD);
    if (long >= 0) return t('settings.noBreak.tooLong', { line: long + 1, max: MAX_WORD });
    if (words.length > MAX_WORDS) return t('settings.noBreak.tooMany', { max: MAX_WORDS });
    return null;
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const found = check();
    setProblem(found);
    if (found) {
      document.getElementById('no-break-words')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await stores.settings.getState().update({ version: stores.settings.getState().settings?.version, noBreakWords: words });
      setText(updated.noBreakWords.join('\n'));
      setJustSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="no-break-title">
      <h2 id="no-break-title">{t('settings.noBreak.title')}</h2>
      <p>{t('settings.noBreak.explain')}</p>
      <p className="muted">{t('settings.noBreak.explainMore')}</p>
      <FormError ref={errorRef} message={error ? errorMessage(error) : null} />
      <TextArea
        id="no-break-words"
        label={t('settings.noBreak.label')}
        hint={t('settings.noBreak.hint')}
        error={problem}
        value={text}
        onChange={(v) => {
          setText(v);
          setJustSaved(false);
          setProblem(null);
        }}
        rows={12}
        spellCheck={false}
        className="field--wide"
      />
      <p className="muted">{t('settings.noBreak.count', { count: words.length })}</p>
      <SaveBar busy={busy} dirty={dirty} justSaved={justSaved} onRevert={() => { setText(savedText); setProblem(null); setError(null); }} />
    </form>
  );
}
